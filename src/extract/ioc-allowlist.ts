/**
 * @module extract/ioc-allowlist
 * The built-in reference lists behind the indicator false-positive rules: well-known benign hosts
 * and addresses, the news outlets' own domains, documentation and reserved ranges, and the file
 * extensions that are also top-level domains. Lists only; the rules that use them live in
 * `ioc-judge.ts`.
 */

/**
 * Hosts whose name, mentioned in a news article, points at the service itself, not at an
 * attacker. Subdomains match too. Platforms that mostly appear as the home of attacker content
 * (pastebin.com, bit.ly, t.me, amazonaws.com, githubusercontent.com, duckdns.org, ngrok.io,
 * workers.dev, 000webhostapp.com) are deliberately absent: there the host is the indicator.
 */
export const BENIGN_HOSTS: ReadonlySet<string> = new Set([
  // platforms and vendors
  "google.com",
  "youtube.com",
  "gmail.com",
  "microsoft.com",
  "windows.com",
  "office.com",
  "live.com",
  "outlook.com",
  "apple.com",
  "icloud.com",
  "amazon.com",
  "facebook.com",
  "instagram.com",
  "whatsapp.com",
  "twitter.com",
  "x.com",
  "linkedin.com",
  "github.com",
  "gitlab.com",
  "mozilla.org",
  "wikipedia.org",
  "apache.org",
  "cloudflare.com",
  "akamai.com",
  "adobe.com",
  "zoom.us",
  "yahoo.com",
  "mail.ru",
  "yandex.ru",
  "paypal.com",
  "coinbase.com",
  "binance.com",
  "telegram.org",
  "signal.org",
  "booking.com",
  "id.me",
  "voip.ms",
  "mega.nz",
  "npmjs.com",
  "pypi.org",
  "python.org",
  "wordpress.org",
  "godaddy.com",
  "bing.com",
  "aol.com",
  "ask.com",
  "w3.org",
  "schema.org",
  // security vendors and intelligence services cited as sources
  "virustotal.com",
  "alienvault.com",
  "abuse.ch",
  "shodan.io",
  "mitre.org",
  "kaspersky.com",
  "securelist.com",
  "sophos.com",
  "eset.com",
  "welivesecurity.com",
  "mcafee.com",
  "symantec.com",
  "broadcom.com",
  "crowdstrike.com",
  "mandiant.com",
  "fireeye.com",
  "paloaltonetworks.com",
  "checkpoint.com",
  "fortinet.com",
  "cisco.com",
  "talosintelligence.com",
  "proofpoint.com",
  "sentinelone.com",
  "malwarebytes.com",
  "intezer.com",
  // certificate authorities, whose CRL and policy URLs are embedded in every signed binary
  "digicert.com",
  "sectigo.com",
  "comodoca.com",
  "usertrust.com",
  "globalsign.com",
  "letsencrypt.org",
  // governments and law enforcement
  "justice.gov",
  "fbi.gov",
  "ic3.gov",
  "cisa.gov",
  "nist.gov",
  "sec.gov",
  "treasury.gov",
  "europol.europa.eu",
  "gov.uk",
  "cyber.gov.au",
  // the corpus outlets and their owners, asset hosts and syndication partners
  ...[
    "bleepingcomputer.com",
    "bleepstatic.com",
    "computerworld.com",
    "thedfirreport.com",
    "latesthackingnews.com",
    "therecord.media",
    "recordedfuture.com",
    "recfut.com",
    "threatpost.com",
    "trendmicro.com",
    "zdnet.com",
  ],
]);

/**
 * The outlets' own domains: an e-mail address there is the publisher's contact, never an indicator.
 */
export const PUBLISHER_DOMAINS: ReadonlySet<string> = new Set([
  "bleepingcomputer.com",
  "computerworld.com",
  "thedfirreport.com",
  "latesthackingnews.com",
  "therecord.media",
  "recordedfuture.com",
  "threatpost.com",
  "trendmicro.com",
  "zdnet.com",
]);

/** Public resolvers and similar addresses that articles name as themselves. */
export const BENIGN_IPS: ReadonlySet<string> = new Set([
  "1.1.1.1",
  "1.0.0.1",
  "8.8.8.8",
  "8.8.4.4",
  "9.9.9.9",
  "208.67.222.222",
  "208.67.220.220",
]);

/** RFC 2606 / 6761 example domains and Microsoft's documentation companies. */
export const DOCUMENTATION_DOMAINS: ReadonlySet<string> = new Set([
  "example.com",
  "example.net",
  "example.org",
  "contoso.com",
  "fabrikam.com",
]);

/** IPv4 documentation ranges (RFC 5737), as dotted prefixes. */
export const DOCUMENTATION_IPV4_PREFIXES: readonly string[] = ["192.0.2.", "198.51.100.", "203.0.113."];

/** Private, loopback, link-local, shared, "this network", multicast and reserved IPv4 space. */
export const RESERVED_IPV4 =
  /^(?:0|10|127|22[4-9]|2[3-5]\d)\.|^169\.254\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\.|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./;

/** IPv6 documentation prefix (RFC 3849). */
export const DOCUMENTATION_IPV6 = /^2001:0?db8:/i;

/** Loopback, unspecified, link-local and unique-local IPv6 space. */
export const RESERVED_IPV6 = /^(?:::1?$|fe[89ab][0-9a-f]?:|f[cd][0-9a-f]{0,2}:)/i;

/**
 * File extensions that are also delegated top-level domains, so the library reports
 * "invoice.zip" or "setup.sh" as a domain. Left out on purpose: country codes much more often
 * seen as hosts than as files (.pl, .rs, .ps, .ai) and `.app`.
 */
export const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set([
  "zip",
  "mov",
  "sh",
  "py",
  "md",
  "so",
  "one",
  "cab",
  "java",
  "save",
  "run",
  "pm",
]);

/** True when `host` is `listed` or a subdomain of an entry of `listed`. */
export function hostIsListed(host: string, listed: ReadonlySet<string>): boolean {
  const labels = host.toLowerCase().split(".");
  return labels.some((_, i) => i < labels.length - 1 && listed.has(labels.slice(i).join(".")));
}

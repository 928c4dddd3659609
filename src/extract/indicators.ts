/**
 * @module extract/indicators
 * CVE ids and indicators of compromise (IPv4, domains, URLs, hashes, e-mail addresses), refanged
 * ("hxxp", "[.]", "(dot)"). Text is read one whitespace-separated piece at a time with anchored
 * patterns, so no input can make matching backtrack. Values judged not to be indicators are kept
 * with the reason (`benign`): file names, version numbers, well-known benign hosts.
 */
import type { IocFact, Span } from "../contracts.ts";
import type { ExtractionContext } from "./context.ts";
import { baseFact } from "./facts.ts";

export const CVE_PATTERN = /\bCVE-\d{4}-\d{4,7}\b/gi;

const FILE_EXTENSIONS = new Set(
  "zip|rar|7z|exe|dll|pdf|doc|docx|xls|xlsx|xlsm|ppt|pptx|js|vbs|ps1|bat|cmd|scr|lnk|iso|img|msi|jar|apk|dmg|txt|html|htm|php|asp|aspx|jsp|png|jpg|jpeg|gif|svg|py|sh|bin|dat|tmp|log|cfg|ini|json|xml|csv|hta|one|sys|drv".split(
    "|",
  ),
);
const BENIGN_HOSTS = new Set(
  "google.com|microsoft.com|github.com|twitter.com|x.com|facebook.com|linkedin.com|youtube.com|apple.com|amazon.com|cloudflare.com|wikipedia.org|mozilla.org|bleepingcomputer.com|zdnet.com|therecord.media|threatpost.com|virustotal.com|gov.uk|justice.gov|cisa.gov|fbi.gov|europol.europa.eu|nist.gov|mitre.org|windows.com|office.com|live.com|outlook.com|gmail.com|dropbox.com|telegram.org|t.me|bit.ly".split(
    "|",
  ),
);
const COMMON_TLDS =
  /^(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|online|site|club|me|us|uk|de|fr|it|nl|pl|in|br|ir|kp|tk|ml|ga|cf|gq|pw|cc|su|ws|to|onion|gov|edu|mil|int|eu|ca|au|jp|kr|tw|hk|sg|ua|by|kz|app|dev|cloud|shop|store|live|link|click|space|fun|icu|buzz|today|news|media|email|support|services|tech|ly|gl|be|ch|at|se|no|fi|dk|es|pt|gr|ro|bg|cz|sk|hu|tr|il|sa|ae|za|ng|ke|eg|ma|pk|bd|lk|vn|th|my|id|ph|mx|ar|cl|pe|ve)$/i;

function refang(piece: string): string {
  return piece
    .replace(/^hxxp/i, "http")
    .replace(/^fxp/i, "ftp")
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, ".")
    .replace(/\[:\]/g, ":")
    .replace(/\[@\]|\(at\)|\[at\]/gi, "@");
}

function classify(value: string): { kind: IocFact["kind"]; value: string } | null {
  if (/^https?:\/\/[^\s/$.?#][^\s]{0,2000}$/i.test(value)) return { kind: "url", value };
  if (/^[a-f0-9]{64}$/i.test(value)) return { kind: "sha256", value: value.toLowerCase() };
  if (/^[a-f0-9]{40}$/i.test(value)) return { kind: "sha1", value: value.toLowerCase() };
  if (/^[a-f0-9]{32}$/i.test(value)) return { kind: "md5", value: value.toLowerCase() };
  if (/^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(value))
    return { kind: "ipv4", value };
  if (/^[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i.test(value))
    return { kind: "email", value: value.toLowerCase() };
  if (/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i.test(value) && /[a-z]/i.test(value))
    return { kind: "domain", value: value.toLowerCase() };
  return null;
}

function benignReason(
  kind: IocFact["kind"],
  value: string,
  defanged: boolean,
  before: string,
): string | null {
  if (kind === "ipv4" && /\b(?:version|v|build|release|firmware|update)\s*$/i.test(before))
    return "version number";
  if (kind === "ipv4" && /^(?:10|127|0)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./.test(value))
    return "private or reserved address";
  if (kind === "domain") {
    const tld = value.split(".").at(-1) ?? "";
    if (FILE_EXTENSIONS.has(tld) && !defanged) return "file name";
    if (!COMMON_TLDS.test(tld) && !defanged) return "unknown top-level domain";
    if ([...BENIGN_HOSTS].some((h) => value === h || value.endsWith(`.${h}`)))
      return "well-known benign host";
    if (/^(?:[a-z]\.)+[a-z]$/i.test(value) && !defanged) return "abbreviation";
  }
  if (kind === "url") {
    const host = /^https?:\/\/([^/:?#]+)/i.exec(value)?.[1]?.toLowerCase() ?? "";
    if ([...BENIGN_HOSTS].some((h) => host === h || host.endsWith(`.${h}`))) return "well-known benign host";
  }
  return null;
}

export function findIndicators(ctx: ExtractionContext): IocFact[] {
  const facts: IocFact[] = [];
  const seen = new Set<string>();
  const pieces = /\S{4,2100}/g;
  for (let m = pieces.exec(ctx.text); m; m = pieces.exec(ctx.text)) {
    const raw = m[0].replace(/^[("'“‘<[]+/, "").replace(/[)"'”’>\],.;:!?]+$/, "");
    const offset = m.index + m[0].indexOf(raw);
    const refanged = refang(raw);
    const found = classify(refanged);
    if (!found || /^CVE-/i.test(raw)) continue;
    const key = `${found.kind}:${found.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span: Span = [offset, offset + raw.length];
    const before = ctx.text.slice(Math.max(0, offset - 12), offset);
    facts.push({
      ...baseFact(
        ctx.analysis,
        ctx.articleId,
        `ioc:${found.kind}`,
        found.value,
        [span],
        refanged !== raw ? 90 : 60,
        "indicators#token",
      ),
      kind: found.kind,
      value: found.value,
      benign: benignReason(found.kind, found.value, refanged !== raw, before),
    });
  }
  return facts;
}

/**
 * @module collect/fetch/address
 * The SSRF guard's judgement of one IP address. Input: an IPv4 or IPv6 literal (a zone id is ignored).
 * Output: null when the fetcher may connect to it, else a one-line reason naming the refused range.
 * Invariants: anything that does not parse as an IP address is refused; IPv6 forms that embed an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by the embedded address; `allowLoopback`
 * permits 127.0.0.0/8 and ::1 and nothing else.
 */
import { isIP } from "node:net";

interface Range {
  readonly prefix: readonly number[];
  readonly bits: number;
  readonly label: string;
  readonly loopback?: true;
}

function range(cidr: string, label: string, loopback?: true): Range {
  const [address = "", bits = "0"] = cidr.split("/");
  const prefix = parseIp(address);
  if (prefix === null) throw new Error(`bad range ${cidr}`);
  return loopback ? { prefix, bits: Number(bits), label, loopback } : { prefix, bits: Number(bits), label };
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : 256));
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function parseIpv6(text: string): number[] | null {
  let hex = text;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".", lastColon)) {
    // A dotted IPv4 tail ("::ffff:10.0.0.1") becomes the two hex groups it stands for.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    hex = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = hex.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const words = half.split(":").map((w) => (/^[0-9a-f]{1,4}$/i.test(w) ? parseInt(w, 16) : -1));
    return words.every((w) => w >= 0) ? words : null;
  };
  const left = groups(halves[0]);
  const right = groups(halves[1]);
  if (left === null || right === null) return null;
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const words = [...left, ...new Array<number>(missing).fill(0), ...right];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** Bytes of an IP literal (4 for IPv4, 16 for IPv6), or null when it is not one. */
export function parseIp(text: string): number[] | null {
  const bare = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return parseIpv4(bare);
  if (version === 6) return parseIpv6(bare);
  return null;
}

const IPV4_RANGES: readonly Range[] = [
  range("0.0.0.0/8", "'this network' (0.0.0.0/8)"),
  range("10.0.0.0/8", "private (10.0.0.0/8)"),
  range("100.64.0.0/10", "carrier-grade NAT (100.64.0.0/10)"),
  range("127.0.0.0/8", "loopback (127.0.0.0/8)", true),
  range("169.254.0.0/16", "link-local, where cloud metadata lives (169.254.0.0/16)"),
  range("172.16.0.0/12", "private (172.16.0.0/12)"),
  range("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
  range("192.0.2.0/24", "documentation (192.0.2.0/24)"),
  range("192.168.0.0/16", "private (192.168.0.0/16)"),
  range("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
  range("198.51.100.0/24", "documentation (198.51.100.0/24)"),
  range("203.0.113.0/24", "documentation (203.0.113.0/24)"),
  range("224.0.0.0/4", "multicast (224.0.0.0/4)"),
  range("240.0.0.0/4", "reserved or broadcast (240.0.0.0/4)"),
];

const IPV6_RANGES: readonly Range[] = [
  range("::/128", "unspecified (::)"),
  range("::1/128", "loopback (::1)", true),
  range("100::/64", "discard-only (100::/64)"),
  range("2001:db8::/32", "documentation (2001:db8::/32)"),
  range("fc00::/7", "unique local (fc00::/7)"),
  range("fe80::/10", "link-local (fe80::/10)"),
  range("fec0::/10", "site-local (fec0::/10)"),
  range("ff00::/8", "multicast (ff00::/8)"),
];

/** IPv6 prefixes whose address carries an IPv4 address at the given byte offset. */
const EMBEDDING: readonly (Range & { readonly at: number })[] = [
  { ...range("::ffff:0:0/96", "IPv4-mapped"), at: 12 },
  { ...range("::/96", "IPv4-compatible"), at: 12 },
  { ...range("64:ff9b::/96", "NAT64"), at: 12 },
  { ...range("64:ff9b:1::/48", "local NAT64"), at: 12 },
  { ...range("2002::/16", "6to4"), at: 2 },
];

function inRange(bytes: readonly number[], r: Range): boolean {
  if (bytes.length !== r.prefix.length) return false;
  for (let bit = 0; bit < r.bits; bit++) {
    const mask = 0x80 >> (bit % 8);
    if (((bytes[bit >> 3] ?? 0) & mask) !== ((r.prefix[bit >> 3] ?? 0) & mask)) return false;
  }
  return true;
}

export interface AddressPolicy {
  /** Permit 127.0.0.0/8 and ::1 (tests against a local server). Everything else stays refused. */
  readonly allowLoopback?: boolean;
}

/**
 * Why the fetcher must not connect to `ip`, or null when it may.
 * @example refusalReason("169.254.169.254") // "169.254.169.254 is link-local, where cloud metadata lives …"
 */
export function refusalReason(ip: string, policy: AddressPolicy = {}): string | null {
  const bytes = parseIp(ip);
  if (bytes === null) return `${ip} is not an IP address`;
  if (bytes.length === 16) {
    const isUnspecifiedOrLoopback = IPV6_RANGES.slice(0, 2).some((r) => inRange(bytes, r));
    for (const embed of isUnspecifiedOrLoopback ? [] : EMBEDDING) {
      if (!inRange(bytes, embed)) continue;
      const inner = bytes.slice(embed.at, embed.at + 4).join(".");
      const reason = refusalReason(inner, policy);
      return reason && `${ip} is ${embed.label}: ${reason}`;
    }
  }
  const hit = (bytes.length === 4 ? IPV4_RANGES : IPV6_RANGES).find((r) => inRange(bytes, r));
  if (hit === undefined || (hit.loopback && policy.allowLoopback)) return null;
  return `${ip} is ${hit.label}`;
}

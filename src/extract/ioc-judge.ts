/**
 * @module extract/ioc-judge
 * Decides whether one located indicator really is one, from its shape and the words around it.
 * Input: the occurrence and the text of its sentence. Output: a benign reason (or none) and the
 * cue that decided it, so a false positive is kept and explained, never silently dropped.
 *
 * A defanged value is an indicator by its author's own judgement: only the facts about its
 * address space (documentation and reserved ranges) still apply to it. For the rest:
 * - version numbers are not IPv4 addresses: "version 1.2.3.4", "v10.0.0.1", "build 4.3.2.1",
 *   "4.1.5.3 and later", a slice of a longer dotted number, a neighbour of other version numbers;
 * - file names are not domains: "invoice.zip" is a file unless the words around it say domain
 *   ("the domain invoice.zip", "invoice.zip resolves to");
 * - code identifiers are not domains: a name continuing into more dotted labels
 *   ("com.apple.update.plist"), Java-style packages ("com.example.app"), namespaces ("System.IO");
 * - well-known hosts, documentation examples, reserved ranges, the publisher's own contacts and
 *   Markdown link targets (the publisher's citations) are marked with their reason.
 */
import type { Cue, IocBenignReason, Span } from "../contracts.ts";
import {
  BENIGN_HOSTS,
  BENIGN_IPS,
  DOCUMENTATION_DOMAINS,
  DOCUMENTATION_IPV4_PREFIXES,
  DOCUMENTATION_IPV6,
  FILE_EXTENSION_TLDS,
  hostIsListed,
  PUBLISHER_DOMAINS,
  RESERVED_IPV4,
  RESERVED_IPV6,
} from "./ioc-allowlist.ts";
import type { IocOccurrence } from "./ioc-locate.ts";

export interface Judgement {
  readonly benign: IocBenignReason | null;
  /** Context that decided the judgement or confirmed the kind. */
  readonly cue: Cue | null;
}

/** The sentence the occurrence sits in, to read its neighbours from. */
export interface Surroundings {
  readonly text: string;
  readonly sentence: Span;
}

/** A cue word, then up to a few words that are not a sentence end (a dot inside "1.2" is not). */
const THEN_FEW_WORDS = String.raw`(?:[^.!?\n]|\.(?=\S)){0,32}$`;
const VERSION_BEFORE = new RegExp(
  String.raw`\b(?:versions?|ver|build|releases?|firmware|patch(?:es|ed)?|update[sd]? to|upgrade[sd]? to|fixed in|prior to)\b${THEN_FEW_WORDS}`,
  "i",
);
const VERSION_AFTER =
  /^[\s,)]*(?:(?:and|or) (?:later|above|newer|higher|older|lower|earlier|below)|build \d)/i;
/** Another dotted number of three or five-plus parts next to this one: a table of versions. */
const VERSION_NEIGHBOUR_BEFORE = /(?:^|[^\d.])(?:\d+\.\d+\.\d+|\d+(?:\.\d+){4,})[\s\-–,;]*$/;
const VERSION_NEIGHBOUR_AFTER = /^[\s\-–,;]*(?:\d+\.\d+\.\d+|\d+(?:\.\d+){4,})(?![\d.])/;
/** Glued to a word or continuing as a longer number: "v3.2.8.180", "1.0.1.1537", "10.2.0.7-34". */
const GLUED_BEFORE = /[\p{L}\d_]$|\d\.$/u;
const GLUED_AFTER = /^(?:[\p{L}\d_]|\.\d|[-_][\p{L}\d])/u;

const DOMAIN_BEFORE = new RegExp(
  String.raw`\b(?:domains?|domain names?|host ?names?|websites?|URLs?|C2|C&C|resolv\w* to|point\w* to|redirect\w* to|registered|visit\w*)\b${THEN_FEW_WORDS}`,
  "i",
);
const DOMAIN_AFTER =
  /^[\s,;:)"'”’]{0,3}(?:(?:which|that) )?(?:domains?|websites?|sites?|resolv\w*|redirect\w*|(?:was|is|were) registered|hosts?|hosted)\b/i;
const FILE_BEFORE = new RegExp(
  String.raw`\b(?:files?|attachments?|archives?|named|called|dropped|drops|download\w*|execut\w*|scripts?|documents?|installers?|payloads?|extract\w*|open\w*)\b${THEN_FEW_WORDS}`,
  "i",
);
/** A code identifier continues into more labels or starts like a Java package. */
const CONTINUES_DOTTED = /^\.[\p{L}\d]/u;
const PACKAGE_PREFIX = /^(?:com|org|net|edu|gov)\./;
const TIP_LINE = /\b(?:Signal|Wire|Jabber|XMPP|Threema|SecureDrop|Keybase)\b/;

const NOT_BENIGN: Judgement = { benign: null, cue: null };

const WINDOW = 64;

/**
 * The match of `re` in up to 64 characters of the sentence before or after the span, as a cue.
 * A window cut inside a word starts or ends at the next whitespace instead.
 */
function cueNear(around: Surroundings, span: Span, re: RegExp, side: "before" | "after"): Cue | null {
  const [bound0, bound1] = around.sentence;
  let [from, to] =
    side === "before"
      ? [Math.max(bound0, span[0] - WINDOW), span[0]]
      : [span[1], Math.min(bound1, span[1] + WINDOW)];
  if (side === "before" && from > bound0) from += Math.max(0, around.text.slice(from, to).search(/\s/));
  if (side === "after" && to < bound1) to = from + around.text.slice(from, to).replace(/\S*$/, "").length;
  const m = re.exec(around.text.slice(from, to));
  if (!m) return null;
  const words = m[0].replace(/^[^\p{L}\d]+/u, "").trimEnd();
  const start = from + m.index + m[0].indexOf(words);
  return { text: words, span: [start, start + words.length] };
}

/** The same occurrence seen across sentence breaks, for typographic neighbours in tables and lists. */
function widened(around: Surroundings, span: Span): Surroundings {
  return {
    text: around.text,
    sentence: [Math.max(0, span[0] - WINDOW), Math.min(around.text.length, span[1] + WINDOW)],
  };
}

function benign(reason: IocBenignReason, cue: Cue | null = null): Judgement {
  return { benign: reason, cue };
}

function judgeIpv4(o: IocOccurrence, around: Surroundings): Judgement {
  if (!o.defanged) {
    const before = around.text.slice(Math.max(0, o.span[0] - 2), o.span[0]);
    const after = around.text.slice(o.span[1], o.span[1] + 2);
    if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return benign("version number");
    const table = widened(around, o.span);
    const cue =
      cueNear(around, o.span, VERSION_BEFORE, "before") ??
      cueNear(around, o.span, VERSION_AFTER, "after") ??
      cueNear(table, o.span, VERSION_NEIGHBOUR_BEFORE, "before") ??
      cueNear(table, o.span, VERSION_NEIGHBOUR_AFTER, "after");
    if (cue) return benign("version number", cue);
  }
  const reason = judgeHost(o.value, o.defanged);
  return reason ? benign(reason) : NOT_BENIGN;
}

/** Reasons that depend on the host or address alone; the allow-list yields to defanging. */
function judgeHost(host: string, defanged: boolean): IocBenignReason | null {
  const isIpv4 = /^\d+\.\d+\.\d+\.\d+$/.test(host);
  if (
    isIpv4
      ? DOCUMENTATION_IPV4_PREFIXES.some((p) => host.startsWith(p))
      : hostIsListed(host, DOCUMENTATION_DOMAINS)
  )
    return "documentation example";
  if (isIpv4 && RESERVED_IPV4.test(host)) return "private or reserved address";
  if (defanged) return null;
  return (isIpv4 ? BENIGN_IPS.has(host) : hostIsListed(host, BENIGN_HOSTS)) ? "well-known benign host" : null;
}

function judgeDomain(o: IocOccurrence, around: Surroundings): Judgement {
  const written = around.text.slice(o.span[0], o.span[1]);
  const tld = written.split(".").at(-1) ?? "";
  if (!o.defanged) {
    if (CONTINUES_DOTTED.test(around.text.slice(o.span[1], o.span[1] + 2))) return benign("code identifier");
    if (PACKAGE_PREFIX.test(o.value) || (/\p{Lu}/u.test(tld) && /\p{Ll}/u.test(written)))
      return benign("code identifier");
    if (FILE_EXTENSION_TLDS.has(tld.toLowerCase())) {
      const fileCue = cueNear(around, o.span, FILE_BEFORE, "before");
      const domainCue =
        cueNear(around, o.span, DOMAIN_BEFORE, "before") ??
        cueNear(widened(around, o.span), o.span, DOMAIN_AFTER, "after");
      const nearerFile = fileCue && domainCue && fileCue.span[0] > domainCue.span[0];
      if (domainCue && !nearerFile) return { benign: null, cue: domainCue };
      return benign("file name", fileCue);
    }
  }
  const reason = judgeHost(o.value, o.defanged);
  return reason ? benign(reason) : NOT_BENIGN;
}

/** A Markdown link target `[text](url)` is the publisher's citation or navigation, not text. */
function judgeUrl(o: IocOccurrence, around: Surroundings): Judgement {
  if (around.text.slice(o.span[0] - 2, o.span[0]) === "](") return benign("source link");
  const host = /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(o.value)?.[1] ?? "";
  const reason = host === "localhost" ? "private or reserved address" : judgeHost(host, o.defanged);
  return reason ? benign(reason) : NOT_BENIGN;
}

function judgeEmail(o: IocOccurrence, around: Surroundings): Judgement {
  const domain = o.value.split("@").at(-1) ?? "";
  if (hostIsListed(domain, DOCUMENTATION_DOMAINS)) return benign("documentation example");
  if (hostIsListed(domain, PUBLISHER_DOMAINS)) return benign("publisher contact");
  const tipLine = cueNear(around, o.span, TIP_LINE, "before");
  return tipLine ? benign("publisher contact", tipLine) : NOT_BENIGN;
}

function judgeIpv6(o: IocOccurrence): Judgement {
  if (DOCUMENTATION_IPV6.test(o.value)) return benign("documentation example");
  if (RESERVED_IPV6.test(o.value)) return benign("private or reserved address");
  return NOT_BENIGN;
}

/** Whether `o` is an indicator, and if not, why not. */
export function judgeOccurrence(o: IocOccurrence, around: Surroundings): Judgement {
  switch (o.kind) {
    case "ipv4":
      return judgeIpv4(o, around);
    case "ipv6":
      return judgeIpv6(o);
    case "domain":
      return judgeDomain(o, around);
    case "url":
      return judgeUrl(o, around);
    case "email":
      return judgeEmail(o, around);
    case "md5":
    case "sha1":
    case "sha256":
    case "sha512":
    case "btc":
    case "eth":
    case "xmr":
      return NOT_BENIGN;
  }
}

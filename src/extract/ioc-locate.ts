/**
 * @module extract/ioc-locate
 * Finds indicator values with the `ioc-extractor` library and maps each one back to exact spans
 * of the original, possibly defanged, text. Input: the article text. Output: one occurrence per
 * place an indicator is written, with its refanged, normalised value and whether it was defanged.
 *
 * The library returns values, not positions, so it reads one whitespace-delimited piece at a time
 * and every value is searched for in that piece with a pattern that accepts each defanged form of
 * its separators ("[.]", "(dot)", "[://]", "[@]", "hxxp"). Where two values claim the same
 * characters, the more specific kind wins (a URL over the domain inside it, a hash over a
 * base58-looking wallet). Pieces longer than a URL can usefully be, or with more dots than any
 * host name, are not read: the library's domain pattern slows down sharply on dot-dense text,
 * and such pieces are JSON blobs or hostile input, not indicators.
 */
import { partialExtractIOC, refang, type IOCKey } from "ioc-extractor";
import type { IocKind, Span } from "../contracts.ts";

export type LocatedKind = Exclude<IocKind, "cve">;

export interface IocOccurrence {
  readonly kind: LocatedKind;
  /** Refanged; hosts, e-mail addresses, hashes and IPv6 lower-cased. */
  readonly value: string;
  readonly span: Span;
  /** True when the text writes it defanged, i.e. its author treats it as live. */
  readonly defanged: boolean;
}

const MAX_PIECE_LENGTH = 2048;
const MAX_PIECE_DOTS = 16;
/** Shorter than the shortest host ("t.me") and without separators: nothing to find. */
const MIN_PIECE_LENGTH = 4;
/** The shortest hash or wallet the library knows (a BTC address) has 26 characters. */
const MIN_BARE_LENGTH = 26;

/** Library keys in order of precedence when two values overlap. */
const KINDS: readonly (readonly [IOCKey, LocatedKind])[] = [
  ["urls", "url"],
  ["emails", "email"],
  ["sha512s", "sha512"],
  ["sha256s", "sha256"],
  ["sha1s", "sha1"],
  ["md5s", "md5"],
  ["eths", "eth"],
  ["xmrs", "xmr"],
  ["btcs", "btc"],
  ["ipv6s", "ipv6"],
  ["ipv4s", "ipv4"],
  ["domains", "domain"],
];
const KIND_OF = new Map(KINDS);
const PRECEDENCE = new Map(KINDS.map(([, kind], i) => [kind, i]));

/** Every way the defangers the library undoes write each separator (see its `refang`). */
const DEFANGED: Readonly<Record<string, string>> = {
  "://": String.raw`[\[({]:\/\/[\])}]|(?:[\[({]:[\])}]|:)(?:[\[({]\/[\])}]|\/){2}`,
  ".": String.raw`[\[({]\.[\])}]|[\[({]dot[\])}]|[\[({]\.|\.[\])}]|\\\.|\.`,
  ":": String.raw`[\[({]:[\])}]|:`,
  "/": String.raw`[\[({]\/[\])}]|\/`,
  "@": String.raw`[\[({](?:at|@)[\])}]|@`,
};
const SEPARATORS = /:\/\/|[.:/@]|[^.:/@]+/g;

/** A case-insensitive pattern matching `value` as written plainly or defanged. */
function defangedPattern(value: string): RegExp {
  const parts = (value.match(SEPARATORS) ?? []).map((part, i) => {
    const separator = DEFANGED[part];
    if (separator) return `(?:${separator})`;
    const literal = part.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
    return i === 0 ? literal.replace(/^http/i, String.raw`h(?:tt|xx|\*\*)p`) : literal;
  });
  return new RegExp(parts.join(""), "gi");
}

const CLOSING_TO_OPENING: ReadonlyMap<string, string> = new Map([
  [")", "("],
  ["]", "["],
  ["}", "{"],
]);

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Trailing punctuation the library's URL pattern swallows; a closing bracket stays when opened inside. */
function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1) ?? "";
    const opening = CLOSING_TO_OPENING.get(last);
    const unbalanced = opening !== undefined && countOf(trimmed, opening) < countOf(trimmed, last);
    if (!/[.,;:!?'"”’*]/.test(last) && !unbalanced) return trimmed;
    trimmed = trimmed.slice(0, -1);
  }
}

/** Quotes, asterisks and `key=` prefixes the library takes into an address's local part. */
function trimEmail(email: string): string {
  return email.replace(/^[^@]*['"`*=]/, "");
}

function normalise(kind: LocatedKind, value: string): string {
  switch (kind) {
    case "url":
      return value.replace(/^[a-z]+:\/\/[^/?#]*/i, (origin) => origin.toLowerCase());
    case "btc":
    case "eth":
    case "xmr":
    case "ipv4":
      return value;
    case "domain":
    case "email":
    case "ipv6":
    case "md5":
    case "sha1":
    case "sha256":
    case "sha512":
      return value.toLowerCase();
  }
}

function valuesIn(refanged: string): { kind: LocatedKind; value: string }[] {
  const found = partialExtractIOC(
    refanged,
    KINDS.map(([key]) => key),
    { sort: false },
  );
  return Object.entries(found).flatMap(([key, values]) => {
    const kind = KIND_OF.get(key as IOCKey);
    if (!kind || !values) return [];
    return values.map((raw) => {
      const value = kind === "url" ? trimUrl(raw) : kind === "email" ? trimEmail(raw) : raw;
      return { kind, value };
    });
  });
}

/**
 * The library's IPv6 pattern also matches C++ scope operators ("::", "e::deb") and slices of
 * colon-separated fingerprints ("ec:c8:db:01:a4:…"); neither is an address, so both are skipped.
 */
function isAddress(kind: LocatedKind, value: string, piece: string, at: number): boolean {
  if (kind !== "ipv6") return true;
  const slice = /[\da-f:]/i;
  return (
    (value.match(/[\da-f]+/gi) ?? []).length >= 3 &&
    !slice.test(piece.charAt(at - 1)) &&
    !slice.test(piece.charAt(at + value.length))
  );
}

/** Punctuation closing a word or sentence ("attack.", "said:", "(2021)."): never a separator inside a value. */
const TRAILING_PUNCTUATION = /[.,;:!?'"”’*)\]}]+$/;
/** A separator, or the bracket or backslash every defanged separator starts with ("[.]", "(dot)", "\\."). */
const SEPARATOR_OR_DEFANG = /[.:@[({\\]/;

const SEPARATOR = /[.:@]/;

function mayHoldIndicator(piece: string): boolean {
  if (piece.length < MIN_PIECE_LENGTH || piece.length > MAX_PIECE_LENGTH) return false;
  if (piece.length >= MIN_BARE_LENGTH) return true;
  return SEPARATOR.test(piece) && SEPARATOR_OR_DEFANG.test(piece.replace(TRAILING_PUNCTUATION, ""));
}

/** Printable ASCII with no bracket, backslash or "hxxp": nothing in it can be written defanged. */
const PLAIN = /^[!-~]*$/;
const DEFANG_MARK = /[[\](){}\\]|h(?:xx|\*\*)p/i;

/**
 * Where `value` is written in `piece`, plainly or defanged, left to right without overlaps. In a
 * plain piece the defanged pattern can only match the value itself, in any case: a search spares
 * compiling it.
 */
function writtenAt(piece: string, value: string): { index: number; text: string }[] {
  if (value === "" || !PLAIN.test(piece) || DEFANG_MARK.test(piece))
    return [...piece.matchAll(defangedPattern(value))].map((m) => ({ index: m.index, text: m[0] }));
  const haystack = piece.toLowerCase();
  const needle = value.toLowerCase();
  const found: { index: number; text: string }[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    found.push({ index: at, text: piece.slice(at, at + needle.length) });
  return found;
}

/**
 * What any value the library can find in a refanged piece shorter than `MIN_BARE_LENGTH` needs (no hash
 * or wallet fits in one): a URL's "://" or an IPv6 address's colons, an e-mail address's "@", a domain's
 * dot before a listed top-level domain (two letters or more), or an IPv4 address's four numbers. Most
 * dotted pieces ("U.S.", "$4.5", "2.0.1", "(FBI).") have none of them and are not handed to the library.
 */
const SHORT_INDICATOR = /[:@]|\.[a-z]{2}|\d\.\d{1,3}\.\d{1,3}\.\d/i;

function occurrencesIn(piece: string, offset: number): IocOccurrence[] {
  const refanged = refang(piece);
  if (countOf(refanged, ".") > MAX_PIECE_DOTS) return [];
  if (refanged.length < MIN_BARE_LENGTH && !SHORT_INDICATOR.test(refanged)) return [];
  const candidates: IocOccurrence[] = [];
  for (const { kind, value } of valuesIn(refanged)) {
    for (const m of writtenAt(piece, value)) {
      if (!isAddress(kind, value, piece, m.index)) continue;
      const start = offset + m.index;
      candidates.push({
        kind,
        value: normalise(kind, value),
        span: [start, start + m.text.length],
        defanged: m.text.toLowerCase() !== value.toLowerCase(),
      });
    }
  }
  candidates.sort(
    (a, b) =>
      (PRECEDENCE.get(a.kind) ?? 0) - (PRECEDENCE.get(b.kind) ?? 0) ||
      b.span[1] - b.span[0] - (a.span[1] - a.span[0]),
  );
  const kept: IocOccurrence[] = [];
  for (const c of candidates)
    if (!kept.some((k) => c.span[0] < k.span[1] && k.span[0] < c.span[1])) kept.push(c);
  return kept;
}

/**
 * Whether a UTF-16 code unit is white space as a pattern's `\s` reads it (ECMAScript's WhiteSpace
 * and LineTerminator).
 */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Every indicator written in `text`, in text order, each with its exact span (UTF-16 offsets). Only
 * whole runs of non-space characters that hold a separator or are long enough to be a bare hash or
 * wallet are read: every other run fails `mayHoldIndicator`. One pass over the character codes finds
 * them; the pattern `(?<!\S)(?:\S*[.:@]\S*|\S{26,})` finds the same runs, but backtracks through
 * every word and took about a twelfth of the time spent on indicators.
 */
export function locateIndicators(text: string): IocOccurrence[] {
  const occurrences: IocOccurrence[] = [];
  for (let start = 0; start < text.length;) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start;
    let separator = false;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (isSpace(code)) break;
      // ".", ":" and "@".
      if (code === 46 || code === 58 || code === 64) separator = true;
    }
    if (separator || end - start >= MIN_BARE_LENGTH) {
      const piece = text.slice(start, end);
      if (mayHoldIndicator(piece)) occurrences.push(...occurrencesIn(piece, start));
    }
    start = end;
  }
  return occurrences.sort((a, b) => a.span[0] - b.span[0]);
}

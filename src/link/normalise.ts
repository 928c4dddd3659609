/**
 * @module link/normalise
 * The one name normalisation every comparison uses (spec/facts.md): lower case, letters and digits
 * only, a leading "the" dropped. Input: any string. Output: a key, possibly empty.
 */
/** Printable ASCII: decomposition changes none of it, and its letters and digits are `[a-z0-9]` once lower-cased. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Names recur across mentions and articles: results are remembered, up to a bound, then afresh. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/**
 * Whether every character is an ASCII letter or digit, as in most single words ("Microsoft", "APT29"):
 * lower-casing alone then gives the key, since there is no space for a leading "the" and nothing to
 * drop.
 */
function asciiAlphanumeric(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)))
      return false;
  }
  return true;
}

export function normaliseName(name: string): string {
  // Name matching asks for the key of nearly every capitalised word of every article, most of them
  // one word of ASCII letters: lower-casing it costs less than a look-up in the memo, whose misses
  // (a fresh word each) read cold memory and fill it so that it is soon cleared.
  if (asciiAlphanumeric(name)) return name.toLowerCase();
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, (key = normalise(name)));
  }
  return key;
}

function normalise(name: string): string {
  // The common case, with the same result as the general path below and about twice as fast.
  if (PRINTABLE_ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/^\s*the\s+/, "")
      .replace(/[^a-z0-9]+/g, "");
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/^\s*the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Lower case, letters, digits and single spaces: where a name's word breaks are. "Tortoise Shell" and
 * "Tortoiseshell" share a key under normaliseName but not here.
 */
export function spacedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-_/]+/g, " ")
    .replace(/[^\p{L}\p{N}\s]+/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * @module extract/words
 * wink-nlp splits "Najeeb-ul-Hassan" and "14-day" at hyphens; names are read over words, where
 * tokens joined by a hyphen with no space between them count as one.
 */
import type { Sentence, Token } from "./analyse.ts";
import type { ExtractionContext } from "./context.ts";
import { SPEECH_VERBS } from "./lexicon/institutions.ts";

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** The words of one sentence; the analysis joins them once and every extractor shares them. */
export function wordsOf(ctx: ExtractionContext, sentence: Sentence): readonly Word[] {
  return ctx.analysis.wordsOf(sentence);
}

/**
 * After a comma, the one- and two-word names a place could be written as (", Nevada", ", New York"):
 * nothing when no comma comes first.
 */
export function namesAfterComma(after: readonly Word[]): string[] {
  const [comma, first, second] = after.map((w) => w.text);
  if (comma !== "," || first === undefined) return [];
  return second === undefined ? [first] : [first, `${first} ${second}`];
}

/** Letters wink's tokeniser knows: ASCII and Latin-1. */
const KNOWN_LETTER = /[A-Za-z\u00C0-\u00FF]/;
const LETTER = /\p{L}/u;
/**
 * The patterns run on every token are made once here: a pattern literal in a function body makes a
 * new RegExp object each time it is evaluated, and these run a few thousand times an article.
 */
const ENDS_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
const OPENS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** A word opening with a capital letter, in any script. */
export const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * `OPENS_CAPITAL.test(text)`, with an ASCII opening (nearly every word) decided without the pattern.
 * It is asked of every word of every sentence.
 */
export function opensCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : OPENS_CAPITAL.test(text);
}

/** Whether two touching tokens are one word cut at a letter wink does not know ("Š" + "ileris"). */
function splitAtLetter(left: string, right: string): boolean {
  // Two ASCII characters are letters wink knows, or no letters: nearly every pair of touching tokens
  // ("Apple" + "’s" aside) is passed over here, without the patterns.
  if (left.charCodeAt(left.length - 1) < 128 && right.charCodeAt(0) < 128) return false;
  const [a, b] = [left.at(-1) ?? "", right[0] ?? ""];
  return LETTER.test(a) && LETTER.test(b) && (!KNOWN_LETTER.test(a) || !KNOWN_LETTER.test(b));
}

/**
 * Joins `tokens[from, to)` (one sentence's) into words over `text`, reading the analysis's token list
 * in place rather than a copy of the sentence's part: words are built for every sentence of every
 * article.
 */
export function joinWords(text: string, tokens: readonly Token[], from = 0, to = tokens.length): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const first = tokens[i] as Token;
    let last = first;
    let j = i + 1;
    let cut = false;
    for (;;) {
      const adjacent = j < to ? tokens[j] : undefined;
      // wink cuts a word at a letter outside Latin-1: "Šileris" comes as "Š" + "ileris".
      if (adjacent && adjacent.start === last.end && splitAtLetter(last.text, adjacent.text)) {
        last = adjacent;
        cut = true;
        j += 1;
        continue;
      }
      const hyphen = j < to ? tokens[j] : undefined;
      const next = j + 1 < to ? tokens[j + 1] : undefined;
      if (!hyphen || !next || hyphen.text !== "-" || hyphen.start !== last.end || next.start !== hyphen.end)
        break;
      if (!ENDS_LETTER_OR_DIGIT.test(last.text) || !OPENS_LETTER_OR_DIGIT.test(next.text)) break;
      last = next;
      j += 2;
    }
    // A fresh copy, not the token's own string: made here, it lies in memory beside the word, and the
    // rules that read every word's first letters found the token's strings (made by wink, among its
    // garbage) slower to reach (chunksOf's own time 1.6% -> 2.1-3.0% of extraction CPU).
    const joined = text.slice(first.start, last.end);
    words.push({
      text: joined,
      start: first.start,
      end: last.end,
      // A name wink cut at a letter it does not know is read as the name it is.
      pos: cut && OPENS_CAPITAL.test(joined) ? "PROPN" : last.pos,
    });
    i = j;
  }
  return words;
}

const WORD_BEFORE = /[\p{L}\p{N}-]$/u;
const WORD_AFTER = /^[\p{L}\p{N}-]/u;

/**
 * Where `name` stands in `text` as a whole word (no letter, digit or hyphen on either side), left to
 * right without overlaps. A search instead of a pattern per name: compiling a Unicode-aware pattern
 * costs more than reading the whole article.
 */
export function* wholeWordsAt(text: string, name: string): Generator<number> {
  for (let at = text.indexOf(name); at >= 0;) {
    const end = at + name.length;
    if (
      !WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
      !WORD_AFTER.test(text.slice(end, end + 2))
    ) {
      yield at;
      at = text.indexOf(name, end);
    } else at = text.indexOf(name, at + 1);
  }
}

/** A capitalised word and a verb of speech after it: "Ormandy wrote". */
const WORD_THEN_SPEECH = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:${[...SPEECH_VERBS].join("|")})\b`,
  "gu",
);

/** The last text `wordsQuotedAlone` read, and its words: names and lookup ask of the same article. */
let quotedIn: { text: string; words: ReadonlySet<string> } = { text: "", words: new Set() };

/**
 * Capitalised words the article quotes with no capitalised word before them ("…, Ormandy said",
 * "Ormandy wrote"): surnames said alone. "Check Point said" quotes a name of two words, not "Point".
 */
export function wordsQuotedAlone(text: string): ReadonlySet<string> {
  if (text === quotedIn.text) return quotedIn.words;
  const quoted = new Set<string>();
  for (const match of text.matchAll(WORD_THEN_SPEECH)) {
    const word = match[1] ?? "";
    if (quoted.has(word)) continue;
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? "";
    if (!/^\p{Lu}/u.test(before) || /[.!?:;,"“”)]$/.test(before)) quoted.add(word);
  }
  quotedIn = { text, words: quoted };
  return quoted;
}

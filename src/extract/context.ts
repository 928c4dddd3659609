/**
 * @module extract/context
 * The article as the extractors read it: the analysis, the article id, which sentences are the
 * title, lead or background, and small token helpers shared by every extractor.
 */
import type { Cue, Span } from "../contracts.ts";
import type { Analysis, Sentence, Token } from "./analyse.ts";
import { LiteralSieve } from "./prefilter.ts";
import { OPENS_CAPITAL } from "./words.ts";

export interface ExtractionContext {
  readonly articleId: string;
  readonly analysis: Analysis;
  readonly text: string;
  readonly titleSpan: Span;
  readonly published: string | null;
}

export function isTitle(ctx: ExtractionContext, sentence: Sentence): boolean {
  return sentence.span[0] < ctx.titleSpan[1];
}

export function sentenceTokens(ctx: ExtractionContext, sentence: Sentence): readonly Token[] {
  return ctx.analysis.tokens.slice(sentence.tokens[0], sentence.tokens[1]);
}

/** The words the article writes in lower case, built once per article and shared by every extractor. */
const LOWER_CASE_WORDS = new WeakMap<Analysis, ReadonlySet<string>>();

/**
 * A word in lower case, but not a handle ("@pcrisk"), a hashtag, a part of a path
 * ("twitter.com/pcrisk") or of a host name ("opensubtitles.org"), which keep a name's letters in lower
 * case.
 */
const PROSE_LOWER_WORD =
  /(?<![@#/])\b[a-z]+\b(?![@/]|\.(?:com|org|net|io|co|gov|edu|info|me|tv|ch|uk|de|ru|cn|us|eu|ca|au|fr|jp|nl|it|es|xyz|app|dev|ai)\b)/g;

/** Whether the article also writes the word in lower case: "Security researchers" opens with a common word. */
export function writtenInLowerCase(ctx: ExtractionContext, word: string): boolean {
  let words = LOWER_CASE_WORDS.get(ctx.analysis);
  if (!words) {
    words = new Set(ctx.text.match(PROSE_LOWER_WORD));
    LOWER_CASE_WORDS.set(ctx.analysis, words);
  }
  return words.has(word.toLowerCase());
}

const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;

/** A heading written in Title Case: most of its (four or more) words start with a capital. */
export function titleCaseLine(text: string): boolean {
  const words = text.match(LETTER_WORD) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => OPENS_CAPITAL.test(w)).length >= 0.7 * words.length;
}

/**
 * The sentence ending in a colon that introduces the list `sentence` is an item of ("… confiscated
 * the following:", then "* 600 thousand US dollars"), looking back over short items only; undefined
 * when `sentence` is no such item.
 */
export function listHeading(ctx: ExtractionContext, sentence: Sentence): Sentence | undefined {
  const sentences = ctx.analysis.sentences;
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - 8); k--) {
    const earlier = sentences[k];
    if (!earlier) return undefined;
    const text = earlier.text.trim();
    if (text.endsWith(":")) return earlier;
    // Only list items (short, no closing stop) may stand between.
    if (text.length > 100 || /[.!?]["”’]?$/.test(text)) return undefined;
  }
  return undefined;
}

export function textOf(ctx: ExtractionContext, span: Span): string {
  return ctx.text.slice(span[0], span[1]);
}

/**
 * The patterns `prefiltered` marks, up to 32 to a group: one sieve holds every literal of its group's
 * patterns, so a text is scanned once for all of them, and its mask kept for the next pattern asked
 * about it (every sentence is asked about many). One sieve per pattern scanned each sentence some ten
 * times, each scan a step per character.
 */
interface SieveGroup {
  readonly patterns: RegExp[];
  /** Built on first use, after the modules marking patterns have loaded. */
  sieve: LiteralSieve<number> | null;
  /** Each text's mask: bit i set when `patterns[i]` may match it. */
  readonly masks: Map<string, number>;
}

const GROUPS: SieveGroup[] = [];
/** Each marked pattern's group and bit. */
const PLACES = new WeakMap<RegExp, { readonly group: SieveGroup; readonly bit: number }>();
/** Texts whose masks a group keeps; past this many it forgets them all (an article has far fewer sentences). */
const MASK_MEMO_LIMIT = 4096;

/**
 * Marks a pattern that `matchesIn` runs over many sentences, few of which it matches ("was arrested",
 * "claimed responsibility"): a sentence holding none of the literals one of which its every match
 * contains (see prefilter.ts) is passed over after one table-driven pass over its characters (shared
 * with every other marked pattern), instead of the pattern being tried at each of them. Only patterns
 * written in the source are marked, when their modules load.
 * @example const ARRESTED = prefiltered(/\b(?:arrested|detained)\b/g);
 */
export function prefiltered(re: RegExp): RegExp {
  // Unicode case folding matches "ſ" to "s" and the Kelvin sign to "k"; the sieve folds ASCII letters only.
  if (re.ignoreCase && (re.unicode || re.flags.includes("v")))
    throw new Error(`prefiltered: /${re.source}/${re.flags} folds case by Unicode rules`);
  if (PLACES.has(re)) return re;
  let group = GROUPS.at(-1);
  if (!group || group.patterns.length === 32)
    GROUPS.push((group = { patterns: [], sieve: null, masks: new Map() }));
  PLACES.set(re, { group, bit: group.patterns.length });
  group.patterns.push(re);
  group.sieve = null;
  group.masks.clear();
  return re;
}

/** Whether a pattern may match `text`: false only for a marked pattern none of whose literals `text` holds. */
function mayMatch(re: RegExp, text: string): boolean {
  const place = PLACES.get(re);
  if (!place) return true;
  const { group, bit } = place;
  let mask = group.masks.get(text);
  if (mask === undefined) {
    group.sieve ??= new LiteralSieve(new Map(group.patterns.map((pattern, i) => [i, pattern])));
    mask = group.sieve.scan(text);
    if (group.masks.size >= MASK_MEMO_LIMIT) group.masks.clear();
    group.masks.set(text, mask);
  }
  return (mask & (1 << bit)) !== 0;
}

/**
 * `re.test(text)` for a pattern `prefiltered` marks (not a global one, whose `test` would start at its
 * `lastIndex`): a text holding none of its literals is passed over after the sieve's one pass over
 * its characters, instead of the pattern being tried at each of them.
 */
export function testPrefiltered(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}

/** A match `matchesIn` finds, with its absolute span. */
interface SentenceMatch {
  readonly match: RegExpExecArray;
  readonly span: Span;
}

const NO_MATCHES: readonly SentenceMatch[] = [];

/**
 * Finds every match of a global regex inside one sentence, with absolute spans. Three calls in four
 * (over the corpus) are for a marked pattern the sentence holds no literal of: they get a shared empty
 * list instead of a generator of their own.
 */
export function matchesIn(re: RegExp, sentence: Sentence): Iterable<SentenceMatch> {
  return mayMatch(re, sentence.text) ? everyMatchIn(re, sentence) : NO_MATCHES;
}

function* everyMatchIn(re: RegExp, sentence: Sentence): Generator<SentenceMatch> {
  re.lastIndex = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const start = sentence.span[0] + m.index;
    yield { match: m, span: [start, start + m[0].length] };
    if (m[0].length === 0) re.lastIndex++;
  }
}

const YEAR_PHRASE = prefiltered(
  /\b(?:in|during|(?:between|from) [A-Z][a-z]{2,8}\.? (?:and|to|through)) (?:(?:early|mid|late|[A-Z][a-z]{2,8}\.?|the first \w+ months of) )?((?:19|20)\d\d)\b/g,
);

/** A list item opened by its date: "July 2020: Corporate-travel leader CWT may have paid …". */
const DATED_ITEM = /^(\W*)(?:[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?)?((?:19|20)\d\d)(?=\s*:)/;

/** The months' names, for patterns that date a step. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** "the January arrest", "in March", "since last October", with no year after the month. */
const MONTH_PHRASE = new RegExp(
  String.raw`\b(?:the|in|since|during|last|early|mid|late) (${MONTHS.join("|")})\b(?!,? \d)`,
  "g",
);

/**
 * "pointed to the January arrest of a Canadian man", in an article of December: a month two or more
 * before the article's own names another case. The same month or the one just before (December for
 * a January article) may still be this incident's own timeline, so it is no cue.
 */
export function pastMonthCue(ctx: ExtractionContext, sentence: Sentence): Cue | null {
  const published = Number(ctx.published?.slice(5, 7) ?? NaN);
  if (!Number.isFinite(published)) return null;
  for (const { match, span } of matchesIn(MONTH_PHRASE, sentence))
    if (monthsBefore(published, match[1] ?? "") >= 2) return { text: match[0], span };
  return null;
}

/**
 * How many months a month, named in any case, lies before the article's month (1–12), across a new
 * year: December is one month before January.
 */
export function monthsBefore(published: number, month: string): number {
  const number = MONTHS.findIndex((m) => m.toLowerCase() === month.toLowerCase()) + 1;
  return (published - number + 12) % 12;
}

/** "back in April 2021", "in March 2020": a month with its year. */
const MONTH_YEAR_PHRASE = new RegExp(
  String.raw`\b(?:in|since|during) (${MONTHS.join("|")}),? ((?:19|20)\d\d)\b`,
  "g",
);

/**
 * "a vulnerability that GitLab patched back in April 2021", in an article of November 2021: a month
 * and year two or more months before the article's. Only for steps a reader dates by their own
 * month (a patch); an article's lead may well date its own, older incident so.
 */
export function pastMonthYearCue(ctx: ExtractionContext, sentence: Sentence): Cue | null {
  const published = Date.parse(ctx.published?.slice(0, 10) ?? "");
  if (Number.isNaN(published)) return null;
  for (const { match, span } of matchesIn(MONTH_YEAR_PHRASE, sentence)) {
    const month = MONTHS.indexOf(match[1] ?? "");
    const end = Date.UTC(Number(match[2]), month + 1, 1);
    // The month ended at least a month before the article.
    if (published - end >= 30 * 86_400_000) return { text: match[0], span };
  }
  return null;
}

const DAY_PHRASE = new RegExp(String.raw`\b[Oo]n (${MONTHS.join("|")}) (\d{1,2})\b(?!,? \d{4})`, "g");

/**
 * "On January 14, the FSB announced…" in an article of January 21: a day in the two weeks before the
 * article's own, so this incident's recent news rather than another case.
 */
export function recentDayCue(ctx: ExtractionContext, sentence: Sentence): Cue | null {
  const published = ctx.published ? Date.parse(ctx.published.slice(0, 10)) : NaN;
  if (!Number.isFinite(published)) return null;
  const year = new Date(published).getUTCFullYear();
  for (const { match, span } of matchesIn(DAY_PHRASE, sentence)) {
    const month = MONTHS.indexOf(match[1] ?? "");
    let day = Date.UTC(year, month, Number(match[2]));
    if (day > published) day = Date.UTC(year - 1, month, Number(match[2]));
    if (published - day <= 14 * 86_400_000) return { text: match[0], span };
  }
  return null;
}

/**
 * "in 2019", "in late 2019", "in Sept. 2019", an item opening "July 2020:": a year before the
 * article's own, so another case.
 */
export function pastYearCue(ctx: ExtractionContext, sentence: Sentence): Cue | null {
  const published = Number(ctx.published?.slice(0, 4) ?? NaN);
  const item = DATED_ITEM.exec(sentence.text);
  if (item && Number(item[2]) < published) {
    const start = sentence.span[0] + (item[1]?.length ?? 0);
    return { text: item[0].slice(item[1]?.length ?? 0), span: [start, sentence.span[0] + item[0].length] };
  }
  for (const { match, span } of matchesIn(YEAR_PHRASE, sentence))
    if (Number(match[1]) < published) return { text: match[0], span };
  return null;
}

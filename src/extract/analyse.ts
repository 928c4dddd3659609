/**
 * @module extract/analyse
 * Text → tokens and sentences with character offsets, using wink-nlp's lite English model (tokens,
 * sentence boundaries, part of speech). Sentences never span two paragraphs (blank-line separated).
 * Invariant: every token's `[start, end)` slices `text` to the token's own characters.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span } from "../contracts.ts";
import { joinWords, type Word } from "./words.ts";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly paragraph: number;
  /** Token index range `[first, last)`. */
  readonly tokens: readonly [number, number];
  readonly text: string;
}

export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** The sentence containing `offset` (or the nearest before it). */
  sentenceAt(offset: number): Sentence;
  /** The sentence's words (tokens joined across hyphens), built on first use and shared. */
  wordsOf(sentence: Sentence): readonly Word[];
}

/** What a wink reading gives: per token its text, the spaces before it and its tag; sentences as token ranges. */
interface WinkReading {
  readonly values: readonly string[];
  readonly spaces: readonly string[];
  readonly tags: readonly string[];
  readonly sentenceSpans: readonly (readonly [number, number])[];
}

/**
 * The part of wink's core model a reader grows as it reads (its lexicon of words), and the token
 * categories and patterns its tokenizer splits unknown text with.
 */
interface CoreLexicon {
  features: { lexeme: { hash: Record<string, number>; list: string[] } };
  tcat: { hash: Record<string, number> };
  trex: { rtc: readonly (readonly [source: string, flags: string, category: number])[] };
}

/** Documents one reader reads before it is built afresh, bounding what its lexicon lists hold. */
const READER_DOCUMENTS = 5000;

const ASCII_LETTERS = /^[A-Za-z]{2,}$/;

/**
 * Which words a document added may stay in the lexicon for the next ones: those wink reads the same
 * whether it knows them or not. A word of two or more ASCII letters is one "word" token wherever it
 * stands, known or not: the tokenizer takes such a run whole (its hyphen and period rules, which ask
 * the lexicon, never split one), its features (shape, case, affixes, default tag) depend on the word
 * alone, and an unknown word's lexicon index reaches no tag rule. Left out are words a pattern of
 * another category, tried before the word patterns, may claim part of, in any case ("USD" is a
 * currency inside "10USD"): wink stores a word's category when it first adds it.
 */
function keepsWords(core: CoreLexicon): (word: string) => boolean {
  const patterns = core.trex.rtc;
  const firstWordPattern = patterns.findIndex(([, , category]) => category === core.tcat.hash.word);
  if (firstWordPattern < 0) return () => false;
  const claimedFirst = patterns
    .slice(0, firstWordPattern)
    .map(([source, flags]) => new RegExp(source, `${flags.replace(/[gi]/g, "")}i`));
  return (word) => ASCII_LETTERS.test(word) && !claimedFirst.some((pattern) => pattern.test(word));
}

/**
 * wink-nlp with the lite English model, reading each document as if it were the first. wink adds every
 * word its model lacks to the model's lexicon as it reads, and a word once there is looked up whole
 * from then on: after one article ends a sentence with "not just Apple's.", every later "Apple's"
 * stayed one token (no possessive, so no company), and tags shift with what was read before
 * (winkjs/wink-nlp#143). So the same article gave different facts after different articles. After
 * each document the words it added are taken out of the lexicon's index, but for those `keepsWords`
 * lets stay (most names): adding a word is about a quarter of wink's time, and these were added
 * again in every article. Its lists stay, so the reader's own tables, kept in step with them, stay
 * valid, and the reader is built afresh (a quarter of a second) every READER_DOCUMENTS documents so
 * those lists do not grow without bound.
 */
class WinkReader {
  private nlp: ReturnType<typeof winkNLP> | null = null;
  private lexicon: CoreLexicon | null = null;
  private keeps: (word: string) => boolean = () => false;
  private documents = 0;

  read(text: string): WinkReading {
    if (!this.nlp || !this.lexicon || this.documents >= READER_DOCUMENTS) this.build();
    const [nlp, lexeme] = [
      this.nlp as ReturnType<typeof winkNLP>,
      (this.lexicon as CoreLexicon).features.lexeme,
    ];
    this.documents++;
    const known = lexeme.list.length;
    try {
      const doc = nlp.readDoc(text);
      // wink's `its` helpers are plain functions that never use `this`.
      /* eslint-disable @typescript-eslint/unbound-method */
      const { precedingSpaces, pos, span } = nlp.its;
      /* eslint-enable @typescript-eslint/unbound-method */
      return {
        values: doc.tokens().out(),
        spaces: doc.tokens().out(precedingSpaces),
        tags: doc.tokens().out(pos),
        sentenceSpans: doc.sentences().out(span) as unknown as [number, number][],
      };
    } finally {
      for (let k = known; k < lexeme.list.length; k++) {
        const word = lexeme.list[k] as string;
        if (!this.keeps(word)) delete lexeme.hash[word];
      }
    }
  }

  private build(): void {
    // The core model is read afresh for each reader; it is caught here to reach its lexicon.
    const core = model.core as () => CoreLexicon;
    const reading = Object.assign(Object.create(null) as typeof model, model, {
      core: () => (this.lexicon = core()),
    });
    this.nlp = winkNLP(reading, ["sbd", "pos"]);
    this.keeps = keepsWords(this.lexicon as CoreLexicon);
    this.documents = 0;
  }
}

const reader = new WinkReader();

/** Where each paragraph (blank-line separated) ends, in order. */
function paragraphEnds(text: string): number[] {
  const ends: number[] = [];
  const paragraphRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = paragraphRe.exec(text); m; m = paragraphRe.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}

/**
 * The most tokens one sentence takes. Rules read a sentence once per name or number in it, so a
 * "sentence" of a whole page (a table, a list of thousands of names, hostile input) would cost the
 * square of its length; it is read in pieces of this many tokens instead. One sentence in a thousand
 * of the news corpus is longer than 300 tokens; those past 400 are tables of patches or indicators.
 */
const MAX_SENTENCE_TOKENS = 400;

/** The longest run of non-space characters wink reads whole (a long URL is about this long). */
const MAX_RUN = 128;

/**
 * Whether some run of more than MAX_RUN characters holds no ASCII white space: one pass over the
 * character codes. Nearly every text has none and is passed over. The search for runs that follows
 * is the pattern's (its \S knows every Unicode space); running that pattern at every position of
 * every text took about 0.055 ms an article, against 0.017 for this pass.
 */
function mayHoldLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/**
 * The text with a space written over every `MAX_RUN + 1`-th character of a longer run of non-space
 * characters, so the copy has the same length and every offset in it is an offset in `text`. wink's
 * tokenizer tests each piece of text against patterns (URL, e-mail, abbreviation) whose time grows with
 * the square of the piece's length: one 200 kB run of "hxxp://a[.]b" took minutes. No word is that long;
 * a run that is, is a blob, a hash list or hostile input, and reads as pieces.
 */
export function breakLongRuns(text: string): string {
  if (!mayHoldLongRun(text)) return text;
  const runs = new RegExp(String.raw`\S{${MAX_RUN + 1},}`, "g");
  let out = "";
  let from = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    for (let at = m.index + MAX_RUN; at < m.index + m[0].length; at += MAX_RUN + 1) {
      // Half a surrogate pair is never left alone: both halves become spaces.
      const code = text.charCodeAt(at);
      const [cut, width] =
        code >= 0xdc00 && code <= 0xdfff ? [at - 1, 2] : code >= 0xd800 && code <= 0xdbff ? [at, 2] : [at, 1];
      out += text.slice(from, cut) + " ".repeat(width);
      from = cut + width;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Patterns tested on every token or sentence are made once here: a pattern literal in a function body
 * makes a new RegExp object each time it is evaluated.
 */
const OPENS_NON_SPACE = /^\S/;
const ENDS_PVT_OR_PTE = /\b(?:Pvt|Pte)\.$/;
const OPENS_LTD = /^(?:Ltd|Limited)\b/;
const ALL_SPACE = /^\s+$/;

/** `ALL_SPACE.test(value)`, with a token opening in ASCII other than space (nearly every one) decided at once. */
function allSpace(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128 && code !== 32 && (code < 9 || code > 13)) return false;
  return ALL_SPACE.test(value);
}

export function analyseText(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // wink reads a copy with over-long runs broken (same length, same offsets); sentence texts come from
  // `text` itself.
  const read = breakLongRuns(text);
  // One wink document for the whole text: its tokens and tags equal a paragraph-at-a-time reading once
  // the line-break tokens between paragraphs are dropped and sentences are cut at paragraph ends.
  const { values, spaces, tags, sentenceSpans } = reader.read(read);
  const ends = paragraphEnds(text);
  let paragraph = 0;
  let cursor = 0;
  const close = (from: number, sentenceParagraph: number) => {
    const a = tokens[from];
    const b = tokens.at(-1);
    if (!a || !b) return;
    sentences.push({
      index: sentences.length,
      span: [a.start, b.end],
      paragraph: sentenceParagraph,
      tokens: [from, tokens.length],
      text: text.slice(a.start, b.end),
    });
  };
  for (const [first, last] of sentenceSpans) {
    let from = tokens.length;
    // wink ends a sentence at a period with no space after it ("Investor.gov", "ip2location.com",
    // "pagefile.sys"): a sentence that starts glued to the one before, in its paragraph, goes on with it.
    // It also ends one at a company's "Pvt." or "Pte.", which always goes on with "Ltd." ("Jade
    // Machinery Pvt. Ltd.").
    const previous = sentences.at(-1);
    const glued = (spaces[first] ?? "") === "" && OPENS_NON_SPACE.test(values[first] ?? "");
    const legalForm = ENDS_PVT_OR_PTE.test(previous?.text ?? "") && OPENS_LTD.test(values[first] ?? "");
    if (
      previous &&
      (glued || legalForm) &&
      read.startsWith(values[first] ?? "", cursor + (spaces[first] ?? "").length) &&
      cursor < (ends[paragraph] ?? Infinity) &&
      previous.paragraph === paragraph
    ) {
      sentences.pop();
      from = previous.tokens[0];
    }
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? "";
      cursor += (spaces[i] ?? "").length;
      // wink keeps the text losslessly; fall back to a search if a token was normalised.
      let start = cursor;
      if (!read.startsWith(value, start)) {
        const found = read.indexOf(value, cursor);
        start = found >= 0 ? found : cursor;
      }
      cursor = start + value.length;
      if (allSpace(value)) continue;
      let tokenParagraph = paragraph;
      while (start >= (ends[tokenParagraph] ?? Infinity)) tokenParagraph++;
      if (tokenParagraph !== paragraph || tokens.length - from >= MAX_SENTENCE_TOKENS) {
        close(from, paragraph);
        from = tokens.length;
        paragraph = tokenParagraph;
      }
      tokens.push({ text: value, start, end: cursor, pos: tags[i] ?? "X", sentence: sentences.length });
    }
    close(from, paragraph);
  }
  const starts = sentences.map((s) => s.span[0]);
  const words: (readonly Word[] | undefined)[] = [];
  return {
    text,
    tokens,
    sentences,
    sentenceAt(offset: number): Sentence {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return sentences[lo] ?? { index: 0, span: [0, text.length], paragraph: 0, tokens: [0, 0], text };
    },
    wordsOf(sentence: Sentence): readonly Word[] {
      const known = words[sentence.index];
      if (known && sentences[sentence.index] === sentence) return known;
      const joined = joinWords(text, tokens, sentence.tokens[0], sentence.tokens[1]);
      if (sentences[sentence.index] === sentence) words[sentence.index] = joined;
      return joined;
    },
  };
}

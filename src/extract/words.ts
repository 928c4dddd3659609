/**
 * @module extract/words
 * wink-nlp splits "Najeeb-ul-Hassan" and "14-day" at hyphens; names are read over words, where
 * tokens joined by a hyphen with no space between them count as one.
 */
import type { Sentence, Token } from "./analyse.ts";
import type { ExtractionContext } from "./context.ts";

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

/** Joins `tokens` (one sentence's) into words over `text`. */
export function joinWords(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    let last = first;
    let j = i + 1;
    for (;;) {
      const hyphen = tokens[j];
      const next = tokens[j + 1];
      if (!hyphen || !next || hyphen.text !== "-" || hyphen.start !== last.end || next.start !== hyphen.end)
        break;
      if (!/[\p{L}\p{N}]$/u.test(last.text) || !/^[\p{L}\p{N}]/u.test(next.text)) break;
      last = next;
      j += 2;
    }
    words.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      pos: last.pos,
    });
    i = j;
  }
  return words;
}

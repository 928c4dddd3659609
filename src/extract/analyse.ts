/**
 * @module extract/analyse
 * Text → tokens and sentences with character offsets, using wink-nlp's lite English model (tokens,
 * sentence boundaries, part of speech). Paragraphs (blank-line separated) are read one at a time so a
 * sentence never spans two paragraphs. Invariant: every token's `[start, end)` slices `text` to the
 * token's own characters.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span } from "../contracts.ts";

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
}

const nlp = winkNLP(model, ["sbd", "pos"]);
// wink's `its` helpers are plain functions that never use `this`.
/* eslint-disable @typescript-eslint/unbound-method */
const { precedingSpaces, pos: partOfSpeech, span: sentenceSpan } = nlp.its;
/* eslint-enable @typescript-eslint/unbound-method */

export function analyseText(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let m = paragraphRe.exec(text); m; m = paragraphRe.exec(text)) {
    const base = m.index;
    const doc = nlp.readDoc(m[0]);
    const values = doc.tokens().out();
    const spaces = doc.tokens().out(precedingSpaces);
    const pos = doc.tokens().out(partOfSpeech);
    const firstToken = tokens.length;
    let cursor = 0;
    const paragraphText = m[0];
    values.forEach((value, i) => {
      cursor += (spaces[i] ?? "").length;
      // wink keeps the text losslessly; fall back to a search if a token was normalised.
      let start = cursor;
      if (paragraphText.slice(start, start + value.length) !== value) {
        const found = paragraphText.indexOf(value, cursor);
        start = found >= 0 ? found : cursor;
      }
      cursor = start + value.length;
      tokens.push({
        text: value,
        start: base + start,
        end: base + start + value.length,
        pos: pos[i] ?? "X",
        sentence: -1,
      });
    });
    for (const [first, last] of doc.sentences().out(sentenceSpan) as unknown as [number, number][]) {
      const from = firstToken + first;
      const to = firstToken + last + 1;
      const a = tokens[from];
      const b = tokens[to - 1];
      if (!a || !b) continue;
      const index = sentences.length;
      for (let t = from; t < to; t++) {
        const token = tokens[t];
        if (token) tokens[t] = { ...token, sentence: index };
      }
      sentences.push({
        index,
        span: [a.start, b.end],
        paragraph,
        tokens: [from, to],
        text: text.slice(a.start, b.end),
      });
    }
    paragraph++;
  }
  const starts = sentences.map((s) => s.span[0]);
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
  };
}

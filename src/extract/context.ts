/**
 * @module extract/context
 * The article as the extractors read it: the analysis, the article id, which sentences are the
 * title, lead or background, and small token helpers shared by every extractor.
 */
import type { Span } from "../contracts.ts";
import type { Analysis, Sentence, Token } from "./analyse.ts";

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

export function textOf(ctx: ExtractionContext, span: Span): string {
  return ctx.text.slice(span[0], span[1]);
}

/** Finds every match of a global regex inside one sentence, with absolute spans. */
export function* matchesIn(
  re: RegExp,
  sentence: Sentence,
): Generator<{ match: RegExpExecArray; span: Span }> {
  re.lastIndex = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const start = sentence.span[0] + m.index;
    yield { match: m, span: [start, start + m[0].length] };
    if (m[0].length === 0) re.lastIndex++;
  }
}

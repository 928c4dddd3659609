/**
 * @module extract/facts
 * What every fact is built with: a content-derived id, evidence from spans, provenance. Stable ids
 * (article id + kind + normalised value + span) make a re-extraction produce the same ids.
 */
import { hash } from "node:crypto";
import type { Evidence, FactBase, Provenance, Span } from "../contracts.ts";
import type { Analysis } from "./analyse.ts";

export const EXTRACTOR_VERSION = "0.2.1";

/**
 * The id of a fact: the first 20 hex digits of the SHA-1 of its key (its UTF-8 bytes). An article has
 * dozens of facts; the one-shot `hash` builds no Hash object for each, about five times faster than
 * `createHash` on keys this short, with the same digest.
 */
export function factId(articleId: string, kind: string, value: string, span: Span | null): string {
  const key = `${articleId}|${kind}|${value.toLowerCase()}|${span ? `${span[0]}-${span[1]}` : "derived"}`;
  return `f_${hash("sha1", key, "hex").slice(0, 20)}`;
}

export function evidenceOf(analysis: Analysis, spans: readonly Span[]): Evidence {
  const first = spans[0] ?? [0, 0];
  return { spans, sentence: analysis.sentenceAt(first[0]).span };
}

export function provenance(rule: string): Provenance {
  return { rule, version: EXTRACTOR_VERSION };
}

/** A fact with evidence: id, evidence, confidence and provenance in one call. */
export function baseFact(
  analysis: Analysis,
  articleId: string,
  kind: string,
  value: string,
  spans: readonly Span[],
  confidence: number,
  rule: string,
): FactBase {
  return {
    id: factId(articleId, kind, value, spans[0] ?? null),
    evidence: evidenceOf(analysis, spans),
    confidence,
    provenance: provenance(rule),
  };
}

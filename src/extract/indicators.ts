/**
 * @module extract/indicators
 * Indicators of compromise: URLs, domains, IPv4 and IPv6 addresses, e-mail addresses, MD5, SHA-1,
 * SHA-256 and SHA-512 hashes, and BTC, ETH and XMR wallets, refanged ("hxxp", "[.]", "(dot)").
 * Input: the article's extraction context. Output: one fact per kind and value, with the span of
 * every place it is written (UTF-16 offsets into `Article.text`, defanged forms included).
 *
 * `ioc-locate.ts` finds the values with the `ioc-extractor` library and maps them back to spans;
 * `ioc-judge.ts` decides, occurrence by occurrence, whether each really is an indicator. A value
 * judged not to be one (file name, version number, well-known host…) is kept with its reason and
 * cue. CVE ids are vulnerability entities, not indicators: `CVE_PATTERN` serves the record builder.
 */
import type { IocFact } from "../contracts.ts";
import { prefiltered, type ExtractionContext } from "./context.ts";
import { baseFact } from "./facts.ts";
import { judgeOccurrence, type Judgement } from "./ioc-judge.ts";
import { locateIndicators, type IocOccurrence } from "./ioc-locate.ts";

/**
 * A CVE id as news writes it: with hyphens, or with a space, an en dash or a non-breaking hyphen in
 * their place ("CVE 2021-44228", "CVE-2021–34473"); `cveId` gives its one spelling.
 */
export const CVE_PATTERN = prefiltered(
  /\bCVE[-\u2010\u2011\u2013 ](\d{4})[-\u2010\u2011\u2013 ](\d{4,7})\b/gi,
);

/** The canonical id of a `CVE_PATTERN` match: "CVE 2021–44228" → "CVE-2021-44228". */
export const cveId = (match: RegExpExecArray): string => `CVE-${match[1] ?? ""}-${match[2] ?? ""}`;

/** The author defanged it; the context confirmed its kind; neither. */
const CONFIDENCE = { defanged: 95, confirmed: 85, plain: 70 } as const;

interface Judged {
  readonly occurrence: IocOccurrence;
  readonly judgement: Judgement;
}

/**
 * One value is an indicator when any of its occurrences is judged one ("1.2.3.4" after "version"
 * in one sentence and after "connected to" in another is an address); otherwise it keeps the
 * reason of its first occurrence.
 */
function toFact(ctx: ExtractionContext, first: Judged, all: readonly Judged[]): IocFact {
  const { kind, value } = first.occurrence;
  const { benign, cue } = (all.find((j) => j.judgement.benign === null) ?? first).judgement;
  const confidence = all.some((j) => j.occurrence.defanged)
    ? CONFIDENCE.defanged
    : cue
      ? CONFIDENCE.confirmed
      : CONFIDENCE.plain;
  return {
    ...baseFact(
      ctx.analysis,
      ctx.articleId,
      `ioc:${kind}`,
      value,
      all.map((j) => j.occurrence.span),
      confidence,
      `indicators#${kind}`,
    ),
    kind,
    value,
    benign,
    ...(cue ? { cue } : {}),
  };
}

/** Every indicator in the article, in order of first appearance; false positives kept and explained. */
export function findIndicators(ctx: ExtractionContext): IocFact[] {
  const byValue = new Map<string, Judged[]>();
  for (const occurrence of locateIndicators(ctx.text)) {
    const sentence = ctx.analysis.sentenceAt(occurrence.span[0]).span;
    const judged = { occurrence, judgement: judgeOccurrence(occurrence, { text: ctx.text, sentence }) };
    const key = `${occurrence.kind}:${occurrence.value}`;
    const group = byValue.get(key);
    if (group) group.push(judged);
    else byValue.set(key, [judged]);
  }
  return [...byValue.values()].flatMap(([first, ...rest]) =>
    first ? [toFact(ctx, first, [first, ...rest])] : [],
  );
}

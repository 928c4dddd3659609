/**
 * @module extract/dates
 * Dates in the text, resolved against the publication date with chrono-node ("on Monday" becomes a
 * calendar date only when the article's date is known; otherwise the text is kept and `resolved` is
 * null). Times of day and bare numbers are ignored.
 */
import * as chrono from "chrono-node";
import type { DateFact } from "../contracts.ts";
import type { ExtractionContext } from "./context.ts";
import { baseFact } from "./facts.ts";

export function findDates(ctx: ExtractionContext): DateFact[] {
  const reference = ctx.published ? new Date(`${ctx.published.slice(0, 10)}T12:00:00Z`) : null;
  const valid = reference && !Number.isNaN(reference.getTime()) ? reference : null;
  const facts: DateFact[] = [];
  for (const result of chrono.en.parse(ctx.text, valid ?? new Date(0), { forwardDate: false })) {
    const known = result.start;
    const hasDay = known.isCertain("day") || known.isCertain("weekday");
    const hasYear = known.isCertain("year");
    if (!hasDay && !known.isCertain("month")) continue;
    const absolute = hasYear && (known.isCertain("day") || known.isCertain("month"));
    const resolved =
      valid || absolute
        ? known
            .date()
            .toISOString()
            .slice(0, hasDay ? 10 : 7)
        : null;
    const span = [result.index, result.index + result.text.length] as const;
    facts.push({
      ...baseFact(
        ctx.analysis,
        ctx.articleId,
        "date",
        result.text,
        [span],
        resolved ? 80 : 50,
        "dates#chrono",
      ),
      date: { text: result.text, resolved },
    });
  }
  return facts;
}

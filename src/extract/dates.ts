/**
 * @module extract/dates
 * Dates in the text, resolved against the publication date with chrono-node ("on Monday" becomes a
 * calendar date only when the article's date is known; otherwise the text is kept and `resolved` is
 * null). Times of day and bare numbers are ignored.
 */
import * as chrono from "chrono-node";
import type { DateFact, Span } from "../contracts.ts";
import type { ExtractionContext } from "./context.ts";
import { baseFact } from "./facts.ts";

/**
 * What every date chrono-node can read and this module keeps (a day, weekday or month) needs
 * somewhere in its sentence: numbers joined as in a date ("10/5", "2021-10-05", "2021 10 05"), a
 * year (it can join a month in the next sentence: "over 2021.\n\nJanuary:"), a month or weekday
 * (or its abbreviation), a casual day or time word, or a counted or pointed time unit ("3d", "a few days",
 * "the past week", "last month"; not "in recent years"). Other numbers ("10:30", "$5 million") give no day or month. A sentence with
 * none of them cannot hold a date, so chrono never reads it.
 */
const MAY_HOLD_DATE = new RegExp(
  [
    String.raw`\b\d{1,2}/\d{1,2}\b|\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b|\b(?:1[89]|20)\d\d\b`,
    String.raw`\d\s{0,3}(?:s|m|h|d|w|y|mo|mos|hrs?|mins?|secs?|yrs?)\b`,
    "january|february|march|april|june|july|august|september|october|november|december",
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b`,
    "(?:sun|mon|tues|wednes|thurs|fri|satur)day|weekend|weekday",
    String.raw`\b(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b`,
    String.raw`\b(?:now|today|tonight|tomorrow|tmrw?|overmorrow|yesterday|night|morning|afternoon|evening|midnight|midday|noon)\b`,
    String.raw`\b(?:\d+|an?|the|few|several|couple|half|last|next|past|this|that|previous|coming|same|following|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,3}(?:\w+\s{1,3})?(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|qtr|quarters?|yrs?|years?)\b`,
    String.raw`\b(?:an?|the|few|several|half|couple|of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,3}(?:s|m|h|d|w|y|mo|mos)\b`,
  ].join("|"),
  "i",
);
/**
 * chrono's casual English parsers, less times of day and durations: "for six months" and "within 3
 * days" are spans of time, not a date the article's events happened on.
 */
const DATES = chrono.en.casual.clone();
DATES.parsers = DATES.parsers.filter(
  (p) =>
    !/^(?:ENTimeExpressionParser|ENCasualTimeParser|ENTimeUnitWithinFormatParser)$/.test(p.constructor.name),
);

/** Short sentences ("-", "to") are read anyway: they may join two dates into a range. */
const ALWAYS_READ = 10;

/**
 * The longest run of sentences chrono reads at once. One of its refiners tests the text before every
 * date it finds, so its time grows with the square of a run's length: a page of dates read as one run
 * took seconds per megabyte more for each megabyte.
 */
const MAX_CHUNK_CHARS = 4_000;

/** Runs of consecutive sentences that may hold a date, as spans of the text. */
function dateChunks(ctx: ExtractionContext): Span[] {
  const chunks: [number, number][] = [];
  let previous = -2;
  for (const sentence of ctx.analysis.sentences) {
    if (sentence.text.length > ALWAYS_READ && !MAY_HOLD_DATE.test(sentence.text)) continue;
    const last = chunks.at(-1);
    if (last && sentence.index === previous + 1 && sentence.span[1] - last[0] <= MAX_CHUNK_CHARS)
      last[1] = sentence.span[1];
    else chunks.push([sentence.span[0], sentence.span[1]]);
    previous = sentence.index;
  }
  return chunks;
}

export function findDates(ctx: ExtractionContext): DateFact[] {
  const reference = ctx.published ? new Date(`${ctx.published.slice(0, 10)}T12:00:00Z`) : null;
  const valid = reference && !Number.isNaN(reference.getTime()) ? reference : null;
  const facts: DateFact[] = [];
  const results = dateChunks(ctx).flatMap(([start, end]) =>
    DATES.parse(ctx.text.slice(start, end), valid ?? new Date(0), { forwardDate: false }).map((result) => ({
      result,
      index: start + result.index,
    })),
  );
  for (const { result, index } of results) {
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
    const span = [index, index + result.text.length] as const;
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

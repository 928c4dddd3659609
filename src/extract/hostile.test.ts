/**
 * Hostile text for the extractor: each input below took from half a minute to several minutes before
 * its guard (a run of non-space characters read by wink in pieces, sentences read in pieces of 400
 * tokens, alias joins looked up within reach, mentions indexed instead of scanned) and now takes about a
 * second. The bound is loose on purpose; a regression to the square of the length blows through it.
 */
import { describe, expect, it } from "vitest";
import type { Span } from "../contracts.ts";
import { breakLongRuns } from "./analyse.ts";
import { sheetOf } from "./sheet-of.ts";
import { Coverage, SpanSet } from "./span-set.ts";

const BOUND_MS = 10_000;

function timed(text: string): number {
  const started = Date.now();
  sheetOf(text);
  return Date.now() - started;
}

describe("hostile text", () => {
  it("reads one 30 kB defanged URL run, one 200 kB word, 200 kB of aliases and 100 kB of joined capitals in bounded time", () => {
    const inputs = {
      urls: `Police seized a server\n\n${"hxxp://a[.]b".repeat(2_500)}`,
      word: `Police seized a server\n\n${"x".repeat(200_000)}`,
      aliases: `APT28 hit a ministry\n\n${"APT28, also known as ".repeat(10_000)}`,
      capitals: `Police seized a server\n\n${"Foo and ".repeat(12_500)}`,
    };
    const slow = Object.entries(inputs)
      .map(([name, text]) => ({ name, ms: timed(text) }))
      .filter(({ ms }) => ms >= BOUND_MS);
    expect(slow).toEqual([]);
  }, 120_000);
});

describe("breakLongRuns", () => {
  it("writes a space over every 129th character of a longer run and keeps the length, so offsets hold", () => {
    const run = "a".repeat(300);
    const broken = breakLongRuns(`Seen at ${run} today`);
    expect(broken.length).toBe(`Seen at ${run} today`.length);
    expect(
      broken
        .slice(8)
        .split(" ")
        .map((p) => p.length),
    ).toEqual([128, 128, 42, 5]);
    expect(breakLongRuns("An ordinary sentence.")).toBe("An ordinary sentence.");
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(100);
    const broken = breakLongRuns(emoji);
    expect(broken.length).toBe(emoji.length);
    expect(broken.replace(/ /g, "")).toMatch(/^(?:😀)+$/u);
  });

  it("counts every Unicode space as a break: words joined by no-break spaces are no run", () => {
    const joined = Array.from({ length: 60 }, () => "word").join("\u00a0");
    expect(breakLongRuns(joined)).toBe(joined);
    const tabbed = `${"x".repeat(100)}\t${"y".repeat(100)}`;
    expect(breakLongRuns(tabbed)).toBe(tabbed);
  });
});

describe("SpanSet", () => {
  it("answers overlap, cover and membership as a scan of every span would", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const span = (): Span => {
      const start = Math.floor(random() * 200);
      return [start, start + Math.floor(random() * 12)];
    };
    const spans = Array.from({ length: 40 }, span);
    const set = new SpanSet(spans);
    for (let k = 0; k < 2_000; k++) {
      const probe = span();
      expect(set.overlaps(probe)).toBe(spans.some(([s, e]) => s < probe[1] && probe[0] < e));
      expect(set.covers(probe)).toBe(spans.some(([s, e]) => s <= probe[0] && probe[1] <= e));
      expect(set.has(probe)).toBe(spans.some(([s, e]) => s === probe[0] && e === probe[1]));
    }
  });

  it("keeps a coverage of marked spans that a span overlaps exactly where a scan of them says", () => {
    const marked: Span[] = [
      [3, 7],
      [20, 21],
      [40, 52],
    ];
    const coverage = new Coverage(60);
    for (const span of marked) coverage.mark(span);
    for (let start = 0; start < 60; start++)
      for (const length of [1, 2, 5]) {
        const probe: Span = [start, start + length];
        expect(coverage.overlaps(probe)).toBe(marked.some(([s, e]) => s < probe[1] && probe[0] < e));
      }
  });
});

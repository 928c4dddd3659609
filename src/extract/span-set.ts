/**
 * @module extract/span-set
 * Span questions rules ask once per candidate name, answered without a scan of every span (a text of
 * thousands of names would make that cost the square of its length): `SpanSet`, a fixed set that says
 * in logarithmic time whether any span overlaps a span, holds it whole or equals it; `Coverage`, the
 * characters of a text marked span by span as names are taken, asked whether a span touches any.
 * Invariant: spans are half-open `[start, end)`; a SpanSet never changes after it is built.
 */
import type { Span } from "../contracts.ts";

export class SpanSet {
  /** Starts in ascending order. */
  readonly #starts: Float64Array;
  /** The largest end among the spans up to and including each position of `#starts`. */
  readonly #reach: Float64Array;
  readonly #exact: Set<string>;

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    this.#starts = Float64Array.from(sorted, (s) => s[0]);
    this.#reach = new Float64Array(sorted.length);
    let reach = -Infinity;
    sorted.forEach((s, i) => {
      reach = Math.max(reach, s[1]);
      this.#reach[i] = reach;
    });
    this.#exact = new Set(sorted.map((s) => `${s[0]}:${s[1]}`));
  }

  /** How many spans start before `offset` (or at it, with `inclusive`). */
  #countStartingBefore(offset: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = this.#starts[mid] as number;
      if (start < offset || (inclusive && start === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Some span shares a character with `span`. */
  overlaps(span: Span): boolean {
    const k = this.#countStartingBefore(span[1], false);
    return k > 0 && (this.#reach[k - 1] as number) > span[0];
  }

  /** Some span holds `span` whole. */
  covers(span: Span): boolean {
    const k = this.#countStartingBefore(span[0], true);
    return k > 0 && (this.#reach[k - 1] as number) >= span[1];
  }

  /** `span` is one of the spans. */
  has(span: Span): boolean {
    return this.#exact.has(`${span[0]}:${span[1]}`);
  }
}

/** The characters of a text that names already take, marked as they are added; a question costs the span's length. */
export class Coverage {
  readonly #taken: Uint8Array;

  constructor(textLength: number) {
    this.#taken = new Uint8Array(textLength + 1);
  }

  mark([start, end]: Span): void {
    this.#taken.fill(1, start, end);
  }

  /** Some marked character lies in `span`. */
  overlaps([start, end]: Span): boolean {
    for (let at = start; at < end; at++) if (this.#taken[at]) return true;
    return false;
  }
}

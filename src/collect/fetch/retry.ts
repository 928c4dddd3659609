/**
 * @module collect/fetch/retry
 * When to try a request again and how long to wait first. Input: a status, the Retry-After header, the
 * attempt number and the clock's time. Output: a wait in milliseconds. Invariants: only 429 and 5xx are
 * retried; Retry-After (delta-seconds or an HTTP date) wins over back-off; every wait is capped.
 */

export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  readonly retries: number;
  /** First back-off; doubles on every further attempt. */
  readonly backoffBaseMs: number;
  /** No wait, from back-off or Retry-After, is longer than this. */
  readonly maxWaitMs: number;
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds a Retry-After value asks for, or null when absent or unreadable.
 * @example parseRetryAfter("120", now) // 120000
 * @example parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now) // ms from now until then, at least 0
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** The wait before retry number `attempt + 1` (attempt counts from 0). */
export function retryWait(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: string | undefined,
  nowMs: number,
): number {
  const asked = parseRetryAfter(retryAfter, nowMs);
  const wait = asked ?? policy.backoffBaseMs * 2 ** attempt;
  return Math.min(Math.max(0, wait), policy.maxWaitMs);
}

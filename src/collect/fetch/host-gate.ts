/**
 * @module collect/fetch/host-gate
 * Politeness per host: at most `maxConcurrent` requests in flight and at least `minDelayMs` between the
 * starts of two requests. Input: a host key (`host:port`). Output: a release function once the caller
 * may send. Invariants: waiters are served first come, first served; start times are reserved when a
 * slot is granted, so concurrent callers never share a start time; time comes from the injected clock;
 * a host's state is forgotten once it is idle and its delay has passed, so memory follows the hosts in
 * use, not every host ever fetched (a Crawl-delay is set again from the cached robots.txt on next use).
 */

/** Time as the fetcher sees it; tests pass a fake whose `sleep` advances `now` at once. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface HostState {
  active: number;
  nextStart: number;
  /** A host may ask for more than the configured delay (robots.txt Crawl-delay). */
  minDelayMs: number;
  readonly waiting: (() => void)[];
}

export interface HostGate {
  /**
   * Waits for a slot and the host's delay. `at` is the start time reserved on the clock; call
   * `release` when the request is done.
   */
  acquire(host: string): Promise<{ readonly at: number; readonly release: () => void }>;
  /** Raises (never lowers below the default) the delay between requests to one host. */
  setMinDelay(host: string, ms: number): void;
  /** Hosts with state kept (for tests and diagnostics). */
  size(): number;
}

/** Number of tracked hosts at which idle ones are swept. */
const PRUNE_AT = 256;

export function createHostGate(clock: Clock, minDelayMs: number, maxConcurrent: number): HostGate {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (state === undefined) {
      state = { active: 0, nextStart: -Infinity, minDelayMs, waiting: [] };
      hosts.set(host, state);
    }
    return state;
  };

  /** Forgets idle hosts whose delay has passed: a fresh state would behave the same. */
  const prune = (): void => {
    if (hosts.size < PRUNE_AT) return;
    const now = clock.now();
    for (const [host, state] of hosts)
      if (state.active === 0 && state.waiting.length === 0 && state.nextStart <= now) hosts.delete(host);
  };

  const release = (state: HostState): void => {
    const next = state.waiting.shift();
    // The slot passes straight to the next waiter, so `active` does not change.
    if (next) next();
    else state.active--;
  };

  return {
    async acquire(host) {
      prune();
      const state = stateOf(host);
      if (state.active < Math.max(1, maxConcurrent)) state.active++;
      else await new Promise<void>((resolve) => state.waiting.push(resolve));
      const now = clock.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + state.minDelayMs;
      if (start > now) await clock.sleep(start - now);
      let released = false;
      return {
        at: start,
        release: () => {
          if (released) return;
          released = true;
          release(state);
        },
      };
    },
    setMinDelay(host, ms) {
      const state = stateOf(host);
      state.minDelayMs = Math.max(minDelayMs, ms);
    },
    size: () => hosts.size,
  };
}

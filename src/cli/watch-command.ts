/**
 * @module cli/watch-command
 * `blotter watch`: polls the feeds of a feed list (or those named on the command line) on their
 * schedule, ingesting new items, with one progress line per feed and poll on stdout, and regroups
 * stories after each round. Input: a `FeedList`, an open store, a fetcher, the process streams.
 * Output: progress lines; the exit code (with `--once`: 1 when a feed failed, else 0; 130 when stopped).
 * Invariants: the first Ctrl+C (SIGINT or SIGTERM) stops after the current feed, so what was stored and
 * the cursor stay consistent; nothing is kept in memory between rounds that the store does not have,
 * so a restarted watch picks up where the last one stopped.
 */
import type { Store } from "../contracts.ts";
import type { Fetcher } from "../collect/fetch/index.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { regroupStories } from "../app/stories.ts";
import { describePoll, nextPolls, pollFeed, type FeedList } from "../app/watch.ts";
import { writeLine, type Io } from "./io.ts";

export interface WatchCommandOptions {
  readonly once?: boolean;
  readonly fetcher: Fetcher;
  readonly knowledge?: readonly KbEntry[];
}

const clock = () => new Date().toISOString().slice(11, 19);

/** Resolves when asked to stop; `stopped()` says whether that happened. */
function stopSignal() {
  let stop = false;
  let wake = () => undefined as void;
  const onSignal = () => {
    stop = true;
    wake();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    stopped: () => stop,
    /** Waits `ms` or until stopped, whichever is first. */
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    release: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** Watches until stopped (or one round with `once`); resolves to the exit code. */
export async function runWatch(
  list: FeedList,
  store: Store,
  io: Io,
  options: WatchCommandOptions,
): Promise<number> {
  const signal = stopSignal();
  let anyFailed = false;
  try {
    for (;;) {
      const due = await nextPolls(list, store);
      const now = Date.now();
      const changed: (string | null)[] = [];
      for (const feed of list.feeds) {
        if (signal.stopped()) break;
        if (!options.once && (due.get(feed.url) ?? 0) > now) continue;
        const result = await pollFeed(feed, {
          store,
          fetcher: options.fetcher,
          knowledge: options.knowledge,
        });
        anyFailed ||= result.status === "failed";
        changed.push(...result.changedDays);
        writeLine(io.stdout, `[${clock()}] ${result.name}: ${describePoll(result)}`);
      }
      if (changed.length > 0) {
        const stories = await regroupStories(store, changed);
        writeLine(
          io.stdout,
          `[${clock()}] stories: ${stories.articles} articles regrouped into ${stories.stories} stories`,
        );
      }
      if (signal.stopped()) {
        writeLine(io.stderr, "blotter: watch stopped");
        return 130;
      }
      if (options.once) return anyFailed ? 1 : 0;
      const next = Math.min(...(await nextPolls(list, store)).values());
      await signal.sleep(Math.max(1000, next - Date.now()));
    }
  } finally {
    signal.release();
  }
}

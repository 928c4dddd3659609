/**
 * @module cli/ingest-command
 * `blotter ingest` (and the first half of `blotter demo`): collects paths, runs the `ingest` use case
 * with a progress bar, and reports. Input: paths, an open store, the process streams. Output: a summary
 * on stdout (text, or JSON with `--json`), one line per failed or skipped file on stderr, and the exit
 * code: 0 when every document went in, 1 when some failed (the batch still completed).
 * Invariants: the progress bar is drawn only when stderr is a terminal, so logs and pipes stay clean;
 * the first Ctrl+C (SIGINT or SIGTERM) stops after the current document, so the store is closed cleanly
 * and what was saved stays saved (exit code 130); a second one kills the process as usual.
 */
import { availableParallelism } from "node:os";
import cliProgress from "cli-progress";
import type { Fetcher } from "../collect/fetch/index.ts";
import type { KbEntry } from "../link/kb-import.ts";
import type { Outcome, RawDocument, Store } from "../contracts.ts";
import { collectPaths, collectStdin, walkPaths, type CollectOptions } from "../collect/index.ts";
import { ingest, type IngestSummary } from "../app/ingest.ts";
import { defaultWorkerCount } from "../app/extract-pool.ts";
import { regroupStories, type RegroupSummary } from "../app/stories.ts";
import { writeJson, writeLine, type Io } from "./io.ts";

export interface IngestCommandOptions {
  readonly json?: boolean;
  readonly maxBytes: number;
  /** Entries from `blotter kb import`, linked beside the bundled alias table. */
  readonly knowledge?: readonly KbEntry[];
  /** Reads http(s) paths; a default polite, SSRF-guarded one is made when none is given. */
  readonly fetcher?: Fetcher;
  /** Extraction worker threads; by default one per core but one (two on two cores, up to four) for a batch of local files. */
  readonly workers?: number;
}

/** Local files from which extraction workers pay for their start (about a second each). */
const WORKER_BATCH = 100;

/** Workers for a large local batch (`defaultWorkerCount`: one core left to the main thread, which saves, but on two cores), else none. */
async function defaultWorkers(paths: readonly string[]): Promise<number> {
  const cores = availableParallelism();
  if (cores < 2 || paths.some((p) => p === "-" || /^https?:\/\//i.test(p))) return 0;
  let files = 0;
  for await (const entry of walkPaths(paths))
    if (entry.path && ++files >= WORKER_BATCH) return defaultWorkerCount(cores);
  return 0;
}

async function countCandidates(paths: readonly string[]): Promise<number> {
  let total = paths.filter((p) => p === "-").length;
  // One progress step per walked entry, whether it is read, skipped or failed.
  for await (const entry of walkPaths(paths.filter((p) => p !== "-"))) if (entry.path) total++;
  return total;
}

function describe(summary: IngestSummary): string {
  const total =
    summary.inserted + summary.updated + summary.unchanged + summary.failed.length + summary.skipped.length;
  const parts = [
    `${summary.inserted} inserted`,
    `${summary.updated} updated`,
    `${summary.unchanged} unchanged`,
    `${summary.failed.length} failed`,
    `${summary.skipped.length} skipped`,
  ];
  return `ingested ${total} file${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/** The documents of every path in order; `-` reads one document from standard input. */
async function* collectSources(
  paths: readonly string[],
  io: Io,
  options: CollectOptions,
): AsyncGenerator<Outcome<RawDocument>> {
  let run: string[] = [];
  for (const path of paths) {
    if (path !== "-") {
      run.push(path);
      continue;
    }
    if (run.length > 0) yield* collectPaths(run, options);
    run = [];
    yield await collectStdin(undefined, { ...options, stream: io.stdin });
  }
  if (run.length > 0) yield* collectPaths(run, options);
}

/** Stops a document stream at the first stop signal instead of letting the signal kill the process. */
function stoppable(docs: AsyncIterable<Outcome<RawDocument>>): {
  docs: AsyncIterable<Outcome<RawDocument>>;
  stopped: () => boolean;
  release: () => void;
} {
  let stop = false;
  const onSignal = () => {
    stop = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  async function* guarded() {
    for await (const doc of docs) {
      if (stop) return;
      yield doc;
    }
  }
  return {
    docs: guarded(),
    stopped: () => stop,
    release: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** Runs the ingest and reports it; resolves to the exit code. */
export async function runIngest(
  paths: readonly string[],
  store: Store,
  io: Io,
  options: IngestCommandOptions,
): Promise<number> {
  let bar: cliProgress.SingleBar | null = null;
  if (io.stderr.isTTY) {
    bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format: "ingesting [{bar}] {value}/{total} {file}",
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(await countCandidates(paths), 0, { file: "" });
  }
  let summary: IngestSummary;
  const changedDays: (string | null)[] = [];
  const stream = stoppable(
    collectSources(paths, io, { maxBytes: options.maxBytes, fetcher: options.fetcher }),
  );
  try {
    summary = await ingest(
      stream.docs,
      store,
      (result, done) => {
        if (result.status === "inserted" || result.status === "updated")
          changedDays.push(result.sheet.published);
        bar?.update(done, { file: result.uri.length > 60 ? `…${result.uri.slice(-59)}` : result.uri });
      },
      options.knowledge,
      { workers: options.workers ?? (await defaultWorkers(paths)) },
    );
  } finally {
    stream.release();
    bar?.stop();
  }
  for (const problem of summary.failed)
    writeLine(io.stderr, `blotter: failed ${problem.uri}: ${problem.reason} [${problem.code}]`);
  // A folder's README is passed over by design; saying so on every run would only be noise.
  for (const problem of summary.skipped.filter((p) => p.code !== "readme"))
    writeLine(io.stderr, `blotter: skipped ${problem.uri}: ${problem.reason} [${problem.code}]`);
  // Stories are regrouped around what changed, after the batch: one grouping, not one per document.
  const stories: RegroupSummary | null = changedDays.length ? await regroupStories(store, changedDays) : null;
  if (options.json) writeJson(io.stdout, stories ? { ...summary, stories } : summary);
  else {
    writeLine(io.stdout, describe(summary));
    if (stories)
      writeLine(
        io.stdout,
        `stories: ${stories.articles} articles grouped into ${stories.stories} stories (${stories.multiArticle} with several articles)`,
      );
  }
  if (stream.stopped()) {
    writeLine(io.stderr, "blotter: interrupted; stopped after the documents counted above");
    return 130;
  }
  return summary.failed.length > 0 ? 1 : 0;
}

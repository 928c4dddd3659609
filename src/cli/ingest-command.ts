/**
 * @module cli/ingest-command
 * `blotter ingest` (and the first half of `blotter demo`): collects paths, runs the `ingest` use case
 * with a progress bar, and reports. Input: paths, an open store, the process streams. Output: a summary
 * on stdout (text, or JSON with `--json`), one line per failed or skipped file on stderr, and the exit
 * code: 0 when every document went in, 1 when some failed (the batch still completed).
 * Invariant: the progress bar is drawn only when stderr is a terminal, so logs and pipes stay clean.
 */
import cliProgress from "cli-progress";
import type { Store } from "../contracts.ts";
import { collectPaths, walkPaths } from "../collect/index.ts";
import { ingest, type IngestSummary } from "../app/ingest.ts";
import { writeJson, writeLine, type Io } from "./io.ts";

export interface IngestCommandOptions {
  readonly json?: boolean;
  readonly maxBytes: number;
}

async function countCandidates(paths: readonly string[]): Promise<number> {
  let total = 0;
  for await (const _entry of walkPaths(paths)) total++;
  return total;
}

function describe(summary: IngestSummary): string {
  const total = summary.inserted + summary.updated + summary.unchanged + summary.failed.length + summary.skipped.length;
  const parts = [
    `${summary.inserted} inserted`,
    `${summary.updated} updated`,
    `${summary.unchanged} unchanged`,
    `${summary.failed.length} failed`,
    `${summary.skipped.length} skipped`,
  ];
  return `ingested ${total} document${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
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
  try {
    summary = await ingest(collectPaths(paths, { maxBytes: options.maxBytes }), store, (result, done) => {
      bar?.update(done, { file: result.uri.length > 60 ? `…${result.uri.slice(-59)}` : result.uri });
    });
  } finally {
    bar?.stop();
  }
  for (const problem of summary.failed) writeLine(io.stderr, `blotter: failed ${problem.uri}: ${problem.reason} [${problem.code}]`);
  for (const problem of summary.skipped)
    writeLine(io.stderr, `blotter: skipped ${problem.uri}: ${problem.reason} [${problem.code}]`);
  if (options.json) writeJson(io.stdout, summary);
  else writeLine(io.stdout, describe(summary));
  return summary.failed.length > 0 ? 1 : 0;
}

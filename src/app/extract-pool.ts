/**
 * @module app/extract-pool
 * Cleaning and extraction on worker threads, so that a batch ingest keeps every core busy while the
 * main thread saves: the embedded store runs on the main thread, extraction beside it.
 * Input: documents, one `run` call each. Output: per document what `prepareDocument` gives on the main
 * thread, or a failure with a one-line reason.
 * Invariants: a document that takes longer than the time cap, or makes its worker run out of memory
 * or crash, fails alone ("extraction timed out after 60 s"); its worker is replaced and the others go
 * on. Workers start on first use and stop on `close`.
 */
import { Worker } from "node:worker_threads";
import type { Outcome, RawDocument } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import type { DocumentResult, Prepared } from "./ingest.ts";

/** How long one document may take to clean and extract on a worker. */
export const EXTRACT_TIME_CAP_MS = 60_000;
/** The heap one worker may grow to: a hostile document fails instead of exhausting the machine. */
const WORKER_HEAP_MB = 1536;

interface Job {
  readonly seq: number;
  readonly doc: Outcome<RawDocument>;
  readonly uri: string;
  readonly resolve: (result: Prepared | DocumentResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const failure = (uri: string, reason: string): DocumentResult => ({
  uri,
  status: "failed",
  code: "internal-error",
  reason,
});

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly knowledge: readonly KbEntry[] = [],
    private readonly timeCapMs = EXTRACT_TIME_CAP_MS,
  ) {}

  /** Cleans and extracts one document on a free worker. */
  run(doc: Outcome<RawDocument>, uri: string): Promise<Prepared | DocumentResult> {
    if (this.closed) return Promise.resolve(failure(uri, "extraction pool is closed"));
    return new Promise((resolve) => {
      this.waiting.push({ seq: this.seq++, doc, uri, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; documents still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.resolve(failure(job.uri, "extraction pool was closed"));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      const job = slot && this.waiting.shift();
      if (!slot || !job) return;
      this.start(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url), {
      workerData: { knowledge: this.knowledge },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on("message", ({ seq, result }: { seq: number; result: Prepared | DocumentResult }) => {
      if (slot.job?.seq !== seq) return;
      this.finish(slot, result);
    });
    worker.on("error", (error: Error) => this.replace(slot, `extraction crashed: ${oneLine(error.message)}`));
    worker.on("exit", (code) => this.replace(slot, `extraction worker exited (code ${code})`));
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.timer = setTimeout(
      () => this.replace(slot, `extraction timed out after ${Number((this.timeCapMs / 1000).toFixed(1))} s`),
      this.timeCapMs,
    );
    slot.worker.postMessage({ seq: job.seq, doc: job.doc });
  }

  private finish(slot: Slot, result: Prepared | DocumentResult): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(result);
    this.dispatch();
  }

  /** The slot's worker failed or hung: its document fails, a fresh worker takes its place. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    void this.stop(slot);
    job?.resolve(failure(job.uri, reason));
    if (!this.closed) this.dispatch();
  }

  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    await slot.worker.terminate();
  }
}

const oneLine = (text: string) => text.split("\n", 1)[0] ?? "";

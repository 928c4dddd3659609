/**
 * @module app/extract-pool
 * Cleaning and extraction on worker threads, so that a batch ingest keeps every core busy while the
 * main thread saves: the embedded store runs on the main thread, extraction beside it.
 * Input: documents, one `run` call each. Output: per document what `prepareDocument` gives on the main
 * thread, or a failure with a one-line reason.
 * Invariants: a document that takes longer than the time cap, or makes its worker run out of memory
 * or crash, fails alone ("extraction timed out after 60 s"); its worker is replaced, the documents
 * queued behind it go to the fresh one, and the others go on. Each worker has a few documents posted
 * ahead, so it never waits for the main thread to finish a save. Workers start on first use and stop
 * on `close`.
 */
import { Worker } from "node:worker_threads";
import type { Outcome, RawDocument } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import type { Prepared, Unprepared } from "./ingest.ts";

/** How long one document may take to clean and extract on a worker. */
export const EXTRACT_TIME_CAP_MS = 60_000;
/** The heap one worker may grow to: a hostile document fails instead of exhausting the machine. */
const WORKER_HEAP_MB = 1536;
/**
 * A worker's young generation: extraction makes many short-lived strings and arrays, and with the
 * default (smaller than the main thread's) a worker spent more time in scavenges than extracting.
 */
const YOUNG_GENERATION_MB = 64;

interface Job {
  readonly seq: number;
  readonly doc: Outcome<RawDocument>;
  readonly uri: string;
  readonly resolve: (result: Prepared | Unprepared) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker, oldest first; it works through them in order. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs posted ahead to each worker: the main thread may be busy saving (the embedded store runs on
 * it, a batch at a time) when a result arrives, and the worker should not wait for it to hand over the
 * next document. With 8, a worker finished its jobs during one batch save and idled: ingest of a third
 * of the corpus on two cores went from ~60 to ~80 articles/s with 64.
 */
const DEPTH = 64;

/**
 * The most documents a worker takes at once from those posted to it, to read their texts together
 * (`extractRecords`). The time cap of the first of them runs from when it starts, so it also covers
 * reading the others' texts, which `extractRecords` bounds to a quarter of a second or so.
 */
export const WORKER_BATCH = 32;

/**
 * Workers for a batch on a machine with `cores` cores: one core stays with the main thread, which
 * saves (PGlite runs on it) and collects, except on two cores, where the main thread waits on the
 * store often enough that a second worker pays: the bench's full ingest of the corpus ran at ~105 and
 * ~110 articles/s with two workers against ~93 with one (with DEPTH 8 it was the other way round,
 * ~65 against ~80). At least one worker, at most four.
 */
export function defaultWorkerCount(cores: number): number {
  if (cores === 2) return 2;
  return Math.min(4, Math.max(1, cores - 1));
}

const failure = (uri: string, reason: string): Unprepared => ({
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

  /** Cleans and extracts one document on a worker. */
  run(doc: Outcome<RawDocument>, uri: string): Promise<Prepared | Unprepared> {
    if (this.closed) return Promise.resolve(failure(uri, "extraction pool is closed"));
    return new Promise((resolve) => {
      this.waiting.push({ seq: this.seq++, doc, uri, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; documents still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.waiting.splice(0), ...this.slots.flatMap((slot) => slot.jobs.splice(0))];
    for (const job of pending) job.resolve(failure(job.uri, "extraction pool was closed"));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.reduce<Slot | undefined>(
        (best, s) => (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length) ? s : best),
        undefined,
      );
      if ((!slot || slot.jobs.length > 0) && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      const job = slot && this.waiting.shift();
      if (!slot || !job) return;
      slot.jobs.push(job);
      slot.worker.postMessage({ seq: job.seq, doc: job.doc });
      if (slot.jobs.length === 1) this.startClock(slot);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url), {
      workerData: { knowledge: this.knowledge },
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_HEAP_MB,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
    });
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.on("message", ({ seq, result }: { seq: number; result: Prepared | Unprepared }) => {
      if (slot.jobs[0]?.seq !== seq) return;
      this.finish(slot, result);
    });
    worker.on("error", (error: Error) => this.replace(slot, `extraction crashed: ${oneLine(error.message)}`));
    worker.on("exit", (code) => this.replace(slot, `extraction worker exited (code ${code})`));
    return slot;
  }

  /** The time cap of the slot's oldest job runs from when the job before it came back. */
  private startClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(
      () => this.replace(slot, `extraction timed out after ${Number((this.timeCapMs / 1000).toFixed(1))} s`),
      this.timeCapMs,
    );
  }

  private finish(slot: Slot, result: Prepared | Unprepared): void {
    const job = slot.jobs.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.jobs.length > 0) this.startClock(slot);
    job?.resolve(result);
    this.dispatch();
  }

  /**
   * The slot's worker failed or hung on its oldest job: that document fails, the ones posted after it
   * go back to the queue, and a fresh worker takes the slot's place.
   */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const [failed, ...rest] = slot.jobs.splice(0);
    void this.stop(slot);
    this.waiting.unshift(...rest);
    failed?.resolve(failure(failed.uri, reason));
    if (!this.closed) this.dispatch();
  }

  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    await slot.worker.terminate();
  }
}

const oneLine = (text: string) => text.split("\n", 1)[0] ?? "";

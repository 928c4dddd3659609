/**
 * @module app/extract-worker-main
 * The body of an extraction worker thread: receives `{ seq, doc }` messages, cleans and extracts each
 * document exactly as `ingest` does on the main thread (`prepareDocuments`), and posts `{ seq, result }`
 * back, in the order received. The knowledge entries from `blotter kb import` arrive once, as worker data.
 * Documents already waiting are taken together, up to WORKER_BATCH, so that their texts are read together
 * (faster, see `extractRecords`); each result is posted as soon as it is made.
 */
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import type { Outcome, RawDocument } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { WORKER_BATCH } from "./extract-pool.ts";
import { prepareDocuments } from "./ingest.ts";

const knowledge = ((workerData as { knowledge?: KbEntry[] } | null)?.knowledge ?? []) as readonly KbEntry[];

interface Job {
  readonly seq: number;
  readonly doc: Outcome<RawDocument>;
}

const port = parentPort;
port?.on("message", (first: Job) => {
  const jobs = [first];
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
    jobs.push(next.message as Job);
    if (jobs.length >= WORKER_BATCH) break;
  }
  const results = prepareDocuments(
    jobs.map((job) => job.doc),
    knowledge,
  );
  jobs.forEach((job, i) => port.postMessage({ seq: job.seq, result: (results[i] as () => unknown)() }));
});

/**
 * @module app/extract-worker-main
 * The body of an extraction worker thread: receives `{ seq, doc }` messages, cleans and extracts each
 * document exactly as `ingest` does on the main thread (`prepareDocument`), and posts `{ seq, result }`
 * back. The knowledge entries from `blotter kb import` arrive once, as worker data.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Outcome, RawDocument } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { prepareDocument } from "./ingest.ts";

const knowledge = ((workerData as { knowledge?: KbEntry[] } | null)?.knowledge ?? []) as readonly KbEntry[];

parentPort?.on("message", ({ seq, doc }: { seq: number; doc: Outcome<RawDocument> }) => {
  parentPort?.postMessage({ seq, result: prepareDocument(doc, knowledge) });
});

/**
 * @module app
 * The use cases every shell (CLI, HTTP server, bench) calls, so each shell stays a thin adapter:
 * `extractFile` (clean + extract, nothing stored), `ingest` / `ingestDocument` (clean + extract + save,
 * one outcome per document) and `loadConfig` (the environment, parsed once at start-up).
 */
export { extractFile, type Extracted } from "./extract-file.ts";
export {
  ingest,
  ingestDocument,
  uriOf,
  type DocumentProblem,
  type DocumentResult,
  type IngestProgress,
  type IngestSummary,
} from "./ingest.ts";
export { ConfigError, loadConfig, type AppConfig } from "./config.ts";

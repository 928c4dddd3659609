// Entry of an extraction worker thread (see extract-pool.ts): registers tsx's loader in this thread,
// as bin/blotter.js does for the main one, then runs the TypeScript worker from source.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker-main.ts");

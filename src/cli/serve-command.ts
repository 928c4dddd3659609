/**
 * @module cli/serve-command
 * `blotter serve` (and the second half of `blotter demo`): listens with the HTTP shell until SIGINT or
 * SIGTERM, then closes the server. Input: an open store, host and port. Output: the URL on stdout.
 * Invariant: the caller owns the store and closes it after this resolves.
 */
import type { Store } from "../contracts.ts";
import type { Fetcher } from "../collect/fetch/index.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { buildServer } from "../server/app.ts";
import { writeLine, type Io } from "./io.ts";

export interface ListenOptions {
  readonly port: number;
  readonly host: string;
  /** Entries from `blotter kb import`, used by `POST /api/ingest`. */
  readonly knowledge?: readonly KbEntry[];
  /** Reads `POST /api/ingest {"url"}`; the server makes a default one when none is given. */
  readonly fetcher?: Fetcher;
}

function urlOf(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/** Serves until the process is asked to stop; resolves once the server has closed. */
export async function serveUntilStopped(store: Store, options: ListenOptions, io: Io): Promise<void> {
  const app = buildServer({ store, knowledge: options.knowledge, fetcher: options.fetcher });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  writeLine(io.stdout, `Blotter is serving on ${urlOf(options.host, port)} (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await app.close();
}

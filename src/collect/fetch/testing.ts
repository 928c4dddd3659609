/**
 * @module collect/fetch/testing
 * Test doubles for the fetcher's tests, never imported by production code: a node:http server on
 * 127.0.0.1 (port 0) that records what it was asked, closed after each test with `serversClosedAfterEach`,
 * options for fetching from it, and a fake clock whose `sleep` advances time at once.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import type { Clock } from "./host-gate.ts";
import type { FetcherOptions } from "./index.ts";

export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  readonly origin: string;
  readonly port: number;
  readonly seen: SeenRequest[];
  url(path: string): string;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Starts a server on 127.0.0.1; `robots.txt` answers 404 unless a handler takes it. */
export async function startServer(handler: Handler): Promise<LoopbackServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    seen.push({ path: request.url ?? "", headers: request.headers });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    seen,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fetcher options for loopback tests: loopback allowed, no robots.txt, no delay, no retries. */
export const LOOPBACK_FETCH: FetcherOptions = {
  allowLoopback: true,
  robots: false,
  minDelayMs: 0,
  retries: 0,
};

/** A `serve` for one test file: each server it starts is closed after the test that started it. */
export function serversClosedAfterEach(): (handler: Handler) => Promise<LoopbackServer> {
  const servers: LoopbackServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (handler) => {
    const server = await startServer(handler);
    servers.push(server);
    return server;
  };
}

export interface FakeClock extends Clock {
  /** Every wait asked for, in order. */
  readonly slept: number[];
}

/** A clock that starts at `start` and jumps forward on `sleep` instead of waiting. */
export function fakeClock(start = 0): FakeClock {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

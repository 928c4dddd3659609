/**
 * @module cli/io
 * What every CLI command shares: the streams it writes to, the one-line error format, usage errors
 * (exit code 2) and reading a single document for `extract`. Input: process streams, passed in so tests
 * and other shells can substitute them. Invariant: errors reach the user as `blotter: <message>`.
 */
import { stat } from "node:fs/promises";
import type { SourceFormat } from "../contracts.ts";
import { collectStdin, readEntry, walkPaths, type Collected } from "../collect/index.ts";

export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: AsyncIterable<Uint8Array | string>;
}

/** Bad arguments or options: the command line, not the data, is wrong. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A failure already explained to the user; carries the exit code. */
export class ExitCode extends Error {
  override readonly name = "ExitCode";
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export function writeLine(stream: NodeJS.WritableStream, line = ""): void {
  stream.write(`${line}\n`);
}

export function writeJson(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The first line of an error message, which is all a user sees unless BLOTTER_DEBUG=1. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n", 1)[0] ?? "").trim() || "unknown error";
}

/**
 * Reads one document: a file path, or `-` for standard input. `format` overrides the extension
 * (and the sniffing of standard input). A folder is a usage error: `extract` reads one article.
 */
export async function collectOne(
  path: string,
  io: Io,
  options: { format?: SourceFormat; maxBytes: number },
): Promise<Collected> {
  if (path === "-") return collectStdin(options.format, { stream: io.stdin, maxBytes: options.maxBytes });
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory())
    throw new UsageError(`${path} is a folder; extract reads one file (use ingest for folders)`);
  for await (const entry of walkPaths([path])) {
    if ("outcome" in entry && options.format && info?.isFile())
      return readEntry({ path, format: options.format, size: info.size }, options);
    if ("format" in entry && options.format) return readEntry({ ...entry, format: options.format }, options);
    return readEntry(entry, options);
  }
  throw new UsageError(`nothing to read at ${path}`);
}

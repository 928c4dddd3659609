/**
 * @module collect
 * Stage 1: paths (files and folders) or standard input → `Outcome<RawDocument>`, one per candidate file.
 * Input: paths as given on a command line. Output: an async stream of outcomes, each carrying the `uri`
 * it concerns (the path as walked), so a failure can be reported against its file.
 * Invariants: folders are walked recursively in code-unit order of entry names, so every run yields the
 * same sequence; hidden entries (`.git`, `.DS_Store`) and files named `README.md` are passed over; the
 * format comes from the extension; a file over the size cap is a `too-large` failure decided from `stat`
 * and never read whole; nothing here throws for a bad file: it becomes a `failed` or `skipped` outcome.
 */
import { open, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { feedItemDocument, isFeedPath, parseFeed } from "./feed.ts";
import { createFetcher, type Fetcher } from "./fetch/index.ts";
import { collectUrl, isWebAddress } from "./url.ts";
import type { Outcome, RawDocument, SourceFormat } from "../contracts.ts";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** An outcome of collection that names the file it concerns, whatever its status. */
export type Collected = Outcome<RawDocument> & { readonly uri: string };

export interface CollectOptions {
  /** Files larger than this many bytes fail with `too-large`. Default 10 MB. */
  readonly maxBytes?: number;
  /** Reads http(s) paths; a default polite, SSRF-guarded fetcher is made when none is given. */
  readonly fetcher?: Fetcher;
}

/** A file the walk found: either readable with a known format, or passed over with a reason. */
export type WalkEntry =
  | { readonly path: string; readonly format: SourceFormat; readonly size: number }
  | { readonly path: string; readonly feed: true; readonly size: number }
  | { readonly path: string; readonly outcome: Collected };

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** The source format a file name implies, or null when Blotter does not read that kind of file. */
export function formatOfPath(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function skipped(uri: string, code: string, reason: string): Collected {
  return { status: "skipped", code, reason, uri };
}

function failed(uri: string, code: string, reason: string): Collected {
  return { status: "failed", code, reason, uri };
}

function tooLarge(uri: string, size: number, maxBytes: number): Collected {
  return failed(uri, "too-large", `${size} bytes is over the ${maxBytes}-byte cap`);
}

function describeError(error: unknown): { code: string; reason: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return { code: "not-found", reason: "no such file or directory" };
  if (code === "EACCES" || code === "EPERM") return { code: "unreadable", reason: "permission denied" };
  return { code: "unreadable", reason: error instanceof Error ? error.message : String(error) };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    // A folder reached twice through symbolic links is walked once, which also breaks cycles.
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(folder)).sort(byCodeUnit);
  } catch (error) {
    const { code, reason } = describeError(error);
    yield { path: folder, outcome: failed(folder, code, reason) };
    return;
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    yield* walkPath(join(folder, name), seen, false);
  }
}

async function* walkPath(path: string, seen: Set<string>, explicit: boolean): AsyncGenerator<WalkEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const { code, reason } = describeError(error);
    yield { path, outcome: failed(path, code, reason) };
    return;
  }
  if (info.isDirectory()) {
    yield* walkFolder(path, seen);
    return;
  }
  if (!info.isFile()) {
    yield { path, outcome: skipped(path, "not-a-file", "not a regular file") };
    return;
  }
  // A README inside a corpus folder describes the corpus; one named explicitly is read.
  if (!explicit && basename(path).toLowerCase() === "readme.md") {
    yield { path, outcome: skipped(path, "readme", "README.md describes its folder; not an article") };
    return;
  }
  const format = formatOfPath(path);
  if (format === null && isFeedPath(path)) {
    yield { path, feed: true, size: info.size };
    return;
  }
  if (format === null) {
    const ext = extname(path) || "(none)";
    yield {
      path,
      outcome: skipped(
        path,
        "unsupported-format",
        `extension ${ext} is not .txt, .md, .html or a feed (.rss, .atom, .rdf, .xml)`,
      ),
    };
    return;
  }
  yield { path, format, size: info.size };
}

/**
 * Walks files and folders (recursively, sorted) without reading them: the plan `collectPaths` follows.
 * @example for await (const entry of walkPaths(["corpus/news"])) if ("format" in entry) count++;
 */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  for (const path of paths) yield* walkPath(path, seen, true);
}

async function readCapped(path: string, size: number, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(path, "r");
  try {
    // Read at most one byte past the cap, so a file that grew after `stat` is still caught.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > maxBytes ? null : new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } finally {
    await handle.close();
  }
}

/** Reads one walked file into a RawDocument, under the size cap. */
export async function readEntry(entry: WalkEntry, options: CollectOptions = {}): Promise<Collected> {
  if ("outcome" in entry) return entry.outcome;
  if ("feed" in entry)
    return skipped(entry.path, "feed", "a feed holds many articles; ingest it to read every item");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const uri = entry.path;
  if (entry.size > maxBytes) return tooLarge(uri, entry.size, maxBytes);
  try {
    const bytes = await readCapped(entry.path, entry.size, maxBytes);
    if (bytes === null) return tooLarge(uri, maxBytes + 1, maxBytes);
    return { status: "ok", value: { uri, bytes, format: entry.format }, uri };
  } catch (error) {
    const { code, reason } = describeError(error);
    return failed(uri, code, reason);
  }
}

/**
 * Collects every readable file under the given paths, one outcome per file, in a stable order.
 * @example for await (const doc of collectPaths(["samples"])) if (doc.status === "ok") use(doc.value);
 */
export async function* collectPaths(
  paths: readonly string[],
  options: CollectOptions = {},
): AsyncGenerator<Collected> {
  const seen = new Set<string>();
  let fetcher = options.fetcher;
  for (const path of paths) {
    if (isWebAddress(path)) {
      fetcher ??= createFetcher({ maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
      yield* collectUrl(path, fetcher);
      continue;
    }
    for await (const entry of walkPath(path, seen, true)) {
      if ("feed" in entry) yield* readFeed(entry.path, entry.size, options);
      else yield await readEntry(entry, options);
    }
  }
}

/** A feed file: one document per item, or one failure for the whole file when it cannot be read. */
async function* readFeed(path: string, size: number, options: CollectOptions): AsyncGenerator<Collected> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    yield tooLarge(path, size, maxBytes);
    return;
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(path, size, maxBytes);
  } catch (error) {
    const { code, reason } = describeError(error);
    yield failed(path, code, reason);
    return;
  }
  if (bytes === null) {
    yield tooLarge(path, maxBytes + 1, maxBytes);
    return;
  }
  const items = parseFeed(bytes);
  if (items.status !== "ok") {
    yield failed(path, items.code, items.reason);
    return;
  }
  for (const item of items.value) {
    const doc = feedItemDocument(path, item);
    yield { status: "ok", value: doc, uri: doc.uri };
  }
}

/** Guesses the format of text with no file name: a tag first means HTML, a `#` heading Markdown. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^<(?:!doctype|html|head|body|article|div|p|h1|meta)\b/i.test(head)) return "html";
  if (/^#{1,6}\s/.test(head)) return "markdown";
  return "text";
}

/**
 * Reads one document from standard input (or any byte stream), stopping as soon as it passes the cap.
 * The format is sniffed from the content when not given. `uri` is `stdin`.
 */
export async function collectStdin(
  format?: SourceFormat,
  options: CollectOptions & { readonly stream?: AsyncIterable<Uint8Array | string> } = {},
): Promise<Collected> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream: AsyncIterable<Uint8Array | string> = options.stream ?? process.stdin;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      total += bytes.length;
      if (total > maxBytes) return tooLarge("stdin", total, maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    const { code, reason } = describeError(error);
    return failed("stdin", code, reason);
  }
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { status: "ok", value: { uri: "stdin", bytes, format: format ?? sniffFormat(bytes) }, uri: "stdin" };
}

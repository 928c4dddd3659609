import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, truncate, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPaths, collectStdin, readEntry, sniffFormat, walkPaths, type Collected } from "./index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const newsDir = resolve(repoRoot, "../shared/corpus/news");

async function collectAll(paths: string[], maxBytes?: number): Promise<Collected[]> {
  const out: Collected[] = [];
  for await (const doc of collectPaths(paths, { maxBytes })) out.push(doc);
  return out;
}

describe("collectPaths", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "blotter-collect-"));
    await mkdir(join(dir, "b-folder"));
    await mkdir(join(dir, ".hidden"));
    await writeFile(join(dir, "b-folder", "z.htm"), "<p>z</p>");
    await writeFile(join(dir, "b-folder", "a.markdown"), "# a");
    await writeFile(join(dir, "a.txt"), "Title\n\nBody");
    await writeFile(join(dir, "c.MD"), "# c");
    await writeFile(join(dir, "README.md"), "# about this folder");
    await writeFile(join(dir, "notes.pdf"), "%PDF");
    await writeFile(join(dir, ".hidden", "secret.txt"), "x");
    await writeFile(join(dir, "huge.txt"), "");
    await truncate(join(dir, "huge.txt"), 11 * 1024 * 1024);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("walks folders recursively in a stable order, with formats from extensions", async () => {
    const docs = await collectAll([dir]);
    const summary = docs.map((d) => [
      d.uri.slice(dir.length + 1),
      d.status === "ok" ? d.value.format : d.code,
    ]);
    expect(summary).toEqual([
      ["README.md", "readme"],
      ["a.txt", "text"],
      ["b-folder/a.markdown", "markdown"],
      ["b-folder/z.htm", "html"],
      ["c.MD", "markdown"],
      ["huge.txt", "too-large"],
      ["notes.pdf", "unsupported-format"],
    ]);
    const first = docs.find((d) => d.uri.endsWith("a.txt"));
    expect(first?.status === "ok" && new TextDecoder().decode(first.value.bytes)).toBe("Title\n\nBody");
  });

  it("reports a file over the cap as too-large, and the cap is configurable", async () => {
    const [huge] = await collectAll([join(dir, "huge.txt")]);
    expect(huge).toMatchObject({ status: "failed", code: "too-large" });
    const [small] = await collectAll([join(dir, "a.txt")], 4);
    expect(small).toMatchObject({ status: "failed", code: "too-large", uri: join(dir, "a.txt") });
  });

  it("reads a README.md that is named explicitly", async () => {
    const [readme] = await collectAll([join(dir, "README.md")]);
    expect(readme?.status).toBe("ok");
  });

  it("turns a missing path or a file that vanished before reading into a failed outcome", async () => {
    const [missing] = await collectAll([join(dir, "nope.txt")]);
    expect(missing).toMatchObject({ status: "failed", code: "not-found" });
    const path = join(dir, "vanishing.txt");
    await writeFile(path, "soon gone");
    const entries = [];
    for await (const entry of walkPaths([path])) entries.push(entry);
    await unlink(path);
    const [entry] = entries;
    if (!entry) throw new Error("walk found nothing");
    expect(await readEntry(entry)).toMatchObject({ status: "failed", code: "not-found", uri: path });
  });

  it.skipIf(!existsSync(newsDir))("walks the news corpus, passing over its README", async () => {
    let readable = 0;
    let readme = 0;
    for await (const entry of walkPaths([newsDir])) {
      if ("format" in entry) readable++;
      else if ("outcome" in entry && entry.outcome.status === "skipped" && entry.outcome.code === "readme")
        readme++;
    }
    expect(readme).toBe(1);
    expect(readable).toBeGreaterThan(1000);
  });
});

describe("collectStdin", () => {
  it("reads a stream and sniffs its format", async () => {
    const doc = await collectStdin(undefined, { stream: Readable.from([Buffer.from("# Title\n\nBody")]) });
    expect(doc).toMatchObject({ status: "ok", uri: "stdin", value: { format: "markdown", uri: "stdin" } });
    const given = await collectStdin("text", { stream: Readable.from(["<p>kept as text</p>"]) });
    expect(given.status === "ok" && given.value.format).toBe("text");
  });

  it("stops at the cap", async () => {
    const doc = await collectStdin("text", {
      stream: Readable.from([Buffer.alloc(10), Buffer.alloc(10)]),
      maxBytes: 15,
    });
    expect(doc).toMatchObject({ status: "failed", code: "too-large" });
  });

  it("sniffs HTML, Markdown and text", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffFormat(enc("  <!DOCTYPE html><html>"))).toBe("html");
    expect(sniffFormat(enc("## Heading"))).toBe("markdown");
    expect(sniffFormat(enc("Plain title\n\nbody"))).toBe("text");
  });
});

if (!existsSync(newsDir))
  console.warn(`collect tests: ${newsDir} is missing; the corpus walk test is skipped`);

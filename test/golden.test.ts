/**
 * Golden records: each bundled sample article → its expected fact sheet in test/golden. A rule change
 * that alters what Blotter extracts shows up here as a diff to review; after reviewing, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceFormat } from "../src/contracts.ts";
import { extractFile } from "../src/app/extract-file.ts";

const samples = resolve(import.meta.dirname, "../samples");
const golden = resolve(import.meta.dirname, "golden");
const formats: Record<string, SourceFormat> = { ".txt": "text", ".md": "markdown", ".html": "html" };
const files = readdirSync(samples).filter((f) => f !== "README.md" && formats[extname(f)]);

describe("golden fact sheets of the samples", () => {
  it.each(files)("%s", (file) => {
    const format = formats[extname(file)] as SourceFormat;
    const out = extractFile({ uri: join(samples, file), bytes: readFileSync(join(samples, file)), format });
    if (out.status !== "ok") throw new Error(out.reason);
    const expectedPath = join(golden, `${file}.facts.json`);
    if (process.env.UPDATE_GOLDEN === "1")
      writeFileSync(expectedPath, `${JSON.stringify(out.value.sheet, null, 2)}\n`);
    expect(out.value.sheet).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});

/**
 * @module bench/hostile
 * Time to clean and extract hostile documents, one shape at a time, at two sizes: the second four
 * times the first, so the ratio shows whether a shape stays linear (about 4x) or grows with the square
 * of its length (about 16x). Shapes are built here, not read: long runs without spaces (defanged URLs,
 * a single word, dotted and hyphenated runs), thousands of names, aliases, capitals joined by "and",
 * dates, one-line sentences, and hostile HTML and Markdown (deep nesting, link runs, unclosed markup).
 * `npx tsx bench/hostile.ts [--size BYTES]` (default 250,000 and 1,000,000 bytes).
 */
import { parseArgs } from "node:util";
import type { RawDocument, SourceFormat } from "../src/contracts.ts";
import { extractFile } from "../src/app/extract-file.ts";

type Shape = (bytes: number) => string;

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const titled = (body: string) => `Police seized a server\n\n${body}`;

const SHAPES: Record<string, [SourceFormat, Shape]> = {
  "defanged URL run": ["text", (n) => titled(repeat("hxxp://a[.]b", n))],
  "one word": ["text", (n) => titled("x".repeat(n))],
  "dotted run": ["text", (n) => titled(repeat("a.", n))],
  "hyphenated run": ["text", (n) => titled(repeat("a-", n))],
  "CVE run": ["text", (n) => titled(repeat("CVE-2021-1", n))],
  "names, commas": ["text", (n) => titled(repeat("John Smith, ", n))],
  aliases: ["text", (n) => titled(repeat("APT28, also known as ", n))],
  "capitals and 'and'": ["text", (n) => titled(repeat("Foo and ", n))],
  capitals: ["text", (n) => titled(repeat("Foo Bar Police Group ", n))],
  dates: ["text", (n) => titled(repeat("on Monday, January 5, 2021 ", n))],
  "one-line sentences": ["text", (n) => titled(repeat("Police arrested two.\n", n))],
  "arrest words": ["text", (n) => titled(repeat("arrested ", n))],
  money: ["text", (n) => titled(`They stole $${repeat("1 million ", n)}`)],
  "combining marks": ["text", (n) => titled(repeat("e\u0301", n))],
  "HTML nesting": ["html", (n) => `<html><body>${repeat("<div>", n / 2)}x</body></html>`],
  "HTML links": [
    "html",
    (n) => `<html><body><p>${repeat('<a href="/x">Read more</a> ', n)}</p></body></html>`,
  ],
  "HTML unclosed": ["html", (n) => `<html><body>${repeat("<p><b><i>Police", n)}</body></html>`],
  "Markdown links": ["markdown", (n) => `# T\n\n${repeat("[a](http://x.com/", n)}`],
  "Markdown emphasis": ["markdown", (n) => `# T\n\n${repeat("*a _b ", n)}`],
  "Markdown table": ["markdown", (n) => `# T\n\n${repeat("| a | b |\n", n)}`],
};

const EXTENSION: Record<SourceFormat, string> = { text: "txt", html: "html", markdown: "md" };

function timeOne(format: SourceFormat, text: string): { ms: number; outcome: string } {
  const doc: RawDocument = {
    uri: `hostile.${EXTENSION[format]}`,
    bytes: new TextEncoder().encode(text),
    format,
  };
  const started = performance.now();
  const result = extractFile(doc, []);
  return { ms: performance.now() - started, outcome: result.status === "ok" ? "ok" : result.code };
}

function main(): void {
  const { values } = parseArgs({ options: { size: { type: "string", default: "250000" } } });
  const small = Number(values.size);
  if (!Number.isInteger(small) || small <= 0)
    throw new Error(`--size expects a whole number, got ${values.size}`);
  // Models and lists load once, before timing.
  timeOne("text", "Police seized a server\n\nOfficers arrested two men in Lyon on Monday.");
  console.log(`hostile documents: clean + extract, ${small} and ${small * 4} bytes (x4: ~4x is linear)`);
  for (const [name, [format, shape]] of Object.entries(SHAPES)) {
    const a = timeOne(format, shape(small));
    const b = timeOne(format, shape(small * 4));
    console.log(
      `${name.padEnd(22)} ${a.ms.toFixed(0).padStart(7)} ms ${b.ms.toFixed(0).padStart(8)} ms  x${(b.ms / Math.max(1, a.ms)).toFixed(1).padStart(5)}  ${b.outcome}`,
    );
  }
}

main();

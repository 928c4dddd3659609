/**
 * @module clean/plain-text
 * Plain text → blocks: the first non-empty line is the title, blank lines separate paragraphs, and
 * lines inside a paragraph are joined (hard-wrapped text reads as one paragraph).
 */
import { collapseSpace, emptyParsed, type ParsedDocument } from "./blocks.ts";

export function parsePlainText(source: string): ParsedDocument {
  const parsed = emptyParsed();
  const text = source.replace(/\r\n?/g, "\n");
  let position = 0;
  let current: { lines: string[]; source: number } | null = null;
  const flush = () => {
    if (!current) return;
    const joined = collapseSpace(current.lines.join(" "));
    if (!parsed.title) parsed.title = joined;
    else if (joined) parsed.blocks.push({ text: joined, source: current.source, kind: "paragraph" });
    current = null;
  };
  for (const line of text.split("\n")) {
    const start = position;
    position += line.length + 1;
    if (line.trim() === "") {
      flush();
      continue;
    }
    // The title is one line even when the body follows without a blank line.
    if (!parsed.title && !current) {
      parsed.title = collapseSpace(line);
      continue;
    }
    current ??= { lines: [], source: start };
    current.lines.push(line);
  }
  flush();
  return parsed;
}

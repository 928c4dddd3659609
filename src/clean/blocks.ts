/**
 * @module clean/blocks
 * The intermediate form every format parser produces: paragraphs of plain text, each with the offset
 * in the source it started at, plus whatever metadata the source carried.
 */
import type { Message } from "../contracts.ts";

export interface Block {
  readonly text: string;
  /** Offset in the decoded source where the block's first line starts. */
  readonly source: number;
  /** Headings and list items are kept as blocks of their own but marked, for boilerplate rules. */
  readonly kind: "paragraph" | "heading";
}

export interface ParsedDocument {
  title: string;
  blocks: Block[];
  published: string | null;
  author: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  originalUrl: string | null;
  language: string | null;
  messages: Message[];
}

export function emptyParsed(): ParsedDocument {
  return {
    title: "",
    blocks: [],
    published: null,
    author: null,
    outlet: null,
    sourceUrl: null,
    canonicalUrl: null,
    originalUrl: null,
    language: null,
    messages: [],
  };
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** Decodes the few entities that survive in Markdown and in markup read without a DOM. */
export function decodeBasicEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** A paragraph that stops mid-sentence: on a plain word or a comma, after a few words. */
const ENDS_MID_SENTENCE = /\S\s+\S+\s+\S+\s+[\p{L}'’-]+,?$/u;
/** A paragraph that goes on a sentence: a lower-case word, then another word. */
const GOES_ON = /^\p{Ll}[\p{L}'’-]*,?\s+[\p{L}"“']/u;

/**
 * Joins paragraphs that a page broke inside a sentence (a `<br>` pair or a blank line in the middle:
 * "…to steal personal information or install" / "tracking tools, malicious code, or malware"), so
 * the sentence is read whole. Headings are never joined.
 */
export function joinBrokenSentences(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      previous?.kind === "paragraph" &&
      block.kind === "paragraph" &&
      ENDS_MID_SENTENCE.test(previous.text.slice(-200)) &&
      GOES_ON.test(block.text)
    )
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${block.text}` };
    else joined.push(block);
  }
  return joined;
}

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

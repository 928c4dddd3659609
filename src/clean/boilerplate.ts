/**
 * @module clean/boilerplate
 * Removes what syndication and site templates add around an article, never article sentences:
 * hashtags in titles, "Source link" / "Click Here For The Original Source" and the footer after them,
 * rule lines, newsletter and cookie boxes, related-links tails. Each removal becomes a message.
 */
import type { Message } from "../contracts.ts";
import type { Block } from "./blocks.ts";

/** Lines an aggregator adds where a copy ends; what follows them is footer. */
const SYNDICATION_MARKER =
  /^(?:source link|click here for (?:the )?original source\.?|read (?:the )?(?:full |original )?(?:article|story)(?: here| at .{1,80})?\.?|(?:this (?:article|story) )?(?:was )?originally (?:appeared|published) (?:on|at|in|by) .{1,120}|view (?:the )?original (?:article|post)\.?)$/i;
const RELATED_HEADING =
  /^(?:related(?: articles| stories| posts| coverage| reading)?|read (?:more|next)|more (?:on|from) .{1,40}|recommended(?: for you)?|you may also like)\s*:?$/i;
const BOX =
  /\b(?:subscribe to (?:our|the) newsletter|sign up for (?:our|the) .{0,30}newsletter|we use cookies|accept (?:all )?cookies|share (?:this|on) (?:article|facebook|twitter)|follow us on)\b/i;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** Strips hashtags an aggregator appends to titles: "Title | #cybercrime | #infosec". */
export function cleanTitle(title: string): string {
  return title
    .replace(/(?:\s*[|–—-]?\s*#[\p{L}\p{N}_]+)+\s*$/u, "")
    .replace(/\s*[|–—-]\s*$/, "")
    .trim();
}

export function removeBoilerplate(blocks: readonly Block[]): { blocks: Block[]; messages: Message[] } {
  const messages: Message[] = [];
  const kept: Block[] = [];
  const drop = (block: Block, why: string) =>
    messages.push({
      code: "boilerplate",
      text: `${why}: "${block.text.slice(0, 60)}"`,
      ...(block.source >= 0 ? { span: [block.source, block.source + block.text.length] as const } : {}),
    });
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const inTail = i >= blocks.length * 0.5;
    if (SYNDICATION_MARKER.test(block.text) && inTail) {
      drop(block, "syndication footer");
      for (const rest of blocks.slice(i + 1)) drop(rest, "after syndication marker");
      break;
    }
    if (RELATED_HEADING.test(block.text) && inTail && i > 0) {
      drop(block, "related links");
      // A list of headlines follows such a heading; article prose after it means it was a section title.
      const rest = blocks.slice(i + 1);
      if (rest.every((b) => b.text.split(" ").length < 20 && !/[.!?]["”]?$/.test(b.text))) {
        for (const link of rest) drop(link, "after related links");
        break;
      }
      continue;
    }
    if (ONLY_PUNCTUATION.test(block.text)) {
      drop(block, "rule line");
      continue;
    }
    if (BOX.test(block.text) && block.text.split(" ").length < 40) {
      drop(block, "newsletter, cookie or share box");
      continue;
    }
    kept.push(block);
  }
  return { blocks: kept, messages };
}

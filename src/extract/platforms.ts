/**
 * @module extract/platforms
 * Online platforms named only as places to post, host or sign in ("wrote on Reddit", "a GitHub
 * repository", "his LinkedIn profile") are tools, not organisations of the story (facts.md: "not
 * products used only as tools"). A platform stays a body where any mention has it act or be acted on:
 * "GitHub security team found", "the Twitter hack", "Twitter's internal network".
 */
import type { ExtractionContext } from "./context.ts";
import type { EntityTable } from "./entities.ts";

/** Platforms whose name is also the service people use. */
const PLATFORMS = new Set([
  "GitHub",
  "GitLab",
  "Reddit",
  "LinkedIn",
  "Twitter",
  "YouTube",
  "Instagram",
  "Telegram",
  "Discord",
  "Pastebin",
  "Twitch",
  "Slack",
]);

/** "on Reddit", "from GitHub", "via Telegram": the platform as a place. */
const PLACE_BEFORE =
  /\b(?:on|via|from|to|through|across|onto)\s+(?:the\s+)?(?:its\s+|their\s+|his\s+|her\s+)?$/i;
/** "a GitHub repository", "one Reddit user", "his LinkedIn profile": a thing on the platform. */
const THING_AFTER =
  /^(?:['’]s)?\s+(?:users?|accounts?|posts?|comments?|threads?|handles?|profiles?|repositor(?:y|ies)|repos?|pages?|channels?|groups?|credentials|records|discussions?|servers?|bios?|feeds?|messages?|chats?|links?|usernames?|subreddits?)\b/i;

/** "Image via @zero_0_days/Twitter": a handle, then the platform it is on. */
const HANDLE_BEFORE = /@[\w.]+\/$/;

/** Words that open a list of examples. */
const EXAMPLES_OPEN = /\b(?:such as|like|including)\s+/g;
/** A kind of platform or service, with no sentence break after it: "social media and messaging use, ". */
const SERVICE_KIND_BEFORE =
  /\b(?:social media|social networks?|messaging|platforms|apps|applications|sites|websites)\b[^.;:]{0,60}$/;
/** Names joined as a list, up to the mention: "Facebook, Instagram, ", "Twitter and ". */
const LISTED_NAMES =
  /^(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*)?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$/u;

/** True where the mention speaks of the platform as a place or a tool, not as a company. */
function usedAsTool(ctx: ExtractionContext, span: readonly [number, number]): boolean {
  const before = ctx.text.slice(Math.max(0, span[0] - 30), span[0]);
  const after = ctx.text.slice(span[1], span[1] + 30);
  return PLACE_BEFORE.test(before) || HANDLE_BEFORE.test(before) || THING_AFTER.test(after);
}

/**
 * True where the mention is an example in a list of platforms or services: "identifying a user's
 * social media and messaging use, such as Facebook, Instagram, Twitter, …". The last "such as" before
 * it opens the list, read once from there: linear in the window, whatever the text holds.
 */
function listedAsService(ctx: ExtractionContext, span: readonly [number, number]): boolean {
  const from = Math.max(0, span[0] - 200);
  const before = ctx.text.slice(from, span[0]);
  let open: RegExpExecArray | null = null;
  for (const match of before.matchAll(EXAMPLES_OPEN)) open = match;
  if (!open) return false;
  return (
    LISTED_NAMES.test(before.slice(open.index + open[0].length)) &&
    SERVICE_KIND_BEFORE.test(ctx.text.slice(Math.max(0, from + open.index - 80), from + open.index))
  );
}

/**
 * Drops platform organisations whose every mention uses the platform as a tool, and any organisation
 * only ever named as an example in a list of platforms or services.
 */
export function dropPlatformsUsedAsTools(ctx: ExtractionContext, table: EntityTable): void {
  for (const key of table.keys("organization")) {
    const entity = table.get(key);
    if (!entity) continue;
    const platform = PLATFORMS.has(entity.name);
    if (entity.mentions.every((m) => (platform && usedAsTool(ctx, m.span)) || listedAsService(ctx, m.span)))
      table.remove(key);
  }
}

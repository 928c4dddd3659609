/**
 * @module dedupe/syndicate
 * Synthetic syndicated copies of an article, for measuring story grouping: what aggregators and
 * reposting sites do to a story. Each copy gets aggregator boilerplate ("Source link", "Click Here For
 * The Original Source.", "The post … appeared first on …", site footers, share bars, hashtags after the
 * title) and, at random, truncation ("Read more…" after the first paragraphs), light edits (adjacent
 * paragraphs swapped, a sentence dropped, a number or word changed) and a changed title; it is dated
 * the same day to a few days later, under another outlet's address. Deterministic: a seeded PRNG, so
 * the same article and seed give the same copies. Input: an article's title, paragraphs and day.
 * Output: copies, and `copyAsMarkdown` lays one out as a news-corpus file for the real pipeline.
 */

export interface SourceArticle {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** YYYY-MM-DD. */
  readonly published: string;
}

export interface SyndicatedCopy extends SourceArticle {
  readonly outlet: string;
  readonly url: string;
  /** What was done to the original, for reports: "boilerplate", "truncated", "edited", "retitled". */
  readonly changes: readonly string[];
}

/** A small seeded PRNG (mulberry32): floats in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number) => random() < p;

const OUTLETS = ["CyberWire Digest", "InfoSec Roundup", "Threat Ledger", "SecOps Daily", "Breach Bulletin"];
const TITLE_TAGS = ["#cybersecurity", "#infosec", "#hacking", "#cybercrime", "#databreach", "#ransomware"];
const TITLE_PREFIXES = ["Report: ", "Breaking: ", "Security news: ", "Update: "];
/** Words a light editor swaps, both ways. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ["attackers", "hackers"],
  ["said", "stated"],
  ["company", "firm"],
  ["researchers", "analysts"],
  ["vulnerability", "flaw"],
  ["malicious", "harmful"],
  ["customers", "clients"],
  ["criminals", "crooks"],
  ["announced", "revealed"],
  ["large", "big"],
];

function retitle(title: string, outlet: string, lead: string, random: Random): string {
  switch (Math.floor(random() * 4)) {
    case 0:
      return `${pick(random, TITLE_PREFIXES)}${title}`;
    case 1:
      return `${title} – ${outlet}`;
    case 2:
      return swapWord(title, random) ?? title.toLowerCase().replace(/^./, (c) => c.toUpperCase());
    default: {
      // The lead's opening words as the headline, as some reposting sites do.
      const words = lead.split(" ").slice(0, 8 + Math.floor(random() * 5));
      return words.join(" ").replace(/[,.;:]$/, "");
    }
  }
}

function swapWord(text: string, random: Random): string | null {
  const present = SYNONYMS.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]).filter(([from]) => new RegExp(`\\b${from}\\b`, "i").test(text));
  if (present.length === 0) return null;
  const [from, to] = pick(random, present) as [string, string];
  return text.replace(new RegExp(`\\b${from}\\b`, "i"), to);
}

/** A copy editor's light touch on one paragraph: a sentence dropped, a number or a word changed. */
function editParagraph(paragraph: string, random: Random): string {
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=["“\p{Lu}])/u);
  const roll = random();
  if (roll < 0.4 && sentences.length >= 2) {
    sentences.splice(1 + Math.floor(random() * (sentences.length - 1)), 1);
    return sentences.join(" ");
  }
  // A count or amount, not part of an identifier or version (CVE-2021-44228, 2.17.1).
  const count = /(?<![\w.-])\d{1,6}(?![\w.-]|\.\d)/;
  if (roll < 0.7 && count.test(paragraph))
    return paragraph.replace(count, (n) => String(Number(n) + 1 + Math.floor(random() * 3)));
  return swapWord(paragraph, random) ?? paragraph;
}

function edit(paragraphs: string[], random: Random): string[] {
  const out = [...paragraphs];
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const at = Math.floor(random() * out.length);
    out[at] = editParagraph(out[at] as string, random);
  }
  if (out.length >= 4) {
    const at = 1 + Math.floor(random() * (out.length - 2));
    [out[at], out[at + 1]] = [out[at + 1] as string, out[at] as string];
  }
  return out;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

function syndicateOnce(article: SourceArticle, random: Random, serial: number): SyndicatedCopy {
  const outlet = pick(random, OUTLETS);
  const changes = ["boilerplate"];
  let paragraphs = [...article.paragraphs];
  let title = article.title;
  if (chance(random, 0.5) && paragraphs.length > 3) {
    paragraphs = paragraphs.slice(0, Math.max(2, Math.round(paragraphs.length * (0.3 + 0.4 * random()))));
    paragraphs.push(pick(random, ["Read more…", "Continue reading…", "Read more..."]));
    changes.push("truncated");
  }
  if (chance(random, 0.6)) {
    paragraphs = edit(paragraphs, random);
    changes.push("edited");
  }
  if (chance(random, 0.5)) {
    title = retitle(title, outlet, article.paragraphs[0] ?? title, random);
    changes.push("retitled");
  }
  if (chance(random, 0.5)) title = `${title} | ${pick(random, TITLE_TAGS)} | ${pick(random, TITLE_TAGS)}`;
  if (chance(random, 0.4))
    paragraphs.unshift(pick(random, ["Share this article:", "Share: Facebook Twitter LinkedIn"]));
  const footer = pick(random, [
    ["Source link"],
    ["Click Here For The Original Source."],
    [`The post ${article.title} appeared first on ${outlet}.`],
    ["Source link", `© ${article.published.slice(0, 4)} ${outlet}. All rights reserved.`],
    ["Click Here For The Original Source.", "Follow us on Twitter and LinkedIn for daily security news."],
  ]);
  return {
    title,
    paragraphs: [...paragraphs, ...footer],
    published: addDays(article.published, Math.floor(random() * 4)),
    outlet,
    url: `https://${slug(outlet)}.example/${slug(article.title)}-${serial}`,
    changes,
  };
}

/**
 * `count` syndicated copies of `article`, the same for the same `seed`.
 * @example const copies = syndicate({ title, paragraphs, published: "2024-03-06" }, 3, 42);
 */
export function syndicate(article: SourceArticle, count: number, seed: number): SyndicatedCopy[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, serial) => syndicateOnce(article, random, serial));
}

/** A copy laid out as a news-corpus Markdown file (title, metadata block, article body). */
export function copyAsMarkdown(copy: SyndicatedCopy): string {
  return [
    `# ${copy.title}`,
    "",
    "## Information:",
    `+ Source: ${copy.outlet}`,
    `+ Link: ${copy.url}`,
    `+ Date: ${copy.published}`,
    "",
    "## Article:",
    ...copy.paragraphs.flatMap((p) => ["", p]),
    "",
  ].join("\n");
}

/**
 * @module bench/story-scale
 * Large story-grouping inputs for timing: the corpus replicated with variations, as a feed of that
 * size would look. Extracting 100,000 articles through the pipeline would take most of an hour, so
 * each corpus article is extracted once and its replicas derived: syndicated copies of its cleaned
 * text (dedupe/syndicate: boilerplate, truncation, edits, new titles, dated 0–3 days later) with its
 * fact sheet reused, a fact dropped now and then. The replicas fall in eras two years apart, each era
 * ERA_SIZE articles: the corpus in a shuffled order, one to four copies of each, and more copies from a
 * second pass until the era is full. Every era is full and as dense as the others, so a feed twice the
 * size spans twice the time, as an archive grows; an era filled part-way (before, the first outlets in
 * corpus order) made the sizes differ in density, and the pairs to score grew faster than the input.
 */
import { createHash } from "node:crypto";
import type { FactSheet } from "../src/contracts.ts";
import type { StoryInput } from "../src/dedupe/stories.ts";
import { seededRandom, syndicate } from "../src/dedupe/syndicate.ts";

const ERA_DAYS = 730;
/** Articles per era: 25,000, 50,000 and 100,000 are two, four and eight full eras. */
export const ERA_SIZE = 12_500;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The sheet with, at random, one organisation, person or place left out, as a re-extraction might. */
function perturbSheet(sheet: FactSheet, random: () => number): FactSheet {
  const roll = random();
  const dropOne = <T>(items: T[]) => items.filter((_, i) => i !== Math.floor(random() * items.length));
  if (roll < 0.15) return { ...sheet, organizations: dropOne(sheet.organizations) };
  if (roll < 0.3) return { ...sheet, persons: dropOne(sheet.persons) };
  if (roll < 0.45) return { ...sheet, places: dropOne(sheet.places) };
  return sheet;
}

/** `size` story inputs derived from `base` (dated articles only), the same for the same seed. */
export function replicateStories(base: readonly StoryInput[], size: number, seed = 11): StoryInput[] {
  const random = seededRandom(seed);
  const dated = base.filter((b): b is StoryInput & { published: string } => b.published !== null);
  const out: StoryInput[] = [];
  if (dated.length === 0) return out;
  for (let era = 0; out.length < size; era++) {
    const eraEnd = Math.min(size, out.length + ERA_SIZE);
    const order = dated.map((input, index) => ({ input, index, key: random() }));
    order.sort((a, b) => a.key - b.key);
    for (let pass = 0; out.length < eraEnd; pass++)
      for (const { input, index } of order) {
        if (out.length >= eraEnd) break;
        const published = shiftDay(input.published.slice(0, 10), era * ERA_DAYS);
        const [title, ...paragraphs] = input.text.split("\n\n");
        const source = { title: title ?? input.title, paragraphs, published };
        const copySeed = seed + era * 1_000_003 + pass * 7_919 + index;
        const copies = syndicate(source, 1 + Math.floor(random() * 4), copySeed);
        for (const [n, copy] of copies.entries()) {
          if (out.length >= eraEnd) break;
          const text = [copy.title, ...copy.paragraphs].join("\n\n");
          out.push({
            articleId: `${input.articleId}#era${era}-pass${pass}-copy${n}`,
            published: copy.published,
            title: copy.title,
            text,
            contentHash: createHash("sha1").update(text).digest("hex"),
            sheet: perturbSheet(input.sheet, random),
          });
        }
      }
  }
  return out;
}

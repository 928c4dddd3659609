/**
 * @module bench/story-scale
 * Large story-grouping inputs for timing: the corpus replicated with variations, as a feed of that
 * size would look. Extracting 100,000 articles through the pipeline would take most of an hour, so
 * each corpus article is extracted once and its replicas derived: syndicated copies of its cleaned
 * text (dedupe/syndicate: boilerplate, truncation, edits, new titles, dated 0–3 days later) with its
 * fact sheet reused, a fact dropped now and then. The replicas of an article fall in several eras two
 * years apart, one to four per era, so they are partly copies within one window and partly in others.
 */
import { createHash } from "node:crypto";
import type { FactSheet } from "../src/contracts.ts";
import type { StoryInput } from "../src/dedupe/stories.ts";
import { seededRandom, syndicate } from "../src/dedupe/syndicate.ts";

const ERA_DAYS = 730;

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
  for (let era = 0; out.length < size; era++) {
    dated.forEach((input, index) => {
      if (out.length >= size) return;
      const published = shiftDay(input.published.slice(0, 10), era * ERA_DAYS);
      const [title, ...paragraphs] = input.text.split("\n\n");
      const source = { title: title ?? input.title, paragraphs, published };
      const copies = syndicate(source, 1 + Math.floor(random() * 4), seed + era * 1_000_003 + index);
      copies.forEach((copy, n) => {
        if (out.length >= size) return;
        const text = [copy.title, ...copy.paragraphs].join("\n\n");
        out.push({
          articleId: `${input.articleId}#era${era}-copy${n}`,
          published: copy.published,
          title: copy.title,
          text,
          contentHash: createHash("sha1").update(text).digest("hex"),
          sheet: perturbSheet(input.sheet, random),
        });
      });
    });
  }
  return out;
}

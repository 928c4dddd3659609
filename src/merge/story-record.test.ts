/**
 * Merging a story's articles, on the two invented sample reports of one raid (a regional outlet's first
 * report and an aggregator's later copy) run through the real pipeline: each fact once with both
 * sources, and the outlets' different head counts flagged, not averaged away.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "../app/extract-file.ts";
import type { SourceFormat } from "../contracts.ts";
import { mergeStory, type StoryArticle } from "./story-record.ts";

const samples = resolve(import.meta.dirname, "../../samples");

function sample(name: string, format: SourceFormat): StoryArticle {
  const out = extractFile({ uri: name, bytes: readFileSync(resolve(samples, name)), format });
  if (out.status !== "ok") throw new Error(`${name}: ${out.reason}`);
  return out.value;
}

describe("mergeStory", () => {
  const first = sample("angeles-city-raid-first-report.html", "html");
  const copy = sample("angeles-city-scam-hub-raid.txt", "text");
  const story = mergeStory("s_test", [first, copy]);
  const ids = [first.article.id, copy.article.id];
  const sourcesOf = (fact: { sources: readonly { articleId: string }[] } | undefined) =>
    fact?.sources.map((s) => s.articleId);

  it("lists the articles in the order given, earliest first", () => {
    expect(story.articles.map((a) => a.articleId)).toStrictEqual(ids);
    expect(story.title).toBe(first.article.title);
  });

  it("keeps each fact once with every article that states it, and their fact ids", () => {
    const agency = story.agencies.find((a) => a.value.includes("PCEC"));
    expect(agency?.value).toContain("Philippine Cyber Enforcement Command");
    expect(sourcesOf(agency)).toStrictEqual(ids);
    for (const source of agency?.sources ?? []) expect(source.factIds.length).toBeGreaterThan(0);
    expect(sourcesOf(story.places.find((p) => p.value === "Angeles City"))).toStrictEqual(ids);
    expect(sourcesOf(story.countries.find((c) => c.value === "CN"))).toStrictEqual(ids);
    const person = story.persons.find((p) => p.value.includes("Marivic Santos-Dela Cruz"));
    expect(sourcesOf(person)).toStrictEqual(ids);
  });

  it("keeps a fact only one article states, naming that article alone", () => {
    const vietnam = story.countries.find((c) => c.value === "VN");
    expect(vietnam).toBeDefined();
    const onlyCopy = story.places.find((p) => p.value === "San Fernando");
    expect(sourcesOf(onlyCopy)).toStrictEqual([copy.article.id]);
  });

  it("flags the outlets' different arrest totals, each value with its source", () => {
    const arrested = story.disagreements.find((d) => d.about === "arrested");
    expect(arrested?.values.map((v) => [v.value, sourcesOf(v)])).toStrictEqual([
      [185, [first.article.id]],
      [186, [copy.article.id]],
    ]);
    expect(story.disagreements.find((d) => d.about === "arrested/CN")).toBeUndefined();
  });

  it("says nothing disagrees when one article is merged with itself", () => {
    const alone = mergeStory("s_alone", [first]);
    expect(alone.disagreements).toStrictEqual([]);
    expect(alone.counts.map((c) => c.value)).toContainEqual({ counted: "arrested", value: 185 });
  });
});

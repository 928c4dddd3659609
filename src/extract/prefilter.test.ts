import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CRIME_TRIGGERS, EVENT_TRIGGERS } from "./events.ts";
import type { Sentence } from "./analyse.ts";
import { matchesIn, prefiltered } from "./context.ts";
import { LiteralSieve, requiredLiterals } from "./prefilter.ts";

const literals = (re: RegExp) => {
  const set = requiredLiterals(re);
  return set ? [...set].sort() : null;
};

describe("requiredLiterals", () => {
  it("takes each alternative's literal, up to an optional ending", () => {
    expect(literals(/\barrest(?:ed|s)?\b|\bdetain(?:ed)?\b/)).toEqual(["arrest", "detain"]);
  });

  it("multiplies small character classes and groups out, folding case", () => {
    expect(literals(/[Rr]aid(?:s|ed)\b/)).toEqual(["raided", "raids"]);
  });

  it("skips look-arounds, which consume nothing", () => {
    expect(literals(/(?<!anti-)malware(?! analysts?)/)).toEqual(["malware"]);
  });

  it("picks the longer literal of a sequence as the better filter", () => {
    expect(literals(/\b(?:in|at) \w+ custody\b/)).toEqual([" custody"]);
  });

  it("gives null when a match needs no literal", () => {
    expect(literals(/\b\w+\b|custody/)).toBeNull();
    expect(literals(/\b\w+ed\b/)).toEqual(["ed"]);
    expect(literals(/(?:arrest)?\d+/)).toBeNull();
    expect(literals(/[a-z]{3,}/)).toBeNull();
  });

  it("keeps what a repeated part requires", () => {
    expect(literals(/(?:fraud )+\d/)).toEqual(["fraud "]);
  });
});

describe("LiteralSieve", () => {
  it("reports each regex whose literal the text holds, in any case", () => {
    const sieve = new LiteralSieve(
      new Map([
        ["arrest", /\barrest(?:ed)?\b/],
        ["raid", /\braid(?:ed)?\b/],
        ["any", /\d+/],
      ]),
    );
    const keys = (text: string) => sieve.keys.filter((_, i) => sieve.scan(text) & (1 << i));
    expect(keys("Police RAIDED the office.")).toEqual(["raid", "any"]);
    expect(keys("They were arrested after the raid.")).toEqual(["arrest", "raid", "any"]);
    expect(keys("Nothing here.")).toEqual(["any"]);
  });

  it("never hides a trigger match in the sample articles (the filter is sound)", () => {
    const samples = resolve(dirname(fileURLToPath(import.meta.url)), "../../samples");
    const sentences = readdirSync(samples)
      .filter((name) => /\.(?:md|txt|html)$/.test(name))
      .flatMap((name) => readFileSync(join(samples, name), "utf8").split(/(?<=[.!?:])\s+|\n+/));
    let checked = 0;
    for (const triggers of [EVENT_TRIGGERS, CRIME_TRIGGERS] as Readonly<Record<string, RegExp>>[]) {
      const sieve = new LiteralSieve(new Map(Object.entries(triggers)));
      for (const sentence of sentences) {
        const candidates = sieve.scan(sentence);
        for (const [bit, type] of sieve.keys.entries()) {
          const trigger = triggers[type];
          if (!trigger) continue;
          const re = new RegExp(trigger.source, trigger.flags.replace("g", ""));
          if (!re.test(sentence)) continue;
          checked++;
          expect({ type, sentence, passed: (candidates & (1 << bit)) !== 0 }).toMatchObject({ passed: true });
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("prefiltered patterns", () => {
  const sentence = (text: string): Sentence => ({
    text,
    span: [0, text.length],
    index: 0,
    paragraph: 0,
    tokens: [0, 0],
  });

  it("skips sentences without the pattern's literals and finds every match in the others", () => {
    const re = prefiltered(/\b(?:arrested|detained) (\d+)\b/g);
    expect([...matchesIn(re, sentence("Police ARRESTED 4 and detained 2 more."))]).toHaveLength(1);
    expect([...matchesIn(re, sentence("Police questioned the suspects."))]).toHaveLength(0);
    const folded = prefiltered(/\barrested\b/gi);
    expect([...matchesIn(folded, sentence("Police ARRESTED four."))]).toHaveLength(1);
  });

  it("refuses a pattern that folds case by Unicode rules, which the ASCII sieve cannot follow", () => {
    expect(() => prefiltered(/\barrested\b/giu)).toThrow(/folds case by Unicode rules/);
  });
});

import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse.ts";

describe("analyseText", () => {
  it("ends no sentence at a period glued to the next word (a domain, a file name), but does at a spaced one", () => {
    const text =
      "Victims were told to check the Investor.gov search tool. The loader connects to ipwhois.app and drops update.sys before it runs.\n\nThe police said so. Two were held.";
    const sentences = analyseText(text).sentences.map((s) => s.text);
    expect(sentences).toEqual([
      "Victims were told to check the Investor.gov search tool.",
      "The loader connects to ipwhois.app and drops update.sys before it runs.",
      "The police said so.",
      "Two were held.",
    ]);
  });

  it("reads a text the same whatever was read before it (wink's lexicon grows as it reads)", () => {
    const probe = "The keys stay locked in Zentrova's secure chip, the firm said.";
    const tokens = () => analyseText(probe).tokens.map((t) => `${t.text}/${t.pos}`);
    const first = tokens();
    expect(first.slice(4, 7)).toEqual(["in/ADP", "Zentrova/PROPN", "'s/PART"]);
    // A sentence ending in the possessive makes wink keep "Zentrova's" whole there; it must not stay so.
    analyseText("Phishing rose on every platform last year, not just Zentrova's. Nor did they stop.");
    expect(tokens()).toEqual(first);
  });
});

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
});

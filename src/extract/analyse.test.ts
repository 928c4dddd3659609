import { describe, expect, it, vi } from "vitest";
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

  it("reads each text as a fresh reader does, after any other texts (names other texts left in wink's lexicon)", async () => {
    const texts = [
      "Romeo And Juliet hackers hit every bank, not just Kestrelbank's. Nor did the team pay 10USD or 5,000 AUD.",
      "Kestrelbank's CEO said Zorvath-linked actors used version 2017.02.4 of Quillnet's portal. Zorvath denied it.",
      "Police in Varnholm arrested two Zorvath affiliates; the AUD and USD accounts of Quillnet were frozen.",
      "Quillnet's CISO, Dr. Kestrel, said: \"We paid nothing.\" Varnholm's police chief agreed.",
    ];
    type Analyse = typeof analyseText;
    const reading = (analyse: Analyse, text: string) =>
      analyse(text).tokens.map((t) => `${t.start}:${t.text}/${t.pos}`);
    // Each module instance has its own reader: a fresh one per text gives the reference reading.
    const freshReader = async (): Promise<Analyse> => {
      vi.resetModules();
      return (await import("./analyse.ts")).analyseText;
    };
    const reference: string[][] = [];
    for (const text of texts) reference.push(reading(await freshReader(), text));
    const shared = await freshReader();
    expect(texts.map((text) => reading(shared, text))).toEqual(reference);
    expect([...texts].reverse().map((text) => reading(shared, text))).toEqual([...reference].reverse());
  });
});

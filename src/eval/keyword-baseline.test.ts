import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type EventType } from "../contracts.ts";
import { EVENT_KEYWORDS, keywordBaselineSheet } from "./keyword-baseline.ts";
import { emptySheet } from "./score.ts";

/** One everyday sentence per event type, each expected to trigger that type's regex. */
const SENTENCES: Record<EventType, string> = {
  "attack/data-breach": "The retailer disclosed a data breach.",
  "attack/phishing": "Staff received phishing emails.",
  "attack/ransomware": "A Ransomware gang hit the hospital.",
  "attack/ddos": "A distributed denial-of-service flood hit the bank.",
  "attack/malware": "The loader drops a banking trojan.",
  "attack/espionage": "A campaign of cyber-espionage against ministries.",
  "fraud/scam": "Victims of the investment scam lost savings.",
  "vulnerability/disclosure": "Researchers found a vulnerability in the router.",
  "vulnerability/patch": "The vendor released a security update.",
  "law-enforcement/raid": "Officers raided 12 premises.",
  "law-enforcement/arrest": "Two suspects were detained.",
  "law-enforcement/charge": "He was indicted in New York.",
  "law-enforcement/court": "The trial opens next week.",
  "law-enforcement/conviction": "She was sentenced to four years.",
  "law-enforcement/extradition": "He was extradited to the US.",
  "law-enforcement/takedown": "Police seized the servers.",
  "law-enforcement/sanction": "The Treasury sanctioned the exchange.",
};

describe("keywordBaselineSheet", () => {
  it("has one regex per event type of the spec", () => {
    expect(Object.keys(EVENT_KEYWORDS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)("spots %s from its everyday words", (type) => {
    expect(keywordBaselineSheet("a1", SENTENCES[type]).event_types).toEqual([type]);
  });

  it("fills event_types and cves only, CVEs upper-cased and once each", () => {
    const text =
      "Police arrest ransomware gang\n\nThe gang exploited cve-2021-44228 and CVE-2021-44228, then CVE-2022-0001.";
    expect(keywordBaselineSheet("a1", text)).toEqual({
      ...emptySheet("a1"),
      event_types: ["attack/ransomware", "law-enforcement/arrest"],
      cves: ["CVE-2021-44228", "CVE-2022-0001"],
    });
  });

  it("matches whole words only", () => {
    const sheet = keywordBaselineSheet("a1", "A scamper past the detainee; courtyard patchwork; CVE-2021-1.");
    expect(sheet.event_types).toEqual([]);
    expect(sheet.cves).toEqual([]);
  });

  it("is deliberately naive: negation and background still count", () => {
    const text = "No one was arrested, and the ransomware attack of 2019 is unrelated.";
    expect(keywordBaselineSheet("a1", text).event_types).toEqual([
      "attack/ransomware",
      "law-enforcement/arrest",
    ]);
  });
});

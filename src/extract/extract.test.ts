import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article, FactSheet, IncidentRecord } from "../contracts.ts";
import { cleanDocument } from "../clean/index.ts";
import { extractRecord, toFactSheet } from "./index.ts";

const shared = resolve(import.meta.dirname, "../../../shared");
const seedPath = resolve(shared, "corpus/seed/faisalabad-nccia-raid.txt");

function article(text: string, published: string | null = null): Article {
  const outcome = cleanDocument({
    uri: "mem://case.txt",
    bytes: new TextEncoder().encode(text),
    format: "text",
    hints: published ? { published } : {},
  });
  if (outcome.status !== "ok") throw new Error(outcome.reason);
  return outcome.value;
}
function run(
  text: string,
  published: string | null = null,
): { record: IncidentRecord; sheet: FactSheet; a: Article } {
  const a = article(text, published);
  const record = extractRecord(a);
  return { record, sheet: toFactSheet(a, record), a };
}

describe("extractRecord", () => {
  it.skipIf(!existsSync(seedPath))("reproduces the seed's fact sheet", () => {
    const outcome = cleanDocument({ uri: seedPath, bytes: readFileSync(seedPath), format: "text" });
    if (outcome.status !== "ok") throw new Error(outcome.reason);
    const sheet = toFactSheet(outcome.value, extractRecord(outcome.value));
    expect(sheet.arrested).toEqual({ total: 149, by_nationality: { CN: 48, PK: 78 } });
    expect(sheet.threat_actors.map((t) => [t.names[0], t.linked])).toEqual([
      ["APT31", false],
      ["APT27", false],
    ]);
    expect(new Set(sheet.event_types)).toEqual(
      new Set(["law-enforcement/raid", "law-enforcement/arrest", "law-enforcement/court", "fraud/scam"]),
    );
    expect(sheet.places).toEqual(["Faisalabad", "Shahkot", "Punjab"]);
    expect(sheet.countries).not.toContain("EU");
  });

  it("keeps evidence for every fact inside the text, and the same ids on a second run", () => {
    const text =
      "Police in Madrid arrest 16 over banking trojans\n\nSpanish police arrested 16 people in Madrid on Tuesday, including 12 Colombian nationals, for laundering €3.5 million stolen with the Grandoreiro malware.";
    const { record } = run(text, "2022-06-02");
    const facts = [
      ...record.entities,
      ...record.events,
      ...record.counts,
      ...record.money,
      ...record.crimeTypes,
      ...record.dates,
      ...record.iocs,
      ...record.roles,
      ...record.attributions,
    ];
    expect(facts.length).toBeGreaterThan(8);
    for (const fact of facts) {
      if (fact.evidence === null) continue;
      for (const [start, end] of fact.evidence.spans) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(record.text.length);
        expect(end).toBeGreaterThan(start);
      }
      expect(fact.provenance.version).toMatch(/\d/);
      expect(fact.confidence).toBeGreaterThan(0);
    }
    expect(run(text, "2022-06-02").record).toEqual(record);
  });

  it("tells asserted, alleged, not-linked and background attribution apart", () => {
    const asserted = run(
      "Hospital hit by ransomware\n\nThe LockBit gang claimed responsibility for the attack on the hospital on Friday.",
    );
    expect(asserted.record.attributions[0]?.modality).toBe("asserted");
    expect(asserted.sheet.threat_actors[0]?.linked).toBe(true);
    const alleged = run(
      "Ministry breached\n\nThe breach at the ministry is suspected to be the work of APT28, researchers said.",
    );
    expect(alleged.record.attributions[0]?.modality).toBe("alleged");
    expect(alleged.record.attributions[0]?.cue?.text).toMatch(/suspected/i);
    const denied = run(
      "Call centre raided in Manila\n\nPolice raided a call centre in Manila and arrested 40 people.\n\nThe operation has not been linked to Lazarus Group, officials said.",
    );
    expect(denied.record.attributions[0]?.modality).toBe("not-linked");
    expect(denied.record.attributions[0]?.cue?.text).toMatch(/not been linked/);
    const background = run(
      "Bank fined over weak controls\n\nA regulator fined a bank for weak controls.\n\nIn the past, groups such as APT38 have targeted banks worldwide.",
    );
    expect(background.sheet.threat_actors[0]?.linked).toBe(false);
  });

  it("reads counts written as words, sums parts, flags disagreement and keeps vague counts out of the sheet", () => {
    const words = run(
      "Raid\n\nOfficers detained twenty-three suspects, including eleven Vietnamese nationals, in the raid.",
    );
    expect(words.sheet.arrested).toEqual({ total: 23, by_nationality: { VN: 11 } });
    const other = words.record.counts[0]?.parts.find((p) => p.key === "other");
    expect(other).toMatchObject({ value: 12, derived: true, evidence: null });
    const inconsistent = run(
      "Raid\n\nPolice arrested 10 people, including 8 Thai nationals. The detainees include 5 Thai men and 4 Thai women.",
    );
    expect(inconsistent.record.counts[0]?.consistent).toBe(false);
    const vague = run("Raid\n\nPolice arrested more than two dozen people in the raid.");
    expect(vague.record.counts[0]?.vague).toMatch(/more than/);
    expect(vague.sheet.arrested).toBeNull();
  });

  it("finds money with its role and leaves out fines and rewards", () => {
    const { sheet, record } = run(
      "Firm loses millions\n\nScammers stole $5.3 million from the firm. The regulator later fined the firm £2 million. A reward of up to $10 million is offered.",
    );
    expect(sheet.money).toEqual([{ amount: 5_300_000, currency: "USD" }]);
    expect(record.money[0]?.role).toBe("stolen");
  });

  it("refangs indicators and keeps false positives with their reason", () => {
    const { record } = run(
      "Phishing wave\n\nThe lure linked to hxxps://login-secure[.]example-bank[.]ru/verify and dropped invoice.zip. Victims on version 10.2.3.4 were hit; traffic went to 185.220.101.23, 198.51.100.23 and google.com.",
    );
    const byValue = new Map(record.iocs.map((i) => [i.value, i]));
    expect(byValue.get("https://login-secure.example-bank.ru/verify")?.benign).toBeNull();
    expect(byValue.get("invoice.zip")?.benign).toBe("file name");
    expect(byValue.get("10.2.3.4")?.benign).toBe("version number");
    expect(byValue.get("185.220.101.23")?.benign).toBeNull();
    expect(byValue.get("198.51.100.23")?.benign).toBe("documentation example");
    expect(byValue.get("google.com")?.benign).toBe("well-known benign host");
  });

  it("resolves dates against the publication date, and keeps them as text without one", () => {
    const text = "Raid\n\nPolice raided the office on Monday and arrested two men.";
    expect(run(text, "2024-03-14").record.dates[0]?.date).toEqual({
      text: "on Monday",
      resolved: "2024-03-11",
    });
    expect(run(text).record.dates[0]?.date.resolved).toBeNull();
  });

  it("reads no date from a span of time, but does from a time counted back", () => {
    const text =
      "Spies hid in VPN appliances\n\nThe group abused the flaw for six months and the vendor shipped a fix within 48 hours. The intrusion was found 3 days ago.";
    const dates = run(text, "2024-03-14").record.dates.map((d) => d.date);
    expect(dates).toEqual([{ text: "3 days ago", resolved: "2024-03-11" }]);
  });

  it("links a state body named only as a sponsor as an organisation, and people to their roles", () => {
    const { sheet, record } = run(
      "Spies strike again\n\nThe attack was carried out by APT40, which is believed to operate under China's Ministry of State Security. Agency spokesperson Maria Lopez said the Federal Police of Brazil are investigating, and Lopez added that Jorge Silva, a former director of Banco Azul, has not been arrested.",
    );
    expect(sheet.organizations.flat()).toContain("Ministry of State Security");
    expect(sheet.agencies.flat()).not.toContain("Ministry of State Security");
    expect(sheet.persons.map((p) => p[0])).toEqual(["Maria Lopez", "Jorge Silva"]);
    expect(record.roles.map((r) => [r.role, r.negated])).toEqual(
      expect.arrayContaining([
        ["Agency spokesperson", false],
        ["former director of Banco Azul", false],
        ["arrested", true],
      ]),
    );
    expect(sheet.threat_actors[0]).toMatchObject({ linked: true });
  });

  it("geocodes places with their country and ignores city names used as other words", () => {
    const { record, sheet } = run(
      "Raid in Pakistan\n\nInvestigators raided a building in Faisalabad. Mobile phones were seized.",
    );
    const place = record.entities.find((e) => e.type === "place");
    expect(place).toMatchObject({
      name: "Faisalabad",
      attributes: { country: "PK" },
      kb: { source: "geonames" },
    });
    expect(sheet.places).toEqual(["Faisalabad"]);
  });
});

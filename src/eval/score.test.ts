import { describe, expect, it } from "vitest";
import type { FactSheet } from "../contracts.ts";
import {
  actorLinkErrors,
  arrestedItems,
  emptySheet,
  moneyMatches,
  scoreActors,
  scoreNameLists,
  scoreSheet,
  SLOTS,
  summariseScores,
  toScore,
} from "./score.ts";

function sheet(overrides: Partial<FactSheet> = {}): FactSheet {
  return { ...emptySheet("a1"), ...overrides };
}

const full: FactSheet = {
  id: "a1",
  source_url: "https://example.org/story",
  published: "2021-11-29",
  event_types: ["law-enforcement/raid", "law-enforcement/arrest"],
  agencies: [["National Cybercrime Investigation Agency", "NCCIA"]],
  persons: [["Jane Roe"]],
  organizations: [["Example Power Company", "EPC"]],
  threat_actors: [
    { names: ["APT31", "Zirconium"], linked: false },
    { names: ["Wizard Spider"], linked: true },
  ],
  countries: ["PK", "CN"],
  places: ["Faisalabad", "Punjab"],
  arrested: { total: 149, by_nationality: { CN: 48, PK: 78 } },
  crime_types: ["hacking"],
  cves: ["CVE-2021-40449"],
  malware: [["TrickBot"]],
  money: [{ amount: 10_000_000, currency: "EUR" }],
};

describe("perfect and empty sheets", () => {
  it("scores a sheet against itself as 1.0 in every slot", () => {
    const result = scoreSheet(full, full);
    expect(result.total.f1).toBe(1);
    expect(result.total.fp + result.total.fn).toBe(0);
    for (const slot of SLOTS) expect(toScore(result.slots[slot]).f1).toBe(1);
    expect(result.total.tp).toBe(22);
  });

  it("scores empty against empty as a vacuous 1.0 with no items", () => {
    const result = scoreSheet(emptySheet("x"), emptySheet("x"));
    expect(result.total).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it("scores an empty prediction as all false negatives", () => {
    const result = scoreSheet(emptySheet("a1"), full);
    // 22 gold items less the 2 actor_linked ones, which only exist for matched actor pairs.
    expect(result.total).toMatchObject({ tp: 0, fp: 0, fn: 20, precision: 0, recall: 0, f1: 0 });
    expect(result.slots.arrested).toEqual({ tp: 0, fp: 0, fn: 3 });
  });

  it("scores predictions against an empty gold as all false positives", () => {
    const result = scoreSheet(full, emptySheet("a1"));
    expect(result.total).toMatchObject({ tp: 0, fp: 20, fn: 0, f1: 0 });
    // actor_linked only scores matched actor pairs, so it gives nothing here.
    expect(result.slots.actor_linked).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("takes the article id from the gold sheet", () => {
    expect(scoreSheet(sheet({ id: "other" }), sheet({ id: "gold" })).id).toBe("gold");
  });
});

describe("name lists", () => {
  it("matches when any alias equals any alias after normalising", () => {
    expect(scoreNameLists([["N.C.C.I.A."]], [["National Cybercrime Investigation Agency", "NCCIA"]])).toEqual(
      {
        tp: 1,
        fp: 0,
        fn: 0,
      },
    );
    expect(scoreNameLists([["Najeeb ul Hassan"]], [["Najeeb-ul-Hassan"]])).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("drops a leading 'the' but not a 'the' inside a name", () => {
    expect(scoreNameLists([["The Shadow Brokers"]], [["Shadow Brokers"]])).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreNameLists([["Bank of the West"]], [["Bank of West"]])).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("does not match different names", () => {
    expect(scoreNameLists([["FESCO"]], [["LESCO"]])).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("matches one-to-one: two predictions of one gold item give one TP and one FP", () => {
    expect(
      scoreNameLists(
        [["NCCIA"], ["National Cybercrime Investigation Agency"]],
        [["NCCIA", "National Cybercrime Investigation Agency"]],
      ),
    ).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("finds the maximum matching where greedy would not", () => {
    // Greedy pairs pred 0 with gold 0 (both share "a"), leaving pred 1 (only "a") unmatched.
    const pred = [["A", "B"], ["A"]];
    const gold = [["A"], ["B"]];
    expect(scoreNameLists(pred, gold)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(scoreNameLists([...pred].reverse(), [...gold].reverse())).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("ignores items whose aliases normalise to nothing", () => {
    expect(scoreNameLists([["!!!"]], [])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("scores agencies, persons, organizations and malware by these rules", () => {
    const result = scoreSheet(
      sheet({
        agencies: [["the FBI"]],
        persons: [["J. Roe"]],
        organizations: [["EPC"]],
        malware: [["Trickbot"]],
      }),
      sheet({
        agencies: [["FBI"]],
        persons: [["Jane Roe"]],
        organizations: [["Example Power Company", "EPC"]],
        malware: [["TrickBot"]],
      }),
    );
    expect(result.slots.agencies).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(result.slots.persons).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(result.slots.organizations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(result.slots.malware).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("threat actors and actor_linked", () => {
  /** Two Lazarus entries on each side, whose flags agree only under one of the two matchings. */
  const TWO_LAZARUS = {
    pred: [
      { names: ["Lazarus"], linked: true },
      { names: ["Lazarus", "ZINC"], linked: false },
    ],
    gold: [
      { names: ["ZINC", "Lazarus"], linked: false },
      { names: ["Lazarus Group", "Lazarus"], linked: true },
    ],
  };

  it("scores a matched actor with agreeing flags as TP in both slots", () => {
    const result = scoreActors(
      [{ names: ["Zirconium"], linked: false }],
      [{ names: ["APT31", "Zirconium"], linked: false }],
    );
    expect(result).toEqual({ threat_actors: { tp: 1, fp: 0, fn: 0 }, actor_linked: { tp: 1, fp: 0, fn: 0 } });
  });

  it("scores a disagreeing flag as one FP and one FN in actor_linked only", () => {
    const result = scoreActors([{ names: ["APT31"], linked: true }], [{ names: ["APT31"], linked: false }]);
    expect(result).toEqual({ threat_actors: { tp: 1, fp: 0, fn: 0 }, actor_linked: { tp: 0, fp: 1, fn: 1 } });
  });

  it("leaves unmatched actors to threat_actors, not actor_linked", () => {
    const result = scoreActors([{ names: ["Conti"], linked: true }], [{ names: ["APT27"], linked: true }]);
    expect(result).toEqual({ threat_actors: { tp: 0, fp: 1, fn: 1 }, actor_linked: { tp: 0, fp: 0, fn: 0 } });
  });

  it("chooses the matching that agrees on flags, whatever the order", () => {
    const { pred, gold } = TWO_LAZARUS;
    const expected = { threat_actors: { tp: 2, fp: 0, fn: 0 }, actor_linked: { tp: 2, fp: 0, fn: 0 } };
    expect(scoreActors(pred, gold)).toEqual(expected);
    expect(scoreActors([...pred].reverse(), gold)).toEqual(expected);
    expect(scoreActors(pred, [...gold].reverse())).toEqual(expected);
  });

  it("names each wrong linked flag, with its kind", () => {
    const pred = [
      { names: ["APT31"], linked: true },
      { names: ["Naikon"], linked: false },
      { names: ["Milan"], linked: true },
      { names: ["Conti"], linked: false },
      { names: ["APT27"], linked: true },
    ];
    const gold = [
      { names: ["APT31", "Zirconium"], linked: false },
      { names: ["Naikon"], linked: true },
      { names: ["APT27"], linked: true },
    ];
    expect(actorLinkErrors(pred, gold)).toEqual([
      { actor: "APT31", kind: "wrong-link" },
      { actor: "Naikon", kind: "missed-link" },
      { actor: "Milan", kind: "unlisted-actor-linked" },
    ]);
    expect(actorLinkErrors(gold, gold)).toEqual([]);
  });

  it("finds exactly the disagreements actor_linked counts, whatever the order", () => {
    const { pred, gold } = TWO_LAZARUS;
    expect(actorLinkErrors(pred, gold)).toEqual([]);
    expect(actorLinkErrors([...pred].reverse(), gold)).toEqual([]);
  });
});

describe("plain string sets", () => {
  it("collapses duplicates and matches by equality", () => {
    const result = scoreSheet(
      sheet({
        event_types: ["fraud/scam", "fraud/scam", "attack/ddos"],
        crime_types: ["hacking", "hacking"],
      }),
      sheet({ event_types: ["fraud/scam"], crime_types: ["hacking", "phishing"] }),
    );
    expect(result.slots.event_types).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(result.slots.crime_types).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it("upper-cases CVEs and country codes", () => {
    const result = scoreSheet(
      sheet({ cves: ["cve-2021-40449", "CVE-2021-40449"], countries: ["pk", "CN"] }),
      sheet({ cves: ["CVE-2021-40449"], countries: ["PK", "US"] }),
    );
    expect(result.slots.cves).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(result.slots.countries).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("normalises places like names", () => {
    const result = scoreSheet(
      sheet({ places: ["the Hague", "NEW-YORK", "Lahore"] }),
      sheet({ places: ["Hague", "New York"] }),
    );
    expect(result.slots.places).toEqual({ tp: 2, fp: 1, fn: 0 });
  });
});

describe("arrested", () => {
  it("turns the count into total and per-nationality items", () => {
    expect(arrestedItems({ total: 149, by_nationality: { CN: 48, pk: 78 } })).toEqual([
      "total=149",
      "nat:CN=48",
      "nat:PK=78",
    ]);
    expect(arrestedItems(null)).toEqual([]);
  });

  it("scores the total and each nationality separately", () => {
    const result = scoreSheet(
      sheet({ arrested: { total: 149, by_nationality: { CN: 48, PK: 76 } } }),
      sheet({ arrested: { total: 149, by_nationality: { CN: 48, PK: 78 } } }),
    );
    expect(result.slots.arrested).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it("scores a predicted count against a null gold as false positives", () => {
    const result = scoreSheet(
      sheet({ arrested: { total: 24, by_nationality: {} } }),
      sheet({ arrested: null }),
    );
    expect(result.slots.arrested).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe("money", () => {
  it("matches within 1% of the gold amount", () => {
    const gold = { amount: 1_000_000, currency: "USD" };
    expect(moneyMatches({ amount: 1_010_000, currency: "USD" }, gold)).toBe(true);
    expect(moneyMatches({ amount: 990_000, currency: "USD" }, gold)).toBe(true);
    expect(moneyMatches({ amount: 1_010_001, currency: "USD" }, gold)).toBe(false);
    expect(moneyMatches({ amount: 989_999, currency: "USD" }, gold)).toBe(false);
  });

  it("requires the same currency, compared upper case", () => {
    const gold = { amount: 500, currency: "EUR" };
    expect(moneyMatches({ amount: 500, currency: "eur" }, gold)).toBe(true);
    expect(moneyMatches({ amount: 500, currency: "USD" }, gold)).toBe(false);
  });

  it("matches amounts one-to-one", () => {
    const result = scoreSheet(
      sheet({
        money: [
          { amount: 2_300_000, currency: "USD" },
          { amount: 2_301_000, currency: "USD" },
        ],
      }),
      sheet({
        money: [
          { amount: 2_300_000, currency: "USD" },
          { amount: 1_200_000, currency: "USD" },
        ],
      }),
    );
    expect(result.slots.money).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe("single-valued slots", () => {
  it("gives one item when non-null and none when null", () => {
    const result = scoreSheet(
      sheet({ published: "2021-11-29", source_url: "https://example.org/a" }),
      sheet({ published: null, source_url: "https://example.org/b" }),
    );
    expect(result.slots.published).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(result.slots.source_url).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("compares a timestamp by its calendar date", () => {
    const result = scoreSheet(
      sheet({ published: "2021-11-29T08:00:00Z" }),
      sheet({ published: "2021-11-29" }),
    );
    expect(result.slots.published).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("summariseScores", () => {
  it("micro-averages counts over articles and over all slots", () => {
    const a = scoreSheet(sheet({ cves: ["CVE-1"] }), sheet({ cves: ["CVE-1"] }));
    const b = scoreSheet(sheet({ cves: ["CVE-2"], countries: ["US"] }), sheet({ cves: ["CVE-3"] }));
    const summary = summariseScores([a, b]);
    expect(summary.slots.cves).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      gold: 2,
      predicted: 2,
      precision: 0.5,
      recall: 0.5,
    });
    expect(summary.slots.countries).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, f1: 0 });
    expect(summary.slots.money).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
    expect(summary.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(summary.micro.f1).toBeCloseTo(0.4);
  });

  it("gives F1 = 2PR / (P + R)", () => {
    const score = toScore({ tp: 3, fp: 1, fn: 2 });
    expect(score.f1).toBeCloseTo((2 * score.precision * score.recall) / (score.precision + score.recall));
  });
});

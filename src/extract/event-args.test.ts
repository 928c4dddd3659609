/**
 * Event arguments on invented news sentences: the attacker and the attacked company, the agency that
 * arrested, and no victim made of a security firm cited as the source or an actor said not to be linked.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "../app/extract-file.ts";
import type { IncidentRecord } from "../contracts.ts";

function record(text: string): IncidentRecord {
  const out = extractFile({ uri: "t.txt", bytes: new TextEncoder().encode(text), format: "text" });
  if (out.status !== "ok") throw new Error(out.reason);
  return out.value.record;
}

/** role=type:name for the arguments of the first event of `type`. */
function args(r: IncidentRecord, type: string, roles = ["agent", "victim"]): string[] {
  const names = new Map(r.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  const event = r.events.find((e) => e.type === type && !e.background);
  return (event?.args ?? [])
    .filter((a) => roles.includes(a.role))
    .map((a) => `${a.role}=${names.get(a.ref) ?? a.ref}`);
}

describe("event arguments", () => {
  it("names the company attacked, not the security firm that reported it", () => {
    const r = record(
      "Phishing campaign hits Halvorsen Shipping\n\nHalvorsen Shipping said a phishing campaign stole the " +
        "passwords of 300 employees last week, researchers at Kestrel Labs said on Monday.",
    );
    const found = args(r, "attack/phishing");
    expect(found).toContain("victim=organization:Halvorsen Shipping");
    expect(found.join(" ")).not.toContain("Kestrel Labs");
  });

  it("names the arresting agency from the lead when the trigger sentence does not", () => {
    const r = record(
      "Eight held over call-centre fraud\n\nThe Federal Investigation Agency raided a call centre in Lahore on Tuesday. " +
        "Officers arrested eight men who posed as bank staff.",
    );
    expect(args(r, "law-enforcement/arrest")).toContain("agent=agency:Federal Investigation Agency");
  });
});

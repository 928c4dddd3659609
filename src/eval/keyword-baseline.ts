/**
 * @module eval/keyword-baseline
 * The keyword baseline `blotter eval` prints beside Blotter: a floor, not a competitor. It shows what
 * keyword spotting alone scores on `event_types` and `cves`, so Blotter's event typing has to be
 * clearly better than that to be worth its rules.
 * Input: an article's cleaned text (title and body). Output: a `FactSheet` with `event_types` (every type
 * whose one regex matches anywhere in the text) and `cves` (every CVE id in it); all other slots empty.
 * Invariants: one fixed regex per event type of spec/facts.md, written once from the type's everyday
 * words and never tuned to the gold sheets; no sentence, tense or negation handling, by design (that is
 * the work Blotter's own rules do). Pure.
 */
import { EVENT_TYPES, type EventType, type FactSheet } from "../contracts.ts";
import { emptySheet } from "./score.ts";

/** One regex per event type. */
export const EVENT_KEYWORDS: Readonly<Record<EventType, RegExp>> = {
  "attack/data-breach": /\b(data breach(es)?|breached|data leak|leaked)\b/i,
  "attack/phishing": /\bphish(ing|ed|ers?)?\b/i,
  "attack/ransomware": /\bransomware\b/i,
  "attack/ddos": /\b(DDoS|denial[- ]of[- ]service)\b/i,
  "attack/malware": /\b(malware|trojans?|backdoors?|spyware|wipers?|botnets?)\b/i,
  "attack/espionage": /\b(espionage|cyber-?spies|cyber-?spying|spying)\b/i,
  "fraud/scam": /\b(scam(s|mers?)?|fraud(s|ulent|sters?)?)\b/i,
  "vulnerability/disclosure": /\b(vulnerabilit(y|ies)|zero-days?|flaws?)\b/i,
  "vulnerability/patch": /\b(patch(es|ed)?|security updates?)\b/i,
  "law-enforcement/raid": /\b(raid(s|ed)?|searched)\b/i,
  "law-enforcement/arrest": /\b(arrest(ed|s)?|detain(ed)?)\b/i,
  "law-enforcement/charge": /\b(charged|indicted|indictment)\b/i,
  "law-enforcement/court": /\b(court|trial|pleaded|pleads)\b/i,
  "law-enforcement/conviction": /\b(convicted|sentenced|guilty)\b/i,
  "law-enforcement/extradition": /\bextradit(e|ed|ion)\b/i,
  "law-enforcement/takedown": /\b(takedown|taken down|took down|seized|dismantled)\b/i,
  "law-enforcement/sanction": /\bsanction(s|ed)?\b/i,
};

const CVE = /\bCVE-\d{4}-\d{4,}\b/gi;

/**
 * The baseline's fact sheet for one article.
 * @example
 * keywordBaselineSheet("a1", "Police arrest ransomware gang\n\nThe gang exploited CVE-2021-44228.");
 * // → event_types ["attack/ransomware", "law-enforcement/arrest"], cves ["CVE-2021-44228"]
 */
export function keywordBaselineSheet(id: string, text: string): FactSheet {
  const eventTypes = EVENT_TYPES.filter((type) => EVENT_KEYWORDS[type].test(text));
  const cves = [...new Set(Array.from(text.matchAll(CVE), (match) => match[0].toUpperCase()))];
  return { ...emptySheet(id), event_types: eventTypes, cves };
}

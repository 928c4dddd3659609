/**
 * @module eval/score
 * Scores a predicted fact sheet against a gold one, slot by slot (spec/facts.md "Scoring").
 * Input: two `FactSheet`s for the same article. Output: true/false positive and false negative counts
 * per slot, and precision / recall / F1 from them; `summariseScores` sums counts over articles
 * (micro-average) per slot and over all slots together (the headline micro-F1); `actorLinkErrors` names
 * the wrong `linked` flags behind a low `actor_linked` score.
 * Invariants: pure and order-independent (sets collapse duplicates; list items match one-to-one by
 * maximum matching); every gold item is a TP or an FN and every predicted item a TP or an FP, except in
 * `actor_linked`, where a matched actor pair whose flags disagree is one FP and one FN.
 */
import type { FactSheet } from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";
import { matchOneToOne, type Compare } from "./match.ts";

export const SLOTS = [
  "event_types",
  "agencies",
  "persons",
  "organizations",
  "threat_actors",
  "actor_linked",
  "countries",
  "places",
  "arrested",
  "crime_types",
  "cves",
  "malware",
  "money",
  "published",
  "source_url",
] as const;
export type Slot = (typeof SLOTS)[number];

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Score extends Counts {
  /** Gold items scored (TP + FN). */
  readonly gold: number;
  /** Predicted items scored (TP + FP). */
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ArticleScore {
  readonly id: string;
  readonly slots: Readonly<Record<Slot, Counts>>;
  /** All slots of this article together. */
  readonly total: Score;
}

export interface ScoreSummary {
  readonly slots: Readonly<Record<Slot, Score>>;
  /** All slots of all articles together: the headline figure. */
  readonly micro: Score;
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/**
 * Precision, recall and F1 from counts. With nothing predicted and nothing to find, all three are 1
 * (nothing was missed or wrong); otherwise an empty denominator gives 0.
 * @example toScore({ tp: 1, fp: 1, fn: 0 }).f1 // → 0.666…
 */
export function toScore(counts: Counts): Score {
  const { tp, fp, fn } = counts;
  const vacuous = tp + fp + fn === 0;
  return {
    tp,
    fp,
    fn,
    gold: tp + fn,
    predicted: tp + fp,
    precision: vacuous ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: vacuous ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn),
    f1: vacuous ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function countsFromMatches(predicted: number, gold: number, matched: number): Counts {
  return { tp: matched, fp: predicted - matched, fn: gold - matched };
}

/** Set slots: duplicates collapse, empty values (after normalising) are dropped. */
function scoreSet(
  pred: readonly string[],
  gold: readonly string[],
  normalise: (value: string) => string,
): Counts {
  const toSet = (values: readonly string[]) => new Set(values.map(normalise).filter((value) => value !== ""));
  const predSet = toSet(pred);
  const goldSet = toSet(gold);
  const matched = [...predSet].filter((value) => goldSet.has(value)).length;
  return countsFromMatches(predSet.size, goldSet.size, matched);
}

const trimmed = (value: string): string => value.trim();
const upperCased = (value: string): string => value.trim().toUpperCase();

/** An item's normalised aliases; items with no usable alias are dropped (they name nothing). */
function aliasKeys(items: readonly (readonly string[])[]): Set<string>[] {
  return items
    .map((aliases) => new Set(aliases.map(normaliseName).filter((key) => key !== "")))
    .filter((keys) => keys.size > 0);
}

function sharesAlias(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** Name-list slots: an item is a list of aliases; any shared normalised alias is a match, one-to-one. */
export function scoreNameLists(
  pred: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): Counts {
  const predKeys = aliasKeys(pred);
  const goldKeys = aliasKeys(gold);
  const pairs = matchOneToOne(predKeys, goldKeys, (p, g) => (sharesAlias(p, g) ? 0 : null));
  return countsFromMatches(predKeys.length, goldKeys.length, pairs.length);
}

type Actor = FactSheet["threat_actors"][number];

interface KeyedActor {
  readonly name: string;
  readonly keys: Set<string>;
  readonly linked: boolean;
}

/** Actors matched by names, one-to-one; among maximum matchings, the one where most flags agree. */
function matchActors(pred: readonly Actor[], gold: readonly Actor[]) {
  const keyed = (actors: readonly Actor[]): KeyedActor[] =>
    actors.flatMap((actor) => {
      const keys = aliasKeys([actor.names])[0];
      return keys === undefined ? [] : [{ name: actor.names[0] ?? "", keys, linked: actor.linked }];
    });
  const predActors = keyed(pred);
  const goldActors = keyed(gold);
  // Prefer pairs whose flags agree, so which of several maximum matchings is chosen never depends on order.
  const compare: Compare<KeyedActor, KeyedActor> = (p, g) =>
    sharesAlias(p.keys, g.keys) ? (p.linked === g.linked ? 1 : 0) : null;
  const pairs = matchOneToOne(predActors, goldActors, compare).flatMap(({ pred: p, gold: g }) => {
    const predActor = predActors[p];
    const goldActor = goldActors[g];
    return predActor && goldActor ? [{ pred: predActor, gold: goldActor }] : [];
  });
  return { predActors, goldActors, pairs };
}

/**
 * `threat_actors` by names, and `actor_linked` over the matched pairs only (unmatched actors are
 * already scored in `threat_actors`): agreeing flags are a TP, disagreeing ones an FP plus an FN.
 */
export function scoreActors(
  pred: readonly Actor[],
  gold: readonly Actor[],
): { threat_actors: Counts; actor_linked: Counts } {
  const { predActors, goldActors, pairs } = matchActors(pred, gold);
  const agreeing = pairs.filter((pair) => pair.pred.linked === pair.gold.linked).length;
  const disagreeing = pairs.length - agreeing;
  return {
    threat_actors: countsFromMatches(predActors.length, goldActors.length, pairs.length),
    actor_linked: { tp: agreeing, fp: disagreeing, fn: disagreeing },
  };
}

/**
 * A wrong `linked` flag. `wrong-link` (linked, gold says not) and `missed-link` (not linked, gold says
 * linked) are the disagreeing pairs `actor_linked` counts; `unlisted-actor-linked` is an actor the
 * prediction links that the gold does not list at all (scored only as a `threat_actors` FP, but still a
 * false link claim).
 */
export interface ActorLinkError {
  /** The predicted actor's first name. */
  readonly actor: string;
  readonly kind: "wrong-link" | "missed-link" | "unlisted-actor-linked";
}

/**
 * The wrong `linked` flags of one article, by the same matching `scoreActors` uses.
 * @example
 * actorLinkErrors([{ names: ["APT31"], linked: true }], [{ names: ["APT31"], linked: false }]);
 * // → [{ actor: "APT31", kind: "wrong-link" }]
 */
export function actorLinkErrors(pred: readonly Actor[], gold: readonly Actor[]): ActorLinkError[] {
  const { predActors, pairs } = matchActors(pred, gold);
  const errors: ActorLinkError[] = pairs
    .filter((pair) => pair.pred.linked !== pair.gold.linked)
    .map((pair) => ({ actor: pair.pred.name, kind: pair.pred.linked ? "wrong-link" : "missed-link" }));
  const matched = new Set(pairs.map((pair) => pair.pred));
  for (const actor of predActors)
    if (actor.linked && !matched.has(actor))
      errors.push({ actor: actor.name, kind: "unlisted-actor-linked" });
  return errors;
}

/** `arrested` as items: `total=N` plus `nat:XX=N` per nationality; null gives none. */
export function arrestedItems(arrested: FactSheet["arrested"]): string[] {
  if (arrested === null) return [];
  const nationalities = Object.entries(arrested.by_nationality).map(
    ([country, count]) => `nat:${country.trim().toUpperCase()}=${count}`,
  );
  return [`total=${arrested.total}`, ...nationalities];
}

type Money = FactSheet["money"][number];

/** True when `pred` is within 1% of `gold` (relative to gold) in the same currency. */
export function moneyMatches(pred: Money, gold: Money): boolean {
  if (upperCased(pred.currency) !== upperCased(gold.currency)) return false;
  return Math.abs(pred.amount - gold.amount) <= 0.01 * Math.abs(gold.amount);
}

export function scoreMoney(pred: readonly Money[], gold: readonly Money[]): Counts {
  const pairs = matchOneToOne(pred, gold, (p, g) => (moneyMatches(p, g) ? 0 : null));
  return countsFromMatches(pred.length, gold.length, pairs.length);
}

/** Single-valued slots: one item when non-null. */
function scoreSingle(pred: string | null, gold: string | null, normalise: (value: string) => string): Counts {
  return scoreSet(pred === null ? [] : [pred], gold === null ? [] : [gold], normalise);
}

/** A full timestamp counts as its calendar date, since the sheet's `published` is `YYYY-MM-DD`. */
const calendarDate = (value: string): string => /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? value.trim();

/**
 * Scores one predicted sheet against its gold sheet.
 * @example scoreSheet(gold, gold).total.f1 // → 1
 */
export function scoreSheet(pred: FactSheet, gold: FactSheet): ArticleScore {
  const actors = scoreActors(pred.threat_actors, gold.threat_actors);
  const slots: Record<Slot, Counts> = {
    event_types: scoreSet(pred.event_types, gold.event_types, trimmed),
    agencies: scoreNameLists(pred.agencies, gold.agencies),
    persons: scoreNameLists(pred.persons, gold.persons),
    organizations: scoreNameLists(pred.organizations, gold.organizations),
    threat_actors: actors.threat_actors,
    actor_linked: actors.actor_linked,
    countries: scoreSet(pred.countries, gold.countries, upperCased),
    places: scoreSet(pred.places, gold.places, normaliseName),
    arrested: scoreSet(arrestedItems(pred.arrested), arrestedItems(gold.arrested), trimmed),
    crime_types: scoreSet(pred.crime_types, gold.crime_types, trimmed),
    cves: scoreSet(pred.cves, gold.cves, upperCased),
    malware: scoreNameLists(pred.malware, gold.malware),
    money: scoreMoney(pred.money, gold.money),
    published: scoreSingle(pred.published, gold.published, calendarDate),
    source_url: scoreSingle(pred.source_url, gold.source_url, trimmed),
  };
  const total = SLOTS.reduce((sum, slot) => addCounts(sum, slots[slot]), ZERO);
  return { id: gold.id, slots, total: toScore(total) };
}

/** Micro-averages: counts summed over articles per slot, and over every slot for the headline. */
export function summariseScores(articles: readonly ArticleScore[]): ScoreSummary {
  const perSlot = {} as Record<Slot, Score>;
  let all = ZERO;
  for (const slot of SLOTS) {
    const sum = articles.reduce((acc, article) => addCounts(acc, article.slots[slot]), ZERO);
    perSlot[slot] = toScore(sum);
    all = addCounts(all, sum);
  }
  return { slots: perSlot, micro: toScore(all) };
}

/** An empty sheet: what a missing prediction is scored as. */
export function emptySheet(id: string): FactSheet {
  return {
    id,
    source_url: null,
    published: null,
    event_types: [],
    agencies: [],
    persons: [],
    organizations: [],
    threat_actors: [],
    countries: [],
    places: [],
    arrested: null,
    crime_types: [],
    cves: [],
    malware: [],
    money: [],
  };
}

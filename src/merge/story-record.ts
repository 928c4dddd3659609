/**
 * @module merge/story-record
 * A story's articles → one merged record: each fact once, naming every article that states it (and
 * the ids of that article's facts), with disagreements between outlets flagged rather than resolved.
 * Input: the story's articles, earliest first, each with its fact sheet and full record.
 * Output: a `StoryRecord`. Invariants: nothing is invented; a value appears iff some article states
 * it; names match through any normalised alias (spec/facts.md), so "NCCIA" in one outlet and
 * "National Cybercrime Investigation Agency" in another are one agency when either lists both; an
 * actor's `linked` is true when any source links it, and a source that says otherwise is a disagreement.
 */
import type {
  Article,
  Entity,
  EntityType,
  FactSheet,
  IncidentRecord,
  StoryDisagreement,
  StoryFact,
  StoryRecord,
  StorySource,
} from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";

export interface StoryArticle {
  readonly article: Pick<Article, "id" | "title" | "published" | "outlet" | "sourceUrl">;
  readonly sheet: FactSheet;
  readonly record: IncidentRecord;
}

type Value = string | number | boolean;

/** Story facts under construction, keyed so equal values from two articles meet. */
class Slot<T> {
  private readonly facts: { value: T; keys: Set<string>; sources: Map<string, Set<string>> }[] = [];

  /** Adds `value` as stated by `articleId`; `keys` say which values are the same thing. */
  add(value: T, keys: readonly string[], articleId: string, factIds: readonly string[] = []): T {
    const usable = keys.filter(Boolean);
    let fact = this.facts.find((f) => usable.some((k) => f.keys.has(k)));
    if (!fact) {
      fact = { value, keys: new Set(), sources: new Map() };
      this.facts.push(fact);
    }
    for (const key of usable) fact.keys.add(key);
    const ids = fact.sources.get(articleId) ?? new Set<string>();
    for (const id of factIds) ids.add(id);
    fact.sources.set(articleId, ids);
    return fact.value;
  }

  /** Replaces a fact's value in place (names gaining aliases, an actor becoming linked). */
  update(keys: readonly string[], change: (value: T) => T): void {
    const fact = this.facts.find((f) => keys.some((k) => f.keys.has(k)));
    if (fact) fact.value = change(fact.value);
  }

  build(): StoryFact<T>[] {
    return this.facts.map((f) => ({ value: f.value, sources: toSources(f.sources) }));
  }
}

const toSources = (sources: Map<string, Set<string>>): StorySource[] =>
  [...sources].map(([articleId, ids]) => ({ articleId, factIds: [...ids].sort() }));

const keysOf = (names: readonly string[]) => names.map(normaliseName);

/** Ids of the article's entities of `type` that any of `names` names. */
function entityIds(record: IncidentRecord, type: EntityType, names: readonly string[]): string[] {
  const wanted = new Set(keysOf(names));
  const named = (e: Entity) => [e.name, ...e.aliases].some((n) => wanted.has(normaliseName(n)));
  return record.entities.filter((e) => e.type === type && named(e)).map((e) => e.id);
}

function mergeNames(
  slot: Slot<readonly string[]>,
  names: readonly string[],
  articleId: string,
  ids: string[],
) {
  const keys = keysOf(names);
  slot.add(names, keys, articleId, ids);
  slot.update(keys, (known) => {
    const seen = new Set(keysOf(known));
    return [...known, ...names.filter((n) => !seen.has(normaliseName(n)))];
  });
}

/** Values of one question that differ between articles → a disagreement, else nothing. */
type Stated = { value: Value; sources: Map<string, Set<string>> };

class Disagreements {
  private readonly byTopic = new Map<string, Map<string, Stated>>();

  /** `articleId` states `value` about `about`; one value per article and topic. */
  state(about: string, value: Value, articleId: string, factIds: readonly string[]): void {
    const values = this.byTopic.get(about) ?? new Map<string, Stated>();
    this.byTopic.set(about, values);
    const key = String(value);
    const entry: Stated = values.get(key) ?? { value, sources: new Map() };
    values.set(key, entry);
    entry.sources.set(articleId, new Set(factIds));
  }

  build(): StoryDisagreement[] {
    return [...this.byTopic]
      .filter(([, values]) => values.size > 1)
      .map(([about, values]) => ({
        about,
        values: [...values.values()].map((v) => ({ value: v.value, sources: toSources(v.sources) })),
      }));
  }
}

/** Each article's headline figure per counted thing: the largest stated total. */
function countsOf(record: IncidentRecord) {
  const best = new Map<string, { value: number; ids: string[]; parts: Map<string, number> }>();
  for (const count of record.counts) {
    if (count.value === null) continue;
    const current = best.get(count.counted);
    if (current && current.value > count.value) continue;
    const parts = new Map(
      count.parts.filter((p) => p.dimension === "nationality" && !p.derived).map((p) => [p.key, p.value]),
    );
    if (current && current.value === count.value) current.ids.push(count.id);
    else best.set(count.counted, { value: count.value, ids: [count.id], parts });
  }
  return best;
}

/** Money an article states once for a role (one ransom demand): what outlets may disagree on. */
function singleAmounts(record: IncidentRecord) {
  const byRole = new Map<string, IncidentRecord["money"][number][]>();
  for (const m of record.money) {
    const key = `${m.role}/${m.currency}`;
    const list = byRole.get(key);
    if (list) list.push(m);
    else byRole.set(key, [m]);
  }
  return [...byRole].filter(([role, list]) => !role.startsWith("other/") && list.length === 1);
}

/** Three significant digits: "$4.2 million" and "$4,200,000" are one amount, $4.2M and $4.5M two. */
const rounded = (amount: number) => (amount === 0 ? 0 : Number(amount.toPrecision(3)));

/**
 * Merges the facts of one story's articles.
 * @example const record = mergeStory("s_1f…", [{ article, sheet, record }, …]);
 */
export function mergeStory(storyId: string, articles: readonly StoryArticle[]): StoryRecord {
  const simple = {
    eventTypes: new Slot<string>(),
    crimeTypes: new Slot<string>(),
    countries: new Slot<string>(),
    places: new Slot<string>(),
    cves: new Slot<string>(),
  };
  const names = {
    agencies: new Slot<readonly string[]>(),
    persons: new Slot<readonly string[]>(),
    organizations: new Slot<readonly string[]>(),
    malware: new Slot<readonly string[]>(),
  };
  const actors = new Slot<{ names: readonly string[]; linked: boolean }>();
  const counts = new Slot<{ counted: string; value: number }>();
  const money = new Slot<{ amount: number; currency: string; role: string }>();
  const disagreements = new Disagreements();

  for (const { article, sheet, record } of articles) {
    const id = article.id;
    const eventIds = (type: string) => record.events.filter((e) => e.type === type).map((e) => e.id);
    for (const type of sheet.event_types) simple.eventTypes.add(type, [type], id, eventIds(type));
    for (const label of sheet.crime_types)
      simple.crimeTypes.add(
        label,
        [label],
        id,
        record.crimeTypes.filter((l) => l.label === label).map((l) => l.id),
      );
    for (const code of sheet.countries)
      simple.countries.add(
        code,
        [code],
        id,
        record.entities.filter((e) => e.type === "country" && e.kb?.key === code).map((e) => e.id),
      );
    for (const place of sheet.places)
      simple.places.add(place, [normaliseName(place)], id, entityIds(record, "place", [place]));
    for (const cve of sheet.cves)
      simple.cves.add(cve, [cve.toUpperCase()], id, entityIds(record, "vulnerability", [cve]));
    const slots: [Slot<readonly string[]>, readonly string[][], EntityType][] = [
      [names.agencies, sheet.agencies, "agency"],
      [names.persons, sheet.persons, "person"],
      [names.organizations, sheet.organizations, "organization"],
      [names.malware, sheet.malware, "malware"],
    ];
    for (const [slot, items, type] of slots)
      for (const item of items) mergeNames(slot, item, id, entityIds(record, type, item));
    for (const actor of sheet.threat_actors) {
      const keys = keysOf(actor.names);
      const ids = [
        ...entityIds(record, "threat-actor", actor.names),
        ...record.attributions.filter((a) => keys.includes(normaliseName(a.actor))).map((a) => a.id),
      ];
      const known = actors.add({ names: actor.names, linked: actor.linked }, keys, id, ids);
      actors.update(keys, (known) => ({
        names: [
          ...known.names,
          ...actor.names.filter((n) => !keysOf(known.names).includes(normaliseName(n))),
        ],
        linked: known.linked || actor.linked,
      }));
      disagreements.state(`actor-linked/${known.names[0] ?? ""}`, actor.linked, id, ids);
    }
    for (const [counted, figure] of countsOf(record)) {
      counts.add({ counted, value: figure.value }, [`${counted}:${figure.value}`], id, figure.ids);
      disagreements.state(counted, figure.value, id, figure.ids);
      for (const [nationality, value] of figure.parts)
        disagreements.state(`${counted}/${nationality}`, value, id, figure.ids);
    }
    for (const m of record.money)
      money.add(
        { amount: m.amount, currency: m.currency, role: m.role },
        [`${m.currency}:${rounded(m.amount)}`],
        id,
        [m.id],
      );
    for (const [role, [m]] of singleAmounts(record))
      if (m) disagreements.state(`money/${role}`, rounded(m.amount), id, [m.id]);
  }

  const first = articles[0]?.article;
  return {
    id: storyId,
    title: first?.title ?? "",
    articles: articles.map(({ article }) => ({
      articleId: article.id,
      title: article.title,
      published: article.published,
      outlet: article.outlet,
      sourceUrl: article.sourceUrl,
    })),
    eventTypes: simple.eventTypes.build(),
    crimeTypes: simple.crimeTypes.build(),
    agencies: names.agencies.build(),
    persons: names.persons.build(),
    organizations: names.organizations.build(),
    threatActors: actors.build(),
    malware: names.malware.build(),
    countries: simple.countries.build(),
    places: simple.places.build(),
    cves: simple.cves.build(),
    counts: counts.build(),
    money: money.build(),
    disagreements: disagreements.build(),
  };
}

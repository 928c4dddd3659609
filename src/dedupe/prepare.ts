/**
 * @module dedupe/prepare
 * Story inputs → compact per-article features for grouping: the publication day, a TF-IDF vector of
 * the strongest terms, a MinHash signature with its LSH band keys, the strongest terms for blocking,
 * and the incident keys (who / what / when, typed so "APT31" the actor is not "APT31" a person) as
 * ids with IDF weights. Wording is read from the title and the lead only: that is what copies and
 * rewrites share, and it bounds the work per article. Typed arrays throughout, so 100,000 articles fit.
 */
import type { FactSheet, StoryInput } from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";
import {
  bandKeys,
  contentWordHashes,
  countTerms,
  heaviestTerms,
  inverseFrequencies,
  minhashSignature,
  TermIndex,
  weighTerms,
  type TermCounts,
  type TermVector,
} from "./text-similarity.ts";

export interface PreparedArticle {
  readonly input: StoryInput;
  /** Days since 1970, or null when undated. */
  readonly day: number | null;
  /** Distinct terms of the title and lead with their counts. */
  readonly terms: TermCounts;
  readonly signature: Uint32Array;
  readonly bands: Uint32Array;
  /** Words read for wording (title twice and the lead). */
  readonly wordCount: number;
  /** Incident key ids, ascending. */
  readonly keys: Int32Array;
  /** The keys specific enough to propose a pair (places are not). */
  readonly blockingKeys: Int32Array;
  /** Key ids of the CVEs the lead names. */
  readonly leadCves: Int32Array;
  /** Key ids of every alias of the linked actors, and of all actors named. */
  readonly linkedAliases: Int32Array;
  readonly aliases: Int32Array;
  /** People arrested, and money amounts in thousands. */
  readonly counts: readonly number[];
  readonly amounts: readonly number[];
}

/** Weights over one collection: what makes a term or key rare depends on which articles count. */
export interface Weights {
  /** Per article: its TF-IDF vector. */
  readonly vectors: readonly TermVector[];
  /** Per key id: its kind weight times its IDF. */
  readonly keyWeights: Float64Array;
}

export interface PreparedSet extends Weights {
  readonly articles: readonly PreparedArticle[];
  /** Per article: its few heaviest terms, for blocking. */
  readonly topTerms: readonly Int32Array[];
  /** Per key id: its kind ("cve", "actor", …). */
  readonly keyKinds: readonly string[];
}

const DAY = 86_400_000;
/** Characters of text (after the title) read for wording. */
const LEAD_CHARS = 2500;
const BLOCKING_TERMS = 10;
const KEY_WEIGHTS: Record<string, number> = {
  cve: 3,
  leadcve: 1,
  actor: 2,
  alias: 0,
  linkedalias: 0,
  org: 1.5,
  person: 2,
  money: 2,
  count: 1.5,
  agency: 1,
  place: 0.5,
};

export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isNaN(time) ? null : Math.floor(time / DAY);
}

/** CVEs named in the title or the opening of the text: the ones the story is about, not a list of past ones. */
function leadCves(text: string): string[] {
  const lead = text.slice(0, Math.max(700, Math.floor(text.length * 0.2)));
  return lead.match(/\bCVE-\d{4}-\d{4,7}\b/gi) ?? [];
}

/** The who / what / when keys of an article's incident, as `kind:normalised value`. */
export function incidentKeys(sheet: FactSheet, text = ""): Set<string> {
  const keys = new Set<string>();
  const add = (kind: string, value: string) => {
    const key = normaliseName(value);
    if (key.length >= 2) keys.add(`${kind}:${key}`);
  };
  for (const cve of sheet.cves) add("cve", cve);
  for (const cve of leadCves(text)) add("leadcve", cve);
  for (const actor of sheet.threat_actors) {
    // One group has many names (APT15, Nickel, Ke3chang): the linked one is keyed by its least alias,
    // and every alias is kept, unweighted, to tell the same group under another name from another group.
    const aliases = actor.names.map(actorAlias).filter((a) => a.length >= 2);
    for (const alias of aliases) keys.add(`${actor.linked ? "linkedalias" : "alias"}:${alias}`);
    if (actor.linked && aliases.length) keys.add(`actor:${aliases.reduce((a, b) => (b < a ? b : a))}`);
  }
  for (const [name] of sheet.organizations) if (name) add("org", name);
  for (const [name] of sheet.persons) if (name) add("person", name);
  for (const [name] of sheet.agencies) if (name) add("agency", name);
  for (const place of sheet.places) add("place", place);
  for (const m of sheet.money) add("money", `${m.currency}${Math.round(m.amount / 1000)}`);
  if (sheet.arrested) add("count", `arrested${sheet.arrested.total}`);
  return keys;
}

/** A threat group's name normalised, a trailing "group" or "gang" dropped ("Gamaredon Group" is Gamaredon). */
function actorAlias(name: string): string {
  return normaliseName(name.replace(/\s+(?:group|gang|team)$/i, ""));
}

const NONE = new Int32Array(0);
/** The keys that pass `keep`; one shared empty array when none does (most kinds are absent). */
const only = (keys: Int32Array, keep: (key: number) => boolean) =>
  keys.some(keep) ? keys.filter(keep) : NONE;

const kindOf = (key: string) => key.slice(0, key.indexOf(":"));
const numberOf = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? NaN);

/**
 * TF-IDF vectors and key weights with document frequencies over the articles `counted` (all when
 * omitted), and vectors for those articles only (the others get an empty one): counting one article
 * per copy set keeps an aggregator's five reposts from making a story's own words look common.
 */
export function weigh(
  articles: readonly Pick<PreparedArticle, "terms" | "keys">[],
  keyKinds: readonly string[],
  vocabularySize: number,
  counted?: readonly number[],
): Weights {
  const df = new Int32Array(vocabularySize);
  const keyDf = new Int32Array(keyKinds.length);
  const docs = counted ?? articles.map((_, i) => i);
  const isCounted = new Uint8Array(articles.length);
  for (const i of docs) {
    const article = articles[i] as Pick<PreparedArticle, "terms" | "keys">;
    isCounted[i] = 1;
    for (const term of article.terms.terms) df[term] = (df[term] ?? 0) + 1;
    for (const key of article.keys) keyDf[key] = (keyDf[key] ?? 0) + 1;
  }
  const idfs = inverseFrequencies(df, docs.length);
  const empty: TermVector = { terms: new Int32Array(0), weights: new Float32Array(0) };
  return {
    vectors: articles.map((a, i) => (isCounted[i] ? weighTerms(a.terms, idfs) : empty)),
    keyWeights: Float64Array.from(
      keyKinds,
      (kind, id) => (KEY_WEIGHTS[kind] ?? 1) * Math.log(1 + docs.length / Math.max(1, keyDf[id] ?? 0)),
    ),
  };
}

export function prepareStoryInputs(inputs: readonly StoryInput[]): PreparedSet & { vocabularySize: number } {
  const vocabulary = new TermIndex();
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyNames.length;
      keyIds.set(key, id);
      keyNames.push(key);
    }
    return id;
  };
  const keyKinds: string[] = [];
  const articles = inputs.map((input): PreparedArticle => {
    const text = input.text.slice(0, input.title.length + LEAD_CHARS);
    const title = contentWordHashes(input.title);
    const lead = contentWordHashes(text);
    const wordHashes = new Uint32Array(title.length * 2 + lead.length);
    wordHashes.set(title);
    wordHashes.set(title, title.length);
    wordHashes.set(lead, title.length * 2);
    const keys = Int32Array.from([...incidentKeys(input.sheet, input.text)], keyId).sort();
    for (let id = keyKinds.length; id < keyNames.length; id++) keyKinds.push(kindOf(keyNames[id] ?? ""));
    const kinds = (...wanted: string[]) => only(keys, (k) => wanted.includes(keyKinds[k] ?? ""));
    const numbers = (kind: string) => Array.from(kinds(kind), (k) => numberOf(keyNames[k] ?? ""));
    const signature = minhashSignature(wordHashes);
    return {
      input,
      day: dayOf(input.published),
      terms: countTerms(wordHashes, vocabulary),
      signature,
      bands: bandKeys(signature),
      wordCount: wordHashes.length,
      keys,
      blockingKeys: only(keys, (k) => (KEY_WEIGHTS[keyKinds[k] ?? ""] ?? 1) > 0 && keyKinds[k] !== "place"),
      leadCves: kinds("leadcve"),
      linkedAliases: kinds("linkedalias"),
      aliases: kinds("alias", "linkedalias"),
      counts: numbers("count"),
      amounts: numbers("money"),
    };
  });
  const weights = weigh(articles, keyKinds, vocabulary.size);
  return {
    ...weights,
    articles,
    topTerms: weights.vectors.map((vector) => heaviestTerms(vector, BLOCKING_TERMS)),
    keyKinds,
    vocabularySize: vocabulary.size,
  };
}

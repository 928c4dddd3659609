/**
 * @module dedupe/prepare
 * Story inputs → compact per-article features for grouping: the publication day, a TF-IDF vector of
 * the strongest terms, a MinHash signature with its LSH band keys, the strongest terms for blocking,
 * and the incident keys (who / what / when, typed so "APT31" the actor is not "APT31" a person) as
 * ids with IDF weights. Wording is read from the title and the lead only: that is what copies and
 * rewrites share, and it bounds the work per article. Each per-article array is a view of one array
 * shared by all the articles, so 100,000 articles are a few dozen allocations, not millions, and the
 * garbage collector's work grows with the articles rather than faster.
 */
import type { FactSheet, StoryInput } from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";
import {
  BANDS,
  bandKeys,
  heaviestTerms,
  inverseFrequencies,
  minhashSignature,
  SIGNATURE_LENGTH,
  TermCounter,
  TermIndex,
  weighTerms,
  writeContentWordHashes,
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
  /** The first release number (2.17.1, 94.0.4606.61) in the title, else in the lead; null when none. */
  readonly release: string | null;
  /** The title announces a sequel: a second breach, another zero-day, an incomplete patch. */
  readonly sequelTitle: boolean;
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

const RELEASE = /\b\d+\.\d+\.\d+(?:\.\d+)?\b/;
const SEQUEL = /\b(?:second|third|again|another|twice|incomplete|additional)\b/i;

function firstRelease({ title, text }: StoryInput): string | null {
  return (RELEASE.exec(title) ?? RELEASE.exec(text.slice(0, 700)))?.[0] ?? null;
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
const UNSIGNED_NONE = new Uint32Array(0);
const NO_NUMBERS: readonly number[] = Object.freeze([]);

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
  let termTotal = 0;
  for (const i of docs) {
    const article = articles[i] as Pick<PreparedArticle, "terms" | "keys">;
    termTotal += article.terms.terms.length;
    for (const term of article.terms.terms) df[term] = (df[term] ?? 0) + 1;
    for (const key of article.keys) keyDf[key] = (keyDf[key] ?? 0) + 1;
  }
  const idfs = inverseFrequencies(df, docs.length);
  const empty: TermVector = { terms: NONE, weights: new Float32Array(0) };
  const vectors = new Array<TermVector>(articles.length).fill(empty);
  // Every counted article's weights in one array, each a view of it.
  const weights = new Float32Array(termTotal);
  let at = 0;
  for (const i of docs) {
    const { terms } = articles[i] as Pick<PreparedArticle, "terms">;
    vectors[i] = weighTerms(terms, idfs, weights.subarray(at, (at += terms.terms.length)));
  }
  return {
    vectors,
    keyWeights: Float64Array.from(
      keyKinds,
      (kind, id) => (KEY_WEIGHTS[kind] ?? 1) * Math.log(1 + docs.length / Math.max(1, keyDf[id] ?? 0)),
    ),
  };
}

/** What a key id is used for besides scoring, as bits. */
const BLOCKING = 1;
const LEAD_CVE = 2;
const LINKED_ALIAS = 4;
const ALIAS = 8;
const COUNT = 16;
const MONEY = 32;
/** Set on every key id. */
const ANY = 64;
const ROLES: Record<string, number> = {
  leadcve: LEAD_CVE,
  linkedalias: LINKED_ALIAS | ALIAS,
  alias: ALIAS,
  count: COUNT,
  money: MONEY,
};

/** Values per chunk of shared key-list storage. */
const CHUNK = 1 << 18;

/** Key-id lists, each a view of a chunk shared by many articles. */
class KeyLists {
  private chunk = new Int32Array(0);
  private used = 0;
  private scratch = new Int32Array(64);

  /** The ids of `keys` whose roles include `role`, in their order. */
  pick(keys: ArrayLike<number>, roles: readonly number[], role: number): Int32Array {
    if (this.scratch.length < keys.length) this.scratch = new Int32Array(keys.length * 2);
    let size = 0;
    for (let i = 0; i < keys.length; i++) {
      const id = keys[i] as number;
      if ((roles[id] as number) & role) this.scratch[size++] = id;
    }
    if (size === 0) return NONE;
    if (this.chunk.length - this.used < size)
      [this.chunk, this.used] = [new Int32Array(Math.max(CHUNK, size)), 0];
    const list = this.chunk.subarray(this.used, (this.used += size));
    list.set(this.scratch.subarray(0, size));
    return list;
  }
}

/** The numbers in the keys of `keys` whose roles include `role` ("count:arrested37" is 37). */
function numbersIn(
  keys: Int32Array,
  roles: readonly number[],
  role: number,
  names: readonly string[],
): readonly number[] {
  let out: number[] | null = null;
  for (const id of keys) if ((roles[id] as number) & role) (out ??= []).push(numberOf(names[id] ?? ""));
  return out ?? NO_NUMBERS;
}

export function prepareStoryInputs(inputs: readonly StoryInput[]): PreparedSet & { vocabularySize: number } {
  const vocabulary = new TermIndex();
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const keyKinds: string[] = [];
  const keyRoles: number[] = [];
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyNames.length;
      keyIds.set(key, id);
      keyNames.push(key);
      const kind = kindOf(key);
      keyKinds.push(kind);
      const blocking = (KEY_WEIGHTS[kind] ?? 1) > 0 && kind !== "place";
      keyRoles.push(ANY | (ROLES[kind] ?? 0) | (blocking ? BLOCKING : 0));
    }
    return id;
  };
  const counter = new TermCounter(vocabulary);
  const signatures = new Uint32Array(inputs.length * SIGNATURE_LENGTH);
  const bands = new Uint32Array(inputs.length * BANDS);
  const lists = new KeyLists();
  let words = new Uint32Array(1 << 12);
  const articles = inputs.map((input, i): PreparedArticle => {
    // Words of the title twice, then of the title and lead.
    const { title } = input;
    const leadEnd = Math.min(input.text.length, title.length + LEAD_CHARS);
    const room = 2 * ((title.length >> 1) + 1) + (leadEnd >> 1) + 1;
    if (words.length < room) words = new Uint32Array(room * 2);
    const titleWords = writeContentWordHashes(title, title.length, words, 0);
    words.copyWithin(titleWords, 0, titleWords);
    const wordHashes = words.subarray(0, writeContentWordHashes(input.text, leadEnd, words, 2 * titleWords));
    let signature: Uint32Array = UNSIGNED_NONE;
    let bandKeysOf: Uint32Array = UNSIGNED_NONE;
    if (wordHashes.length) {
      signature = minhashSignature(
        wordHashes,
        signatures.subarray(i * SIGNATURE_LENGTH, (i + 1) * SIGNATURE_LENGTH),
      );
      bandKeysOf = bandKeys(signature, bands.subarray(i * BANDS, (i + 1) * BANDS));
    }
    const keys = lists.pick(
      Int32Array.from(incidentKeys(input.sheet, input.text), keyId).sort(),
      keyRoles,
      ANY,
    );
    return {
      input,
      day: dayOf(input.published),
      terms: counter.count(wordHashes),
      signature,
      bands: bandKeysOf,
      wordCount: wordHashes.length,
      keys,
      blockingKeys: lists.pick(keys, keyRoles, BLOCKING),
      leadCves: lists.pick(keys, keyRoles, LEAD_CVE),
      linkedAliases: lists.pick(keys, keyRoles, LINKED_ALIAS),
      aliases: lists.pick(keys, keyRoles, ALIAS),
      counts: numbersIn(keys, keyRoles, COUNT, keyNames),
      amounts: numbersIn(keys, keyRoles, MONEY, keyNames),
      release: firstRelease(input),
      sequelTitle: SEQUEL.test(input.title),
    };
  });
  const weights = weigh(articles, keyKinds, vocabulary.size);
  const top = new Int32Array(articles.length * BLOCKING_TERMS);
  return {
    ...weights,
    articles,
    topTerms: weights.vectors.map((vector, i) => {
      const start = i * BLOCKING_TERMS;
      const size = heaviestTerms(vector, top.subarray(start, start + BLOCKING_TERMS));
      return size ? top.subarray(start, start + size) : NONE;
    }),
    keyKinds,
    vocabularySize: vocabulary.size,
  };
}

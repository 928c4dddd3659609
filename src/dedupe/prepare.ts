/**
 * @module dedupe/prepare
 * Story inputs → compact per-article features for grouping: the publication day, the term counts
 * behind a TF-IDF vector, a MinHash signature (blocking reads its LSH band keys from it), the
 * strongest terms for blocking, and the incident keys (who / what / when, typed so "APT31" the
 * actor is not "APT31" a person) as ids with IDF weights. Wording is read from the title and the lead only: that is what
 * copies and rewrites share, and it bounds the work per article. Every feature is a column over all
 * the articles (a typed array, or per-article lists in one array with their starts), never an object
 * per article: 100,000 articles are a few dozen allocations, and the garbage collector, which must
 * also walk the input texts, has nothing of ours to trace.
 */
import type { FactSheet, StoryInput } from "../contracts.ts";
import { INTERNATIONAL_BODIES } from "../extract/lexicon/institutions.ts";
import { yearTally } from "../extract/event-filters.ts";
import { ANY_CASE_NUMBER, parseNumber } from "../extract/number-words.ts";
import { wholeWordsAt } from "../extract/words.ts";
import { normaliseName } from "../link/normalise.ts";
import {
  heaviestTerms,
  inverseFrequencies,
  minhashSignature,
  SIGNATURE_LENGTH,
  TermCounter,
  TermIndex,
  weighTexts,
  writeContentWordHashes,
  type TermTable,
  type TermWeights,
} from "./text-similarity.ts";

/**
 * Per-article lists of ids in one array: article i's are `values[starts[i]]` up to
 * `values[starts[i + 1]]`.
 */
export interface Lists {
  readonly starts: Int32Array;
  readonly values: Int32Array;
}

/** Weights over one collection: what makes a term or key rare depends on which articles count. */
export interface Weights {
  /** The TF-IDF vectors of the articles' terms. */
  readonly weights: TermWeights;
  /** Per key id: its kind weight times its IDF. */
  readonly keyWeights: Float64Array;
}

export interface PreparedSet extends Weights {
  readonly inputs: readonly StoryInput[];
  /** Per article: days since 1970, NaN when undated. */
  readonly days: Float64Array;
  /** Per article: the distinct terms of its title and lead with their counts. */
  readonly terms: TermTable;
  /** Per article: words read for wording (title twice and the lead); 0 leaves its signature unset. */
  readonly wordCounts: Int32Array;
  /** SIGNATURE_LENGTH values per article. */
  readonly signatures: Uint32Array;
  /** Per article: its incident key ids, ascending. */
  readonly keys: Lists;
  /** The keys specific enough to propose a pair (places are not). */
  readonly blockingKeys: Lists;
  /** Key ids of the CVEs the lead names. */
  readonly leadCves: Lists;
  /** Key ids of every CVE the article names. */
  readonly cves: Lists;
  /** Key ids of the organisations (from the fact sheet) the title names. */
  readonly titleOrgs: Lists;
  /** Key ids of every alias of the linked actors. */
  readonly linkedAliases: Lists;
  /** Key ids of people arrested, and of money amounts; their numbers are in `keyNumbers`. */
  readonly counts: Lists;
  readonly amounts: Lists;
  /**
   * Per article holding a count: the whole numbers its text names, ascending ("14 individuals",
   * "eight of them"); empty for the others. A report of the 8 charged that also names the 14
   * arrested does not disagree with a report of the 14.
   */
  readonly namedNumbers: Lists;
  /** Per key id: the number a count or amount key holds ("count:arrested37" is 37), else NaN. */
  readonly keyNumbers: Float64Array;
  /** Per article: the newest release number (2.17.1) the title or the lead names; null when none. */
  readonly releases: readonly (string | null)[];
  /** The newest release each title names, or null. */
  readonly titleReleases: readonly (string | null)[];
  /** Per article: 1 when its title announces a sequel (a second breach, another zero-day). */
  readonly sequelTitles: Uint8Array;
  /** Per article: the campaign event types it reports (espionage, malware), one bit each. */
  readonly campaignTypes: Uint8Array;
  /** Key ids of the monthly release an article reports (a Patch Tuesday edition). */
  readonly editions: Lists;
  /** Per article: its few heaviest terms, for blocking. */
  readonly topTerms: Lists;
  /** Per key id: its kind ("cve", "actor", …). */
  readonly keyKinds: readonly string[];
  readonly vocabularySize: number;
}

const DAY = 86_400_000;
/** Characters of text (after the title) read for wording. */
const LEAD_CHARS = 2500;
const BLOCKING_TERMS = 10;
const KEY_WEIGHTS: Record<string, number> = {
  edition: 3,
  cve: 3,
  leadcve: 1,
  version: 2,
  actor: 2,
  linkedalias: 0,
  org: 1.5,
  person: 2,
  money: 2,
  count: 1.5,
  agency: 1,
  place: 0.5,
  // Read for disagreement only (two titles naming different companies), not for overlap.
  titleorg: 0,
};

export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isNaN(time) ? null : Math.floor(time / DAY);
}

const RELEASE = /\b\d+\.\d+\.\d+(?:\.\d+)?\b/g;
const SEQUEL = /\b(?:second|third|again|another|twice|incomplete|additional)\b/i;
/** "second breach this year", "second cyberattack in 2021": counted against an incident months before, no sequel in the window. */
const YEAR_COUNT = /\b(?:this year|in (?:19|20)\d\d)\b/i;

/** Counts in digits or words ("14", "1,003", "eight", "twenty-three"), the extractor's own pattern. */
const NAMED_NUMBER = new RegExp(String.raw`\b${ANY_CASE_NUMBER}\b`, "g");

const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? $/i;
const MONTH_AFTER = /^(?:st|nd|rd|th)?,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The distinct whole numbers a text names in digits or words, ascending; a day of
 * a month ("January 14", "14th March") is a date, not a number of people.
 */
function namedNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(NAMED_NUMBER)) {
    const [name, at] = [match[0], match.index];
    const digits = /^\d/.test(name);
    if (digits && MONTH_BEFORE.test(text.slice(Math.max(0, at - 11), at))) continue;
    if (digits && MONTH_AFTER.test(text.slice(at + name.length, at + name.length + 8))) continue;
    const value = parseNumber(name);
    if (value !== null) found.add(value);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Event types that tell of a campaign: who spies, and with what tools. Reported a week after a story
 * that had none of them, they are a new development (a flaw's disclosure, then state hackers
 * exploiting it; a phishing wave, then the year's tally of state attacks). Ransomware is not one: a
 * victim that confirms a week later that its "cyberattack" was ransomware tells of the same incident.
 */
const CAMPAIGN_TYPES = ["attack/espionage", "attack/malware"];
/**
 * The bit of a year's tally ("Google sent 50,000 warnings of state-sponsored attacks in 2021"): the
 * extractor reads no event of its own there, and it is a new development after any one incident.
 */
const TALLY_BIT = 1 << CAMPAIGN_TYPES.length;

/** The campaign types among `types`, one bit each, and the tally bit for a year's tally. */
function campaignBits(types: readonly string[], tally: boolean): number {
  let bits = tally ? TALLY_BIT : 0;
  CAMPAIGN_TYPES.forEach((type, k) => {
    if (types.includes(type)) bits |= 1 << k;
  });
  return bits;
}

/** Release a is newer than b: compared part by part as numbers. */
function newer(a: string, b: string): boolean {
  const [p, q] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(p.length, q.length); i++)
    if ((p[i] ?? 0) !== (q[i] ?? 0)) return (p[i] ?? 0) > (q[i] ?? 0);
  return false;
}

/**
 * The newest release the title or the opening names: the one the story is about. The 2.4.51 fix names
 * the 2.4.50 it completes, and the 2.17.0 story the 2.16.0 it replaces, so the first named is not it.
 */
function newestRelease(text: string): string | null {
  let newest: string | null = null;
  for (const match of text.matchAll(RELEASE))
    if (newest === null || newer(match[0], newest)) newest = match[0];
  return newest;
}

/** CVEs named in the title or the opening of the text: the ones the story is about, not a list of past ones. */
function leadCves(text: string): string[] {
  const lead = text.slice(0, Math.max(700, Math.floor(text.length * 0.2)));
  return lead.match(/\bCVE-\d{4}-\d{4,7}\b/gi) ?? [];
}

/**
 * The who / what / when keys of an article's incident, as `kind:normalised value`; `title` marks the
 * organisations it names as the title's too.
 */
export function incidentKeys(sheet: FactSheet, text = "", title = ""): Set<string> {
  const keys = new Set<string>();
  const edition = patchTuesdayEdition(text);
  if (edition) keys.add(`edition:${edition}`);
  const add = (kind: string, value: string) => {
    const key = normaliseName(value);
    if (key.length >= 2) keys.add(`${kind}:${key}`);
  };
  for (const cve of sheet.cves) add("cve", cve);
  for (const cve of leadCves(text)) add("leadcve", cve);
  for (const version of leadVersions(text)) keys.add(`version:${version}`);
  for (const actor of sheet.threat_actors) {
    // One group has many names (APT15, Nickel, Ke3chang): a linked one is keyed by its least alias,
    // and every alias is kept, unweighted, to tell the same group under another name from another group.
    if (!actor.linked) continue;
    const aliases = actor.names.map(actorAlias).filter((a) => a.length >= 2);
    for (const alias of aliases) keys.add(`linkedalias:${alias}`);
    if (aliases.length) keys.add(`actor:${aliases.reduce((a, b) => (b < a ? b : a))}`);
  }
  // A union of states is named around many incidents: it counts as little as a place.
  const lowerTitle = title.toLowerCase();
  for (const names of sheet.organizations) {
    const name = names[0];
    if (!name) continue;
    add(INTERNATIONAL_BODIES.has(name) ? "place" : "org", name);
    // Whole words of three letters or more: "Liquid" in "Liquid loses $94M".
    if (names.some((n) => n.length >= 3 && !wholeWordsAt(lowerTitle, n.toLowerCase()).next().done))
      add("titleorg", name);
  }
  // One name spelt two ways by two outlets ("Kellerman", "Kellermann") is one person.
  for (const [name] of sheet.persons) if (name) add("person", normaliseName(name).replace(/(.)\1+/g, "$1"));
  for (const [name] of sheet.agencies) if (name) add("agency", name);
  for (const place of sheet.places) add("place", place);
  for (const m of sheet.money) add("money", `${m.currency}${Math.round(m.amount / 1000)}`);
  if (sheet.arrested) add("count", `arrested${sheet.arrested.total}`);
  return keys;
}

/** A product and its version ("iOS 14.8", "Log4j 2.17.0"): a name with a capital or a digit, not a score. */
const PRODUCT_VERSION = /\b([A-Za-z][\w-]{1,24})\s+v?(\d{1,4}\.\d{1,4}(?:\.\d{1,5}){0,2})\b/g;
const NOT_PRODUCT = /^(?:CVSS|CVSSv\d|score|scores|severity|rating|version|versions|v)$/i;

/** The product versions the title and lead name, lower-cased ("ios14.8"). */
function leadVersions(text: string): string[] {
  const lead = text.slice(0, LEAD_CHARS);
  const out: string[] = [];
  for (const m of lead.matchAll(PRODUCT_VERSION)) {
    const [word, version] = [m[1] ?? "", m[2] ?? ""];
    if (NOT_PRODUCT.test(word) || !/[A-Z\d]/.test(word)) continue;
    out.push(`${word.toLowerCase()}${version}`);
  }
  return out;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const PATCH_TUESDAY = new RegExp(
  String.raw`\b(?:(${MONTHS.join("|")})(?:['’]s| \d{4})? Patch Tuesday|Patch Tuesday\b[^.\n]{0,40}?\b(?:for|of|in) (${MONTHS.join("|")})\b)`,
  "i",
);

/**
 * The monthly edition a Patch Tuesday report names ("January 2022 Patch Tuesday", "Patch Tuesday gets
 * off to a busy start for January", "December's Patch Tuesday"): each month's release is one story, whoever reports it and in
 * whatever words. Only a named month counts (a copy posted on the 1st must not move to another
 * edition), and only the month: the 14-day window already keeps years apart, and a year mistyped in
 * one copy must not split it from the others.
 */
function patchTuesdayEdition(text: string): string | null {
  const lead = text.slice(0, LEAD_CHARS);
  // Most articles name no Patch Tuesday: a plain search rules them out before the pattern's alternatives run.
  if (!/patch tuesday/i.test(lead)) return null;
  const match = PATCH_TUESDAY.exec(lead);
  const named = (match?.[1] ?? match?.[2])?.toLowerCase();
  return named ? `patchtuesday-${MONTHS.indexOf(named) + 1}` : null;
}

/** A threat group's name normalised, a trailing "group" or "gang" dropped ("Gamaredon Group" is Gamaredon). */
function actorAlias(name: string): string {
  return normaliseName(name.replace(/\s+(?:group|gang|team)$/i, ""));
}

const kindOf = (key: string) => key.slice(0, key.indexOf(":"));
const numberOf = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? NaN);

/**
 * Weights with document frequencies over the articles `counted` (all when omitted): TF-IDF vectors
 * for those articles, none for the others. Counting one article per copy set keeps an aggregator's
 * five reposts from making a story's own words look common.
 */
export function weigh(
  terms: TermTable,
  keys: Lists,
  keyKinds: readonly string[],
  vocabularySize: number,
  counted?: readonly number[],
): Weights {
  const articleCount = terms.starts.length - 1;
  const df = new Int32Array(vocabularySize);
  const keyDf = new Int32Array(keyKinds.length);
  const docs = counted ?? Array.from({ length: articleCount }, (_, i) => i);
  for (const i of docs) {
    for (let k = terms.starts[i] as number; k < (terms.starts[i + 1] as number); k++)
      df[terms.terms[k] as number] = (df[terms.terms[k] as number] as number) + 1;
    for (let k = keys.starts[i] as number; k < (keys.starts[i + 1] as number); k++)
      keyDf[keys.values[k] as number] = (keyDf[keys.values[k] as number] as number) + 1;
  }
  return {
    weights: weighTexts(terms, inverseFrequencies(df, docs.length), docs),
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
const COUNT = 16;
const MONEY = 32;
const EDITION = 64;
const CVE = 128;
const TITLE_ORG = 256;
const ROLES: Record<string, number> = {
  edition: EDITION,
  leadcve: LEAD_CVE,
  linkedalias: LINKED_ALIAS,
  count: COUNT,
  money: MONEY,
  cve: CVE,
  titleorg: TITLE_ORG,
};

/** Builds Lists one article after another; the values grow by half when full. */
class ListsBuilder {
  private readonly starts: Int32Array;
  private values: Int32Array;
  private used = 0;
  private lists = 0;

  constructor(articleCount: number, expectedValues: number) {
    this.starts = new Int32Array(articleCount + 1);
    this.values = new Int32Array(Math.max(256, expectedValues));
  }

  /** Ends the next article's list with those of `ids` (the first `size`) whose roles include `role`. */
  add(ids: ArrayLike<number>, size: number, roles: ArrayLike<number> | null, role: number): void {
    if (this.values.length - this.used < size) {
      const grown = new Int32Array(Math.max(this.used + size, Math.floor(this.values.length * 1.5)));
      grown.set(this.values.subarray(0, this.used));
      this.values = grown;
    }
    for (let k = 0; k < size; k++) {
      const id = ids[k] as number;
      if (roles === null || (roles[id] as number) & role) this.values[this.used++] = id;
    }
    this.starts[++this.lists] = this.used;
  }

  build(): Lists {
    return { starts: this.starts.subarray(0, this.lists + 1), values: this.values.subarray(0, this.used) };
  }
}

/**
 * Distinct terms and incident keys per article, a little above the news corpus's means (151 and 8),
 * to size the shared arrays once: they grow if a feed needs more.
 */
const EXPECTED_TERMS = 160;
const EXPECTED_KEYS = 12;

export function prepareStoryInputs(inputs: readonly StoryInput[]): PreparedSet {
  const n = inputs.length;
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
      keyRoles.push((ROLES[kind] ?? 0) | (blocking ? BLOCKING : 0));
    }
    return id;
  };
  const counter = new TermCounter(vocabulary, n, n * EXPECTED_TERMS);
  const wordCounts = new Int32Array(n);
  const signatures = new Uint32Array(n * SIGNATURE_LENGTH);
  const [keys, blockingKeys] = [
    new ListsBuilder(n, n * EXPECTED_KEYS),
    new ListsBuilder(n, n * EXPECTED_KEYS),
  ];
  const [leadCves, cves, titleOrgs, linkedAliases, counts, amounts, editions] = Array.from(
    { length: 7 },
    () => new ListsBuilder(n, 1024),
  ) as [ListsBuilder, ListsBuilder, ListsBuilder, ListsBuilder, ListsBuilder, ListsBuilder, ListsBuilder];
  const numbersNamed = new ListsBuilder(n, 1024);
  const days = new Float64Array(n);
  const releases: (string | null)[] = [];
  const titleReleases: (string | null)[] = [];
  const sequelTitles = new Uint8Array(n);
  const campaignTypes = new Uint8Array(n);
  let words = new Uint32Array(1 << 12);
  let ids = new Int32Array(64);
  inputs.forEach((input, i) => {
    // Words of the title twice, then of the title and lead.
    const { title } = input;
    const leadEnd = Math.min(input.text.length, title.length + LEAD_CHARS);
    const room = 2 * ((title.length >> 1) + 1) + (leadEnd >> 1) + 1;
    if (words.length < room) words = new Uint32Array(room * 2);
    const titleWords = writeContentWordHashes(title, title.length, words, 0);
    words.copyWithin(titleWords, 0, titleWords);
    const wordHashes = words.subarray(0, writeContentWordHashes(input.text, leadEnd, words, 2 * titleWords));
    wordCounts[i] = wordHashes.length;
    if (wordHashes.length)
      minhashSignature(wordHashes, signatures.subarray(i * SIGNATURE_LENGTH, (i + 1) * SIGNATURE_LENGTH));
    counter.add(wordHashes);
    const incident = incidentKeys(input.sheet, input.text, input.title);
    if (ids.length < incident.size) ids = new Int32Array(incident.size * 2);
    let size = 0;
    for (const key of incident) ids[size++] = keyId(key);
    const sorted = ids.subarray(0, size).sort();
    keys.add(sorted, size, null, 0);
    blockingKeys.add(sorted, size, keyRoles, BLOCKING);
    leadCves.add(sorted, size, keyRoles, LEAD_CVE);
    cves.add(sorted, size, keyRoles, CVE);
    titleOrgs.add(sorted, size, keyRoles, TITLE_ORG);
    linkedAliases.add(sorted, size, keyRoles, LINKED_ALIAS);
    counts.add(sorted, size, keyRoles, COUNT);
    amounts.add(sorted, size, keyRoles, MONEY);
    editions.add(sorted, size, keyRoles, EDITION);
    const numbers = input.sheet.arrested ? namedNumbers(input.text) : [];
    numbersNamed.add(numbers, numbers.length, null, 0);
    days[i] = dayOf(input.published) ?? NaN;
    releases.push(newestRelease(`${input.title}\n${input.text.slice(0, 700)}`));
    titleReleases.push(newestRelease(input.title));
    campaignTypes[i] = campaignBits(input.sheet.event_types, yearTally(input.title, input.published));
    sequelTitles[i] = SEQUEL.test(input.title) && !YEAR_COUNT.test(input.title) ? 1 : 0;
  });
  const terms = counter.table();
  const keyLists = keys.build();
  const weights = weigh(terms, keyLists, keyKinds, vocabulary.size);
  const topTerms = new ListsBuilder(n, n * BLOCKING_TERMS);
  const top = new Int32Array(BLOCKING_TERMS);
  for (let i = 0; i < n; i++) topTerms.add(top, heaviestTerms(terms, weights.weights.idfs, i, top), null, 0);
  return {
    ...weights,
    inputs,
    days,
    terms,
    wordCounts,
    signatures,
    keys: keyLists,
    blockingKeys: blockingKeys.build(),
    leadCves: leadCves.build(),
    cves: cves.build(),
    titleOrgs: titleOrgs.build(),
    linkedAliases: linkedAliases.build(),
    counts: counts.build(),
    amounts: amounts.build(),
    namedNumbers: numbersNamed.build(),
    editions: editions.build(),
    keyNumbers: Float64Array.from(keyNames, (name, id) =>
      (keyRoles[id] as number) & (COUNT | MONEY) ? numberOf(name) : NaN,
    ),
    releases,
    titleReleases,
    sequelTitles,
    campaignTypes,
    topTerms: topTerms.build(),
    keyKinds,
    vocabularySize: vocabulary.size,
  };
}

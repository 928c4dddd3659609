/**
 * @module contracts
 * The types that pass between Blotter's stages: collect → clean → extract → link → store.
 * Every stage imports its inputs and outputs from here and nowhere else, so a stage can be
 * replaced without reading the others. Offsets are JavaScript string indices (UTF-16 code units)
 * into `Article.text`, the cleaned text stored verbatim with the record.
 */

/** A half-open range `[start, end)` of UTF-16 code units in `Article.text`. */
export type Span = readonly [start: number, end: number];

/** A problem met while processing one document, attached to it rather than thrown. */
export interface Message {
  readonly code: string;
  readonly text: string;
  readonly span?: Span;
}

/** The result of one stage on one document: expected failures are values, not exceptions. */
export type Outcome<T> =
  | { readonly status: "ok"; readonly value: T; readonly messages?: readonly Message[] }
  | { readonly status: "skipped"; readonly code: string; readonly reason: string }
  | { readonly status: "failed"; readonly code: string; readonly reason: string };

// ---------------------------------------------------------------- collect

export type SourceFormat = "text" | "markdown" | "html";

/** Bytes as collected, before any decoding or cleaning. */
export interface RawDocument {
  /** Where it came from: a file path, URL or `stdin`. */
  readonly uri: string;
  readonly bytes: Uint8Array;
  readonly format: SourceFormat;
  /** Metadata known from the source itself (a feed item, an HTTP header). */
  readonly hints?: { readonly url?: string; readonly published?: string };
}

// ---------------------------------------------------------------- clean

/** One cleaned article: the unit every fact points into. */
export interface Article {
  /** Content-derived: `a_` + hash of the normalised text, so re-ingesting is harmless. */
  readonly id: string;
  /** A readable handle (file stem or URL slug); used to match gold sheets. */
  readonly slug: string;
  readonly contentHash: string;
  readonly title: string;
  /** Title, a blank line, then the body paragraphs separated by blank lines. */
  readonly text: string;
  readonly titleSpan: Span;
  readonly bodySpan: Span;
  /** ISO date (YYYY-MM-DD) or full timestamp as given; null when the page gives none. */
  readonly published: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly sourceUrl: string | null;
  readonly canonicalUrl: string | null;
  /** For syndicated copies: the link to the original article, where the copy gives one. */
  readonly originalUrl: string | null;
  readonly language: string | null;
  readonly format: SourceFormat;
  readonly sourceUri: string;
  /** What the cleaner removed or could not read, with positions in the source where known. */
  readonly messages: readonly Message[];
}

// ---------------------------------------------------------------- extract / link

export interface Provenance {
  /** The rule or extractor that produced the fact, e.g. `extract/counts#arrested`. */
  readonly rule: string;
  readonly version: string;
}

export interface Evidence {
  readonly spans: readonly Span[];
  /** The enclosing sentence of the first span. */
  readonly sentence: Span;
}

/** What every fact carries (spec/record.md). */
export interface FactBase {
  /** Stable: hash of article id + kind + normalised value + evidence span. */
  readonly id: string;
  /** Null only for derived facts, which then name their sources in `derivedFrom`. */
  readonly evidence: Evidence | null;
  readonly confidence: number;
  readonly provenance: Provenance;
  readonly derivedFrom?: readonly string[];
}

export type EntityType =
  "agency" | "person" | "organization" | "threat-actor" | "malware" | "country" | "place" | "vulnerability";

export interface Mention {
  readonly span: Span;
  readonly sentence: Span;
  readonly text: string;
}

export interface KnowledgeLink {
  /** `iso3166`, `geonames`, `attack`, `misp-galaxy`, `cve`, `blotter-kb`. */
  readonly source: string;
  readonly key: string;
  /** The alias in the knowledge base that the text matched. */
  readonly matchedAlias: string;
}

export interface Entity extends FactBase {
  readonly type: EntityType;
  readonly name: string;
  /** Names seen in this article plus aliases from the knowledge base. */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  readonly kb?: KnowledgeLink;
  /** Extra typed attributes: country code of a place, province, coordinates, nationality. */
  readonly attributes?: Readonly<Record<string, string | number>>;
}

export interface RoleFact extends FactBase {
  readonly person: string;
  /** Free text as stated: "spokesperson", "factory owner", "former chief executive". */
  readonly role: string;
  readonly of: string | null;
  readonly negated: boolean;
}

export const EVENT_TYPES = [
  "attack/data-breach",
  "attack/phishing",
  "attack/ransomware",
  "attack/ddos",
  "attack/malware",
  "attack/espionage",
  "fraud/scam",
  "vulnerability/disclosure",
  "vulnerability/patch",
  "law-enforcement/raid",
  "law-enforcement/arrest",
  "law-enforcement/charge",
  "law-enforcement/court",
  "law-enforcement/conviction",
  "law-enforcement/extradition",
  "law-enforcement/takedown",
  "law-enforcement/sanction",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CRIME_TYPES = [
  "hacking",
  "ponzi-scheme",
  "investment-scam",
  "call-center-fraud",
  "romance-scam",
  "pig-butchering",
  "bec",
  "tech-support-scam",
  "sextortion",
  "money-laundering",
  "identity-theft",
  "carding",
  "crypto-fraud",
  "phishing",
  "ransomware",
  "human-trafficking",
  "illegal-gambling",
  "data-theft",
  "espionage",
  "ddos",
  "extortion",
] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export type Realis = "actual" | "alleged" | "negated" | "future";

export interface Cue {
  readonly text: string;
  readonly span: Span;
}

export interface DateValue {
  readonly text: string;
  /** YYYY-MM-DD when it could be fixed against the publication date, else null. */
  readonly resolved: string | null;
}

export interface EventArgument {
  readonly role: "agent" | "victim" | "place" | "time" | "count" | "money" | "instrument" | "vulnerability";
  /** Id of the entity or fact. */
  readonly ref: string;
}

export interface EventFact extends FactBase {
  readonly type: EventType;
  readonly trigger: Span;
  readonly realis: Realis;
  readonly cue: Cue | null;
  /** True when the event belongs to a case the article only mentions, not its own incident. */
  readonly background: boolean;
  readonly date: DateValue | null;
  readonly args: readonly EventArgument[];
}

export interface CountPart {
  readonly dimension: "nationality" | "sex";
  readonly key: string;
  readonly value: number;
  readonly evidence: Evidence | null;
  readonly derived: boolean;
}

export interface CountFact extends FactBase {
  /** What is counted: arrested, detained, charged, rescued, victims, records… */
  readonly counted: string;
  readonly value: number | null;
  readonly vague: string | null;
  readonly parts: readonly CountPart[];
  /** False when the stated parts exceed the total. */
  readonly consistent: boolean;
}

export type AttributionModality = "asserted" | "alleged" | "not-linked";

export interface AttributionFact extends FactBase {
  readonly actor: string;
  readonly modality: AttributionModality;
  readonly cue: Cue | null;
}

export interface MoneyFact extends FactBase {
  readonly amount: number;
  readonly currency: string;
  readonly text: string;
  readonly role: "stolen" | "lost" | "laundered" | "seized" | "demanded" | "paid" | "other";
}

export interface LabelFact extends FactBase {
  readonly label: CrimeType;
}

export interface DateFact extends FactBase {
  readonly date: DateValue;
}

export type IocKind =
  | "url"
  | "domain"
  | "ipv4"
  | "ipv6"
  | "email"
  | "md5"
  | "sha1"
  | "sha256"
  | "sha512"
  | "btc"
  | "eth"
  | "xmr"
  | "cve";

/** Why a value shaped like an indicator is judged not to be one; the value is kept, not dropped. */
export type IocBenignReason =
  | "file name"
  | "version number"
  | "code identifier"
  | "well-known benign host"
  | "documentation example"
  | "private or reserved address"
  | "publisher contact"
  | "source link";

export interface IocFact extends FactBase {
  readonly kind: IocKind;
  /** Refanged and normalised: hosts, e-mail addresses and hashes lower-cased. */
  readonly value: string;
  /** Set when the value is kept but judged not an indicator. */
  readonly benign: IocBenignReason | null;
  /** The words that decided `benign` or overrode a default ("version", "the domain"), when context did. */
  readonly cue?: Cue;
}

/** The full, evidence-linked record of one article: the source of truth for every view. */
export interface IncidentRecord {
  readonly schemaVersion: 1;
  readonly articleId: string;
  readonly extractor: Provenance;
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly roles: readonly RoleFact[];
  readonly events: readonly EventFact[];
  readonly counts: readonly CountFact[];
  readonly attributions: readonly AttributionFact[];
  readonly money: readonly MoneyFact[];
  readonly crimeTypes: readonly LabelFact[];
  readonly dates: readonly DateFact[];
  readonly iocs: readonly IocFact[];
  readonly messages: readonly Message[];
}

/** The compact public summary of one article (spec/facts.md). */
export interface FactSheet {
  id: string;
  source_url: string | null;
  published: string | null;
  event_types: string[];
  agencies: string[][];
  persons: string[][];
  organizations: string[][];
  threat_actors: { names: string[]; linked: boolean }[];
  countries: string[];
  places: string[];
  arrested: { total: number; by_nationality: Record<string, number> } | null;
  crime_types: string[];
  cves: string[];
  malware: string[][];
  money: { amount: number; currency: string }[];
}

// ---------------------------------------------------------------- stories

/** What story grouping reads of one article. */
export interface StoryInput {
  readonly articleId: string;
  /** YYYY-MM-DD or an ISO timestamp; null when unknown (then no window applies). */
  readonly published: string | null;
  readonly title: string;
  readonly text: string;
  readonly contentHash: string;
  readonly sheet: FactSheet;
}

/** A stored article as grouping reads it, with the story it belongs to now (null before its first grouping). */
export interface StoryMaterial extends StoryInput {
  readonly storyId: string | null;
}

/** One story as grouped: its articles, earliest first. */
export interface StoryGroup {
  readonly id: string;
  readonly articleIds: readonly string[];
}

export interface StoredStory {
  readonly id: string;
  /** The earliest article's title. */
  readonly title: string;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly eventTypes: readonly string[];
}

/** One source of a story-level fact: an article, and the ids of its facts that state it (if any). */
export interface StorySource {
  readonly articleId: string;
  readonly factIds: readonly string[];
}

/** A fact of a story: one value, every article that states it. */
export interface StoryFact<T> {
  readonly value: T;
  readonly sources: readonly StorySource[];
}

/** Articles of one story that state different values for the same thing (149 vs 148 arrested). */
export interface StoryDisagreement {
  /** What the values are of: `arrested`, `arrested/CN`, `actor-linked/APT31`, `money/demanded`… */
  readonly about: string;
  readonly values: readonly StoryFact<string | number | boolean>[];
}

/** A story's merged record: each fact once, with all its sources; disagreements flagged. */
export interface StoryRecord {
  readonly id: string;
  readonly title: string;
  readonly articles: readonly {
    readonly articleId: string;
    readonly title: string;
    readonly published: string | null;
    readonly outlet: string | null;
    readonly sourceUrl: string | null;
  }[];
  readonly eventTypes: readonly StoryFact<string>[];
  readonly crimeTypes: readonly StoryFact<string>[];
  readonly agencies: readonly StoryFact<readonly string[]>[];
  readonly persons: readonly StoryFact<readonly string[]>[];
  readonly organizations: readonly StoryFact<readonly string[]>[];
  readonly threatActors: readonly StoryFact<{
    readonly names: readonly string[];
    readonly linked: boolean;
  }>[];
  readonly malware: readonly StoryFact<readonly string[]>[];
  readonly countries: readonly StoryFact<string>[];
  readonly places: readonly StoryFact<string>[];
  readonly cves: readonly StoryFact<string>[];
  readonly counts: readonly StoryFact<{ readonly counted: string; readonly value: number }>[];
  readonly money: readonly StoryFact<{
    readonly amount: number;
    readonly currency: string;
    readonly role: string;
  }>[];
  readonly disagreements: readonly StoryDisagreement[];
}

// ---------------------------------------------------------------- watch

/** What a feed's last poll left behind, so the next one asks only for what changed. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolled: string | null;
  /** One line: `ok: 3 new, 17 seen` or the failure. */
  readonly lastResult: string | null;
}

/** A feed item as the cursor knows it: stored, or failed so far (retried until `attempts` runs out). */
export interface FeedItemState {
  readonly key: string;
  readonly status: "stored" | "failed";
  readonly attempts: number;
  readonly articleId: string | null;
}

// ---------------------------------------------------------------- store

export interface StoredIncident {
  readonly articleId: string;
  readonly slug: string;
  readonly title: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly eventTypes: readonly string[];
  readonly ingestedAt: string;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string;
  readonly snippet: string;
  readonly rank: number;
}

/** `updated`: same article, record re-extracted by another extractor version. */
export type SaveResult = "inserted" | "updated" | "unchanged";

/** One document for `Store.saveIncidents`: what `saveIncident` takes. */
export interface IncidentToSave {
  readonly article: Article;
  readonly record: IncidentRecord;
  readonly sheet: FactSheet;
}

/** What happened to one document of a batch: saved (or found unchanged), or failed alone with a reason. */
export type BatchSaveResult =
  { readonly status: SaveResult } | { readonly status: "failed"; readonly reason: string };

/** Persistence. One contract, two implementations (PGlite, PostgreSQL), one contract test. */
export interface Store {
  /** Saves the article, its record and its facts in one transaction; saving the same again is a no-op. */
  saveIncident(article: Article, record: IncidentRecord, sheet: FactSheet): Promise<SaveResult>;
  /**
   * Saves many documents, each as `saveIncident` would (idempotent), in one transaction when none
   * fails; a document that fails is reported and stored nothing, the others are kept. One result per
   * document, in order.
   */
  saveIncidents(batch: readonly IncidentToSave[]): Promise<readonly BatchSaveResult[]>;
  getArticle(articleId: string): Promise<Article | null>;
  getRecord(articleId: string): Promise<IncidentRecord | null>;
  getFactSheet(articleId: string): Promise<FactSheet | null>;
  listIncidents(options: { limit: number; offset: number }): Promise<readonly StoredIncident[]>;
  countArticles(): Promise<number>;
  /** Full-text search over title and body. */
  search(query: string, limit: number): Promise<readonly SearchHit[]>;
  /**
   * What grouping needs of the articles published in `[from, to]` (YYYY-MM-DD, inclusive), plus the
   * undated ones and every article sharing a story with one of them; all articles when no range is given.
   */
  storyMaterial(range?: { readonly from: string; readonly to: string }): Promise<readonly StoryMaterial[]>;
  /**
   * Replaces the story membership of every article named in `stories` (atomically); stories left
   * with no article are removed. Articles not named keep their story.
   */
  saveStories(stories: readonly StoryGroup[]): Promise<void>;
  listStories(options: { limit: number; offset: number }): Promise<readonly StoredStory[]>;
  countStories(): Promise<number>;
  /** The story's articles, earliest first; null when there is no such story. */
  getStory(storyId: string): Promise<StoryGroup | null>;
  storyOf(articleId: string): Promise<string | null>;
  getFeedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  /** The cursor's entries for those of `keys` it has seen. */
  feedItems(url: string, keys: readonly string[]): Promise<ReadonlyMap<string, FeedItemState>>;
  /** Records one item's outcome; a failure adds one to its attempts. */
  markFeedItem(url: string, item: Omit<FeedItemState, "attempts">): Promise<void>;
  close(): Promise<void>;
}

/**
 * @module extract/entities
 * Collects mentions into entities: one entity per (type, normalised canonical name), with every
 * mention's span and sentence, the aliases seen, and a knowledge-base link where one matched.
 */
import type { Entity, EntityType, KnowledgeLink, Mention, Span } from "../contracts.ts";
import { normaliseName } from "../link/normalise.ts";
import type { ExtractionContext } from "./context.ts";
import { factId, provenance } from "./facts.ts";

interface Draft {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** `start:end` of each mention, so a repeated mention is found at once however often a name recurs. */
  spanKeys: Set<string>;
  kb?: KnowledgeLink;
  attributes: Record<string, string | number>;
  confidence: number;
  rule: string;
}

export interface MentionInput {
  readonly type: EntityType;
  readonly name: string;
  readonly span: Span;
  readonly aliases?: readonly string[];
  readonly kb?: KnowledgeLink;
  readonly attributes?: Readonly<Record<string, string | number>>;
  readonly confidence: number;
  readonly rule: string;
}

export class EntityTable {
  readonly #drafts = new Map<string, Draft>();
  readonly #aliasIndex = new Map<string, string>();
  /** Adds the mention unless the draft already has one with its span. */
  static #addMention(draft: Draft, mention: Mention): void {
    const key = `${mention.span[0]}:${mention.span[1]}`;
    if (draft.spanKeys.has(key)) return;
    draft.spanKeys.add(key);
    draft.mentions.push(mention);
  }

  constructor(private readonly ctx: ExtractionContext) {}

  static keyOf(type: EntityType, name: string): string {
    return `${type}:${normaliseName(name)}`;
  }

  /** Adds a mention; returns the entity key. A name already known as an alias joins its entity. */
  add(input: MentionInput): string {
    const direct = EntityTable.keyOf(input.type, input.name);
    const key = this.#drafts.has(direct) ? direct : (this.#aliasIndex.get(direct) ?? direct);
    let draft = this.#drafts.get(key);
    if (!draft) {
      draft = {
        type: input.type,
        name: input.name,
        aliases: [],
        mentions: [],
        spanKeys: new Set(),
        attributes: {},
        confidence: input.confidence,
        rule: input.rule,
      };
      this.#drafts.set(key, draft);
    }
    const surface = this.ctx.text.slice(input.span[0], input.span[1]);
    for (const alias of [input.name, surface, ...(input.aliases ?? [])]) this.addAlias(key, alias);
    EntityTable.#addMention(draft, {
      span: input.span,
      sentence: this.ctx.analysis.sentenceAt(input.span[0]).span,
      text: surface,
    });
    if (input.kb && !draft.kb) draft.kb = input.kb;
    Object.assign(draft.attributes, input.attributes ?? {});
    draft.confidence = Math.max(draft.confidence, input.confidence);
    // "an SEC department" before "the Securities and Exchange Commission (SEC)": the bare acronym seen
    // first is the same body, once the text spells it out. Only a body's acronym: a catalogue's aliases
    // of malware are shared between entries ("qbot" is Gafgyt's too), and a unit's owner is another
    // body ("Palo Alto Networks' Unit 42").
    const body = input.type === "agency" || input.type === "organization";
    const acronyms = (input.aliases ?? []).filter(
      (a) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(a) && a[0] === input.name[0],
    );
    for (const alias of body ? acronyms : []) {
      const bare = EntityTable.keyOf(input.type, alias);
      if (bare !== key && this.#drafts.has(bare)) this.merge(bare, key);
    }
    return key;
  }

  addAlias(key: string, alias: string): void {
    const draft = this.#drafts.get(key);
    if (!draft || !normaliseName(alias)) return;
    if (!draft.aliases.some((a) => normaliseName(a) === normaliseName(alias))) draft.aliases.push(alias);
    const aliasKey = EntityTable.keyOf(draft.type, alias);
    if (!this.#aliasIndex.has(aliasKey)) this.#aliasIndex.set(aliasKey, key);
  }

  /** The entity key a name refers to, through its aliases. */
  resolve(type: EntityType, name: string): string | null {
    const direct = EntityTable.keyOf(type, name);
    if (this.#drafts.has(direct)) return direct;
    return this.#aliasIndex.get(direct) ?? null;
  }

  get(key: string): Readonly<Draft> | undefined {
    return this.#drafts.get(key);
  }

  keys(type?: EntityType): string[] {
    // Asked inside loops over the table ("each organisation against every agency"): no entry pairs built.
    const keys: string[] = [];
    this.#drafts.forEach((draft, key) => {
      if (!type || draft.type === type) keys.push(key);
    });
    return keys;
  }

  /** Gives an entity its reference name (a known body's official name); the old name stays an alias. */
  rename(key: string, name: string): void {
    const draft = this.#drafts.get(key);
    if (!draft) return;
    this.addAlias(key, draft.name);
    draft.name = name;
    this.addAlias(key, name);
  }

  /** Moves an entity to another type (a state body named only as a sponsor becomes an organisation). */
  retype(key: string, type: EntityType): void {
    const draft = this.#drafts.get(key);
    if (draft) draft.type = type;
  }

  /** Folds one entity into another: its mentions and aliases join `into`; its own name becomes an alias. */
  merge(from: string, into: string): void {
    const source = this.#drafts.get(from);
    const target = this.#drafts.get(into);
    if (!source || !target || from === into) return;
    this.#drafts.delete(from);
    for (const [aliasKey, key] of this.#aliasIndex) if (key === from) this.#aliasIndex.set(aliasKey, into);
    for (const alias of [source.name, ...source.aliases]) this.addAlias(into, alias);
    for (const m of source.mentions) EntityTable.#addMention(target, m);
  }

  remove(key: string): void {
    this.#drafts.delete(key);
  }

  /** Entities sorted by first mention, each with a stable id. */
  build(): { entities: Entity[]; idOf: Map<string, string> } {
    const idOf = new Map<string, string>();
    const entities = [...this.#drafts.entries()]
      .filter(([, d]) => d.mentions.length > 0)
      .map(([key, d]) => {
        d.mentions.sort((a, b) => a.span[0] - b.span[0]);
        const first = d.mentions[0]?.span ?? null;
        const id = factId(this.ctx.articleId, `entity:${d.type}`, normaliseName(d.name), first);
        idOf.set(key, id);
        const entity: Entity = {
          id,
          type: d.type,
          name: d.name,
          aliases: d.aliases,
          mentions: d.mentions,
          evidence: { spans: d.mentions.map((m) => m.span), sentence: d.mentions[0]?.sentence ?? [0, 0] },
          confidence: d.confidence,
          provenance: provenance(d.rule),
          ...(d.kb ? { kb: d.kb } : {}),
          ...(Object.keys(d.attributes).length ? { attributes: d.attributes } : {}),
        };
        return entity;
      })
      .sort((a, b) => (a.mentions[0]?.span[0] ?? 0) - (b.mentions[0]?.span[0] ?? 0));
    return { entities, idOf };
  }
}

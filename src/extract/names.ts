/**
 * @module extract/names
 * Proper names → agencies, organisations, people and unknown threat groups. Reads each body sentence
 * as words, groups capitalised words into name chunks ("Ministry of State Security", "People’s
 * Liberation Army"), then decides each chunk's type from its head word, a lexicon, or its context:
 * a title before a person ("spokesperson Najeeb-ul-Hassan"), a speech verb after it, an appositive
 * ("Awan, a former chief executive"), a descriptor before a company ("security firm Sophos").
 * Chunks with no such evidence are left out: precision first. Titles are read only by lookup.
 */
import type { EntityType, Span } from "../contracts.ts";
import { isTitle, type ExtractionContext } from "./context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { AGENCY_NAMES, KNOWN_ORGS } from "./lexicon/institutions.ts";
import { chunksOf, splitConjunctions, stripCountryPrefix, surface, type Chunk } from "./name-chunks.ts";
import {
  descriptorType,
  hasPersonCue,
  headType,
  isInstitutionWord,
  isNameWord,
  isThreatActorChunk,
  startsWithFirstName,
  stripTitles,
} from "./name-kinds.ts";

/** An outlet's own event promotion inside the article ("Register now for our webinar…"): not the story. */
const PROMOTION =
  /\b(?:webinars?|register now|join (?:host|us)|joining \w+ (?:is|are)|live discussion|sign up (?:now|here|today))\b/i;

export interface NameMention {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly span: Span;
  readonly confidence: number;
  readonly rule: string;
}

/**
 * Finds named agencies, organisations, people and unlisted threat groups. `occupied` holds spans
 * already claimed by country, place and knowledge-base lookups.
 */
export function findNames(
  ctx: ExtractionContext,
  gazetteer: Gazetteer,
  occupied: readonly Span[],
  placeCandidates: readonly Span[] = [],
): NameMention[] {
  const found: NameMention[] = [];
  const overlaps = (span: Span) => occupied.some(([s, e]) => s < span[1] && span[0] < e);
  const inside = (span: Span) => occupied.some(([s, e]) => s <= span[0] && span[1] <= e);
  const isPlace = (span: Span) => placeCandidates.some(([s, e]) => s === span[0] && e === span[1]);
  const pending: Chunk[] = [];
  const acronyms = new Map<string, NameMention>();
  const surnames = new Map<string, NameMention>();

  const rememberSurnames = (mention: NameMention) => {
    const words = mention.name.split(/\s+/);
    for (let k = 1; k < words.length; k++) surnames.set(words.slice(k).join(" "), mention);
    const parts = mention.name.split(/[\s-]+/);
    if (parts.length > 1) surnames.set(parts.at(-1) ?? "", mention);
  };
  const emit = (mention: NameMention) => {
    found.push(mention);
    if (mention.type === "person") rememberSurnames(mention);
  };

  for (const sentence of ctx.analysis.sentences) {
    if (isTitle(ctx, sentence) || PROMOTION.test(sentence.text)) continue;
    for (const raw of chunksOf(ctx, sentence)) {
      for (const chunk of splitConjunctions(raw)) {
        const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
        if (inside(span) || /^CVE-\d/i.test(chunk.words[0]?.text ?? "")) continue;
        const { core, prefix } = stripCountryPrefix(chunk.words, gazetteer);
        const full = surface(ctx, chunk.words);
        const name = surface(ctx, core);
        const aliases = prefix.length ? [full] : [];
        const acronym =
          chunk.after[0]?.text === "(" &&
          chunk.after[2]?.text === ")" &&
          /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u.test(chunk.after[1]?.text ?? "")
            ? (chunk.after[1]?.text ?? null)
            : null;
        let type: EntityType | null = null;
        let rule = "";
        let confidence = 70;
        if (AGENCY_NAMES.has(name)) [type, rule, confidence] = ["agency", "names#agency-lexicon", 90];
        else if (KNOWN_ORGS.has(name)) [type, rule, confidence] = ["organization", "names#org-lexicon", 90];
        else if (overlaps(span) && chunk.words.length <= 2) continue;
        else if (KNOWN_ORGS.has(core[0]?.text ?? "")) {
          // "Microsoft Exchange" is a company's product; "Microsoft Threat Intelligence Center" one of its units.
          if (!headType(core, gazetteer)) continue;
          [type, rule, confidence] = ["organization", "names#company-unit", 80];
        } else if (core.length <= 4 && !acronyms.has(name) && isThreatActorChunk(chunk))
          [type, rule, confidence] = ["threat-actor", "names#threat-descriptor", 70];
        else if (core.length >= 2 && !headType(core, gazetteer) && descriptorType(chunk) === "organization")
          [type, rule, confidence] = ["organization", "names#organization-descriptor", 65];
        else if (core.length >= 2 && surnames.has(name)) {
          const known = surnames.get(name) as NameMention;
          found.push({ ...known, span, aliases: [], rule: "names#coreference" });
          continue;
        } else {
          const titledPerson = stripTitles(core);
          const head =
            titledPerson !== core && startsWithFirstName(titledPerson) ? null : headType(core, gazetteer);
          if (head) [type, rule, confidence] = [head, `names#${head}-head`, 80];
          else {
            const person = titledPerson;
            const shaped =
              person.length >= 2 &&
              person.length <= 5 &&
              person.every(isNameWord) &&
              !person.some(isInstitutionWord);
            if (shaped && (person !== core || hasPersonCue(chunk)))
              [type, rule, confidence] = ["person", "names#person-cue", 75];
            else if (shaped && startsWithFirstName(person))
              [type, rule, confidence] = ["person", "names#first-name", 65];
            if (type && person !== core) {
              const titled = surface(ctx, person);
              found.push({
                type,
                name: titled,
                aliases: [],
                span: [person[0]?.start ?? 0, person.at(-1)?.end ?? 0],
                confidence,
                rule,
              });
              rememberSurnames(found[found.length - 1] as NameMention);
              continue;
            }
          }
          if (
            !type &&
            core.length === 1 &&
            /-/.test(core[0]?.text ?? "") &&
            core.every(isNameWord) &&
            hasPersonCue(chunk)
          )
            [type, rule, confidence] = ["person", "names#person-cue", 65];
        }
        if (!type) {
          pending.push(chunk);
          continue;
        }
        const mention: NameMention = {
          type,
          name,
          aliases: acronym ? [...aliases, acronym] : aliases,
          span,
          confidence,
          rule,
        };
        emit(mention);
        if (acronym) acronyms.set(acronym, mention);
      }
    }
  }

  // Second pass: single names that refer back (acronyms, surnames) or carry a descriptor.
  for (const chunk of pending) {
    const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
    if (overlaps(span)) continue;
    const name = surface(ctx, chunk.words);
    const known = acronyms.get(name) ?? surnames.get(name);
    if (known) {
      found.push({ ...known, span, aliases: [], rule: "names#coreference" });
      continue;
    }
    const type = chunk.words.length <= 3 && !isPlace(span) ? descriptorType(chunk) : null;
    if (type) found.push({ type, name, aliases: [], span, confidence: 60, rule: `names#${type}-descriptor` });
  }

  // Title mentions of names the body established.
  const known = new Map(found.map((m) => [m.name, m] as const));
  for (const sentence of ctx.analysis.sentences.filter((s) => isTitle(ctx, s))) {
    for (const chunk of chunksOf(ctx, sentence)) {
      const name = surface(ctx, chunk.words);
      const match = known.get(name) ?? acronyms.get(name);
      const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
      if (match && !overlaps(span)) found.push({ ...match, span, aliases: [], rule: "names#title" });
      else if ((AGENCY_NAMES.has(name) || KNOWN_ORGS.has(name)) && !overlaps(span))
        found.push({
          type: AGENCY_NAMES.has(name) ? "agency" : "organization",
          name,
          aliases: [],
          span,
          confidence: 85,
          rule: "names#title-lexicon",
        });
    }
  }
  return found;
}

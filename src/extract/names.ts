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
import type { Sentence } from "./analyse.ts";
import { isTitle, type ExtractionContext } from "./context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  KNOWN_ORGS,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  PERSON_TITLES,
  SPEECH_VERBS,
  WEAK_AGENCY_HEADS,
} from "./lexicon/institutions.ts";
import { firstNames } from "./lexicon/first-names.ts";
import { wordsOf, type Word } from "./words.ts";

export interface NameMention {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly span: Span;
  readonly confidence: number;
  readonly rule: string;
}

interface Chunk {
  words: Word[];
  sentence: Sentence;
  before: Word[];
  after: Word[];
}

const CONNECTORS = new Set([
  "of",
  "for",
  "de",
  "del",
  "da",
  "von",
  "van",
  "der",
  "al",
  "bin",
  "la",
  "du",
  "and",
  "&",
  "on",
]);
const POSSESSIVE = /^['’]s$/;
const NEVER_NAMES = new Set(
  "The|A|An|This|That|These|Those|Its|It|Their|His|Her|Our|Both|Some|According|Since|While|But|And|Although|After|Before|When|If|As|In|On|At|By|For|From|With|Notably|However|Meanwhile|Also|Yet|So|Then|Under|Over|Despite|Last|Earlier|Later|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I|We|They|He|She|You|Update|Additionally|Further|Furthermore|Moreover|Once|Many|Most|Several|Other|Such|Each|Every|All|Any|No|Not|Now|Here|There|What|Who|How|Why|Where|Which|Once|Earlier|Unlike|Like|During|Following|Through|Per|Via|Read|See|Note|Source|Image|Credit|Photo|Overall|Instead|Still|Just|Only|Even|Although|Because|Whether|Until|Upon|Among|Between|Within|Without|Against|Toward|Towards|Into|Onto|About|Above|Below|Around|Ahead|Following|Regarding".split(
    "|",
  ),
);
const THREAT_DESCRIPTORS =
  /^(?:ransomware|hacking|hacker|hackers|threat|apt|cybercrime|cybercriminal|criminal|extortion|hacktivist|espionage|state-sponsored|gang|group)$/i;

const isCapitalised = (w: Word) => /^[\p{Lu}][\p{L}\p{N}'’.&$-]*$/u.test(w.text) && !NEVER_NAMES.has(w.text);
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const isNameWord = (w: Word) =>
  NAME_SUFFIX.test(w.text) ||
  /^(?:[\p{Lu}][\p{Ll}'’-]+(?:-[\p{L}]+)*|[\p{Lu}]\.|[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{Ll}]+)$/u.test(w.text);
const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? "";

const isHead = (text: string) => AGENCY_HEADS.has(text) || ORG_HEADS.has(text);

/** Whether the connector at `j` ("of", "’s", "and") continues the name before it. */
function joins(words: readonly Word[], j: number): boolean {
  const connector = words[j]?.text ?? "";
  const left = words[j - 1]?.text ?? "";
  if (POSSESSIVE.test(connector)) {
    // "People’s Liberation Army", "Attorney General’s Office": only when a head word follows soon.
    if (isHead(left) || KNOWN_ORGS.has(left)) return false;
    return words.slice(j + 1, j + 4).some((w) => isHead(w.text));
  }
  if (connector === "and" || connector === "&") return true;
  return (
    CONNECTORS.has(connector) &&
    (isHead(left) || /^(?:People|Republic|Secretary|Minister|Director|Chief|Head)$/.test(left))
  );
}

function chunksOf(ctx: ExtractionContext, sentence: Sentence): Chunk[] {
  const words = wordsOf(ctx, sentence);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const sentenceInitial = i === 0 || /^["“‘(]$/.test(words[i - 1]?.text ?? "");
    if (!isCapitalised(w) || (sentenceInitial && w.pos !== "PROPN" && !/^[\p{Lu}\p{N}]{2,}$/u.test(w.text))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = words[j];
      const after = words[j + 1];
      if (next && isCapitalised(next) && next.start - (words[j - 1]?.end ?? 0) <= 1) j++;
      else if (next && after && joins(words, j) && isCapitalised(after)) j += 2;
      else if (
        next &&
        after?.text === "the" &&
        words[j + 2] &&
        joins(words, j) &&
        isCapitalised(words[j + 2] as Word)
      )
        j += 3;
      else break;
    }
    chunks.push({
      words: words.slice(i, j),
      sentence,
      before: words.slice(Math.max(0, i - 4), i),
      after: words.slice(j, j + 8),
    });
    i = j;
  }
  return chunks;
}

const surface = (ctx: ExtractionContext, words: readonly Word[]) =>
  words.length ? ctx.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0) : "";

/** "Pakistan’s", "U.S.", "Chinese": leading country words that are not part of the body's own name. */
function stripCountryPrefix(words: Word[], gazetteer: Gazetteer): { core: Word[]; prefix: Word[] } {
  let k = 0;
  while (k < words.length - 1 && gazetteer.countries.has(words[k]?.text ?? "")) k++;
  if (k > 0 && POSSESSIVE.test(words[k]?.text ?? "")) k++;
  // "Peterborough’s Finance Department": a possessor before the body is not part of its name.
  if (k === 0 && POSSESSIVE.test(words[1]?.text ?? "") && words[0]?.text !== "People" && words.length > 3)
    k = 2;
  return { core: words.slice(k), prefix: words.slice(0, k) };
}

/** Splits a chunk at "and"/"&" unless the whole ends in an institution head ("Securities and Exchange Commission"). */
function splitConjunctions(chunk: Chunk): Chunk[] {
  const last = chunk.words.at(-1)?.text ?? "";
  const at = chunk.words.findIndex((w) => w.text === "and" || w.text === "&");
  const leftWords = at > 0 ? chunk.words.slice(0, at) : [];
  const leftText = leftWords.map((w) => w.text).join(" ");
  const leftComplete =
    KNOWN_ORGS.has(leftText) ||
    AGENCY_NAMES.has(leftText) ||
    (leftWords.length >= 2 &&
      ORG_HEADS.has(leftWords.at(-1)?.text ?? "") &&
      !WEAK_AGENCY_HEADS.has(leftWords.at(-1)?.text ?? "") &&
      leftWords.at(-1)?.text !== "Securities");
  const headOf = leftWords.some((w, k) => isHead(w.text) && CONNECTORS.has(leftWords[k + 1]?.text ?? ""));
  if (at < 0 || (isHead(last) && !leftComplete) || headOf) return [chunk];
  const parts: Chunk[] = [];
  let current: Word[] = [];
  for (const w of chunk.words) {
    if (w.text === "and" || w.text === "&") {
      if (current.length) parts.push({ ...chunk, words: current });
      current = [];
    } else current.push(w);
  }
  if (current.length) parts.push({ ...chunk, words: current });
  return parts.map((p, idx) => ({ ...p, after: idx === parts.length - 1 ? chunk.after : [] }));
}

/** Heads that name a government body only with a public qualifier ("Secret Service", not "Certificate Services"). */
const QUALIFIED_HEADS = new Set([
  "Center",
  "Centre",
  "Service",
  "Services",
  "Office",
  "Authority",
  "Council",
  "Command",
  "Administration",
  "Unit",
  "Commission",
]);
const PUBLIC_QUALIFIERS =
  /^(?:Federal|National|State|Secret|Security|Intelligence|Revenue|Police|Border|Customs|Prison|Marshals|Health|Civil|Foreign|Diplomatic|Emergency|Immigration|Tax|Attorney|Prosecutor|Prosecutors|Public|Central|Cyber|Crime|Fraud|Investigation|Investigations|Regulatory|Protection|Constitution|Information|Competition|Financial|Energy|Communications|Trade|Europol|European|Home|Cabinet|Presidential|Army|Military|Defense|Defence|Justice|Interior|District|County|City|Municipal|Metropolitan|Provincial|Regional|Royal|Joint|Treasury|Consumer|Data|Privacy|Elections?|Electoral|Main|General)$/;

/** The type a head word gives a chunk; the head must end the name or stand before "of"/"for". */
/** Bodies whose names put the head first, as in Spanish, French, German or Irish ("Policía Nacional"). */
const LEADING_AGENCY_HEADS =
  /^(?:Policía|Polícia|Polizia|Policia|Polizei|Police|Guardia|Gendarmerie|Garda|Carabinieri|Ministerio|Ministère|Ministerium|Fiscalía|Parquet|Tribunal|Juzgado|Audiencia)$/;

function headType(words: readonly Word[], gazetteer: Gazetteer): "agency" | "organization" | null {
  if (words.length < 2) return null;
  if (LEADING_AGENCY_HEADS.test(words[0]?.text ?? "")) return "agency";
  for (let k = words.length - 1; k >= 0; k--) {
    const text = words[k]?.text ?? "";
    const next = words[k + 1]?.text;
    if (WEAK_AGENCY_HEADS.has(text)) continue;
    const endsName = next === undefined || CONNECTORS.has(next);
    if (ORG_HEADS.has(text)) return endsName ? "organization" : null;
    if (AGENCY_HEADS.has(text)) {
      if (!endsName) return null;
      if (!QUALIFIED_HEADS.has(text)) return "agency";
      const qualified = words.some((w) => PUBLIC_QUALIFIERS.test(w.text) || gazetteer.countries.has(w.text));
      if (qualified) return "agency";
      return text === "Center" || text === "Centre" ? "organization" : null;
    }
  }
  return words.some((w) => WEAK_AGENCY_HEADS.has(w.text) && AGENCY_HEADS.has(w.text)) &&
    words.some((w) => w.text === "National" || w.text === "Federal" || w.text === "State")
    ? "agency"
    : null;
}

/** "Town Administrator Nicole MacStay" → "Nicole MacStay": a title inside the chunk is not the name. */
function stripTitles(words: Word[]): Word[] {
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k];
    if (w && (PERSON_TITLES.has(w.text) || PERSON_TITLES.has(lower(w)))) return words.slice(k + 1);
  }
  return words;
}

const isInstitutionWord = (w: Word) =>
  PERSON_TITLES.has(lower(w)) ||
  PERSON_TITLES.has(w.text) ||
  AGENCY_HEADS.has(w.text) ||
  ORG_HEADS.has(w.text);
const startsWithFirstName = (words: readonly Word[]) =>
  firstNames().has((words[0]?.text ?? "").split("-")[0] ?? "");

function hasPersonCue(chunk: Chunk): boolean {
  const prev = chunk.before.at(-1);
  const prev2 = chunk.before.at(-2);
  const next = chunk.after[0];
  const next2 = chunk.after[1];
  if (prev && (PERSON_TITLES.has(prev.text) || PERSON_TITLES.has(lower(prev)))) return true;
  if (prev && /^\d{1,3}-year-old$/.test(prev.text)) return true;
  if (prev && SPEECH_VERBS.has(lower(prev))) return true;
  if (prev && prev2 && lower(prev2) === "according" && lower(prev) === "to") return false;
  if (next && SPEECH_VERBS.has(lower(next))) return true;
  if (
    next?.text === "," &&
    next2 &&
    (/^(?:a|an|who|aged|\d{1,3})$/i.test(next2.text) ||
      (lower(next2) === "the" && chunk.after.slice(2, 6).some((w) => PERSON_TITLES.has(lower(w)))))
  )
    return true;
  return false;
}

const GANG_KINDS =
  /^(?:ransomware|hacking|hacker|extortion|cybercrime|cybercriminal|criminal|threat|apt|hacktivist|espionage|fraud|scam|phishing)$/;
/** Crime and platform words that stand before "gang" without being one's name ("BEC gang", "Android"). */
const NOT_ACTORS =
  /^(?:BEC|DDoS|APT|Ransomware|Trojan|Android|Windows|Linux|iOS|macOS|Telegram|Crypto|Bitcoin|Dark Web|Internet|Nigerian|Russian|Chinese|Iranian|North Korean)$/i;

/** "the Black Lantern ransomware gang", "a group it tracks as Storm Heron": an unlisted threat actor. */
function isThreatActorChunk(chunk: Chunk): boolean {
  const name = chunk.words.map((w) => w.text).join(" ");
  if (NOT_ACTORS.test(name)) return false;
  const [a, b] = chunk.after.map(lower);
  if (a && /^(?:gang|crew|cartel|cybergang)$/.test(a)) return true;
  if (a && b && GANG_KINDS.test(a) && /^(?:gang|group|crew|operators?|cartel)$/.test(b)) return true;
  const before = chunk.before.slice(-3).map(lower).join(" ");
  const actorTalk = /\b(?:group|gang|actor|actors|hackers|operators|cluster|crew|apt)\b/i.test(
    chunk.sentence.text,
  );
  return (
    actorTalk &&
    /\b(?:tracks? (?:it |them )?as|tracked as|tracking (?:it |them )?as|dubbed|calls? itself)$/.test(before)
  );
}

function descriptorType(chunk: Chunk): EntityType | null {
  const before = chunk.before.slice(-2).map(lower);
  if (
    before.some((w) => THREAT_DESCRIPTORS.test(w)) &&
    chunk.after[0] &&
    /^(?:group|gang|operators?|crew|actors?)$/i.test(chunk.after[0].text)
  )
    return "threat-actor";
  if (
    before.at(-1) &&
    ORG_DESCRIPTORS.has(before.at(-1) ?? "") &&
    !THREAT_DESCRIPTORS.test(before.at(-2) ?? "")
  )
    return "organization";
  const [comma, article, ...rest] = chunk.after;
  if (comma?.text === "," && article && /^(?:a|an|the)$/i.test(article.text)) {
    const phrase = rest.slice(0, 6);
    const stop = phrase.findIndex((w) => /^[,.;:]$/.test(w.text));
    if (
      phrase
        .slice(0, stop < 0 ? 6 : stop)
        .some((w) => ORG_DESCRIPTORS.has(lower(w)) && !/^(?:group|team)$/.test(lower(w)))
    )
      return "organization";
  }
  if (chunk.after[0] && /^(?:researchers|analysts)$/i.test(chunk.after[0].text)) return "organization";
  const [w1, w2] = chunk.after;
  if (
    w1 &&
    w2 &&
    SPEECH_VERBS.has(lower(w1)) &&
    /^(?:in|on)$/.test(lower(w2)) &&
    /^(?:a|an|its|the)$/.test(lower(chunk.after[2])) &&
    /^(?:statement|report|blog|advisory|post|notice|filing|announcement|alert|analysis|email)$/.test(
      lower(chunk.after[3]),
    )
  )
    return "organization";
  if (
    chunk.before.length >= 2 &&
    lower(chunk.before.at(-2)) === "according" &&
    lower(chunk.before.at(-1)) === "to" &&
    !startsWithFirstName(chunk.words)
  )
    return "organization";
  if (
    chunk.before.length >= 2 &&
    /^(?:researchers|analysts|experts)$/i.test(chunk.before.at(-2)?.text ?? "") &&
    /^(?:at|from|with)$/i.test(chunk.before.at(-1)?.text ?? "")
  )
    return "organization";
  return null;
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
    if (isTitle(ctx, sentence)) continue;
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
        else if (KNOWN_ORGS.has(core[0]?.text ?? "") && headType(core, gazetteer) !== "organization")
          continue; // "Microsoft Exchange", "Microsoft Office": a company's product, not a body
        else if (core.length <= 4 && isThreatActorChunk(chunk))
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

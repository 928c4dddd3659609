/**
 * @module extract/names
 * Proper names → agencies, organisations, people and unknown threat groups. Reads each body sentence
 * as words, groups capitalised words into name chunks ("Ministry of State Security", "People’s
 * Liberation Army"), then decides each chunk's type from its head word, a lexicon, or its context:
 * a title before a person ("spokesperson Najeeb-ul-Hassan"), a speech verb after it, an appositive
 * ("Awan, a former chief executive"), a descriptor before a company ("security firm Sophos").
 * Chunks with no such evidence are left out: precision first. A title gives only names the body
 * established, lexicon names, and the victim it names (title-victims.ts).
 */
import type { EntityType, Span } from "../contracts.ts";
import {
  isTitle,
  matchesIn,
  prefiltered,
  testPrefiltered,
  titleCaseLine,
  writtenInLowerCase,
  type ExtractionContext,
} from "./context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  isKnownOrg,
  KNOWN_ORGS,
  POLITIES,
  POST_NOUNS,
  SPEECH_VERBS,
  TECHNICAL_ACRONYMS,
  TECHNICAL_TERM,
} from "./lexicon/institutions.ts";
import { isAgencyNameOf, isKnownAgencyName, isUniqueAgencyName } from "./agencies.ts";
import { isCountryName } from "./lexicon/countries.ts";
import { US_STATE_CODES } from "./lexicon/regions.ts";
import { ORG_ACRONYM_CONTEXT } from "./lexicon/companies.ts";
import { firstNames } from "./lexicon/first-names.ts";
import { countryAsGivenName } from "./lookup.ts";
import { isProductName } from "./lexicon/products.ts";
import {
  chunksOf,
  LEGAL_FORM,
  lower,
  ORIGIN_WORD,
  POSSESSIVE,
  splitAdjoinedBodies,
  splitConjunctions,
  stripCountryPrefix,
  isNationalCompany,
  surface,
  type Chunk,
} from "./name-chunks.ts";
import {
  capitalDistrictAsPlace,
  descriptorType,
  calledAThing,
  objectOfThingVerb,
  hasPersonCue,
  headType,
  isFieldOrLawWord,
  isInstitutionWord,
  isPersonTitle,
  isJobTitle,
  isNameWord,
  isThreatActorChunk,
  startsWithFirstName,
  stripTitles,
} from "./name-kinds.ts";
import { sharesEdgeWord, titleVictim } from "./title-victims.ts";
import { namesAfterComma, OPENS_CAPITAL, wordsQuotedAlone, type Word } from "./words.ts";
import { placeNamedCompany, placeShaped } from "./name-places.ts";
import { Coverage, SpanSet } from "./span-set.ts";
import { LEADER_SURNAMES } from "./lexicon/leaders.ts";

/** Words between a person or post and the body they belong to. */
const AFFILIATION = /^(?:of|at|from|with)$/i;
/** Posts in lower case that "for" and a firm's name may follow: "security awareness advocate for KnowBe4". */
const FOR_POSTS =
  /^(?:hunter|researcher|analyst|advocate|evangelist|strategist|architect|technologist|engineer|consultant|specialist|scientist|spokesperson|spokesman|spokeswoman)$/;
/** A known agency's field office: "FBI's Pittsburgh Field Office", "FBI Field Office". */
const FIELD_OFFICE = /^(.+?)(?:['’]s?)?(?: [\p{Lu}][\p{L}.-]*){0,3} Field Offices?$/u;

/** A linked document's format in brackets after a name: "the City of Fort Worth (PDF)". */
const FILE_FORMATS = /^(?:PDF|DOCX|XLSX?|PPTX?|CSV|JSON|XML|HTML?|ZIP|MP4|MP3)$/;

/** A town's or county's government: "the City of Tulsa", "Town of Hillsborough". */
const MUNICIPALITY =
  /^(?:City|Town|County|Borough|Village|Municipality) of \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2}$/u;

/**
 * "researcher Jay Chen", "Chief Jim Lee", "Microsoft's Jay Chen": a person's name after a post inside
 * the chunk or right before it, or after a possessive. A post that runs on ("Secretary of Commerce Gina
 * Raimondo") takes two more words.
 */
function personAfterPost(chunk: Chunk, core: Word[]): boolean {
  const person = stripTitles(core);
  const titled = person !== core;
  return (
    core.length <= (titled ? 6 : 4) &&
    startsWithFirstName(person) &&
    (titled || isPersonTitle(chunk.before.at(-1)) || POSSESSIVE.test(chunk.before.at(-1)?.text ?? ""))
  );
}

/** "a computer owned by the State of Alaska": a US state's government, named as a party. */
const stateGovernment = (name: string) => name.startsWith("State of ") && US_STATE_CODES.has(name.slice(9));

/** Posts that head or found the body named after "of" ("co-founder of X"), unlike "manager of Sales". */
const HEAD_POSTS = "founder|co-founder|cofounder|ceo|cto|ciso|cfo|coo|president|chairman|chairwoman|owner";
const HEAD_POST = new RegExp(`^(?:${HEAD_POSTS})$`);
/** Posts whose holder belongs to a body ("co-founder of X", "an analyst at X"): the heads and the staff. */
const EMPLOYEE = new RegExp(
  `^(?:${HEAD_POSTS}|director|analysts?|researchers?|engineers?|scientists?|executive|manager|vp|partner|spokesperson|spokesman|spokeswoman|consultant)$`,
);
/** Titles that name a person by surname alone ("President Obama", "Dr. Chen"). */
const HONORIFIC =
  /^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|President|Judge|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|Chancellor|Minister|Secretary|Detective|Inspector|Sergeant|Sgt\.)$/;

/*
 * Patterns tested on every name chunk are made once, as constants: a pattern literal in a function body
 * makes a new RegExp object each time it is evaluated.
 */
const JOINING_WORD = /^(?:and|for|of|&)$/i;
const ONE_WORD_NAME = /^\p{Lu}[\p{L}\d]+$/u;
const OPENS_LOWER_CASE = /^\p{Ll}/u;
const DEMONYM_ENDING = /(?:an|ese|ish|ic|i)$/;
const ERA = /^\p{Lu}[\p{L}.]*-era$/u;
const CVE_ID = /^CVE-\d/i;
const GLUED_AFTER_WORD = /[\p{L}\p{N}]\.$/u;
const HOST_ENDING = /^\.[a-z]{2,6}\b/;
const AFTER_LEGAL_COMMA = / *, *[^,]+$/;
const ACRONYM_IN_BRACKETS = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

/** An outlet's own event promotion inside the article ("Register now for our webinar…"): not the story. */
const PROMOTION = prefiltered(
  /\b(?:webinars?|register now|join (?:host|us)|joining \w+ (?:is|are)|live discussion|sign up (?:now|here|today)|free (?:live )?(?:roundtable|panel|event|session))\b|(?<!\w)[–—-]\s*sponsored by\b|^\W*Join\s/i,
);

export interface NameMention {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly span: Span;
  readonly confidence: number;
  readonly rule: string;
}

/**
 * Sporting events named like bodies ("Games" heads a studio's name too: "Epic Games"); not a body
 * named for one ("Tokyo Organizing Committee of the Olympic and Paralympic Games").
 */
const SPORTS_EVENT =
  /^(?:(?!of\b)\S+\s+)*(?:Olympic|Paralympic|Commonwealth|Asian|Winter|Summer|Youth)\s+Games$/;

/** A surname before "-era", "administration", "presidency" or "regime". */
const LEADER_OF = prefiltered(
  /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)(?:-era\b| (?:administration|presidency|regime)\b)/gu,
);
/** Words before "-era" or "regime" that name no leader. */
const NOT_LEADERS = new Set([
  "Soviet",
  "Taliban",
  "Kremlin",
  "Covid",
  "Communist",
  "Nazi",
  "Cold",
  "Victorian",
  "Junta",
  "Apartheid",
  "Pandemic",
]);

/**
 * Finds named agencies, organisations, people and unlisted threat groups. `occupied` holds spans
 * already claimed by country, place and knowledge-base lookups.
 */
export function findNames(
  ctx: ExtractionContext,
  gazetteer: Gazetteer,
  occupied: readonly Span[],
  placeCandidates: readonly Span[] = [],
  countries: ReadonlySet<string> = new Set(),
): NameMention[] {
  const found: NameMention[] = [];
  const claimed = new SpanSet(occupied);
  const places = new SpanSet(placeCandidates);
  const overlaps = (span: Span) => claimed.overlaps(span);
  const inside = (span: Span) => claimed.covers(span);
  const isPlace = (span: Span) => places.has(span);
  const pending: Chunk[] = [];
  const acronyms = new Map<string, NameMention>();
  const surnames = new Map<string, NameMention>();
  // "Web Servers" after a line break: a capitalised pair whose last word the article also writes in lower case.
  const isCommonWord = (w: Word | undefined) =>
    w !== undefined && (FIELD_WORDS.has(w.text.toLowerCase()) || writtenInLowerCase(ctx, w.text));

  // A chunk the first pass weighed for a descriptor and left untyped is weighed again in the second
  // pass: each chunk's descriptor type is read once.
  const descriptors = new Map<Chunk, EntityType | null>();
  const descriptorOf = (chunk: Chunk) => {
    let type = descriptors.get(chunk);
    if (type === undefined) descriptors.set(chunk, (type = descriptorType(chunk)));
    return type;
  };

  const rememberSurnames = (mention: NameMention) => {
    // "John Murray Rowe Jr.": the surname stands before a generational suffix.
    const words = mention.name.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, "").split(/\s+/);
    for (let k = 1; k < words.length; k++) surnames.set(words.slice(k).join(" "), mention);
    const parts = words.join(" ").split(/[\s-]+/);
    if (parts.length > 1) surnames.set(parts.at(-1) ?? "", mention);
  };
  const emit = (mention: NameMention) => {
    // "Bar-Dayan told ZDNet" after "Yaniv Bar-Dayan": a surname with its own cue is the same person.
    const known = mention.type === "person" ? surnames.get(mention.name) : undefined;
    if (known && known.type === "person") {
      found.push({ ...known, span: mention.span, aliases: [], rule: "names#coreference" });
      return;
    }
    found.push(mention);
    if (mention.type === "person") rememberSurnames(mention);
  };

  /** A government body or company the lexicon knows by this one word ("CISA", "Microsoft"). */
  const knownBody = (w: Word | undefined) =>
    w !== undefined && (AGENCY_NAMES.has(w.text) || KNOWN_ORGS.has(w.text));
  /**
   * A known body's name and one of its documents or programmes: "CISA Alert", "NCSC Advisory", "the FBI
   * Internet Crime Report 2020" (a title of capitalised words and the document's year).
   */
  const bodyDocument = (core: readonly Word[]) => {
    const named = /^(?:19|20)\d\d$/.test(core.at(-1)?.text ?? "") ? core.slice(0, -1) : core;
    const titled = named.length === 2 || (named.length <= 5 && named.every((w) => /^\p{Lu}/u.test(w.text)));
    return (
      named.length >= 2 &&
      titled &&
      (DOCUMENT_WORD.test(named.at(-1)?.text ?? "") || (core.length === 2 && bodyProgramme(core)))
    );
  };
  /**
   * A body's acronym and the coined name of a programme it runs: "TSA PreCheck". Not a firm's name
   * ("SEC Consult": a word the article writes in lower case, or a company's head word).
   */
  const bodyProgramme = (core: readonly Word[]) =>
    /^\p{Lu}{2,6}$/u.test(core[0]?.text ?? "") &&
    AGENCY_NAMES.has(core[0]?.text ?? "") &&
    /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(core[1]?.text ?? "") &&
    !isInstitutionWord(core[1] as Word) &&
    !isCommonWord(core[1]);

  /** A known company's name, a title and a person's name: "Microsoft CEO Satya Nadella". */
  const companyPerson = (core: readonly Word[]) => {
    const rest = core.slice(1);
    const person = stripTitles(rest);
    // "FBI Assistant Director-in-Charge Driscoll": after a government body's post, a surname alone.
    const surnameOnly =
      person.length === 1 && AGENCY_NAMES.has(core[0]?.text ?? "") && !isCommonWord(person[0]);
    return (
      person !== rest &&
      (person.length >= 2 || surnameOnly) &&
      person.length <= 4 &&
      person.every(isNameWord) &&
      (startsWithFirstName(person) || !person.some((w) => isInstitutionWord(w) || isCommonWord(w)))
    );
  };

  /**
   * Any one-word company, a corporate title and a person with a known first name: "BreachQuest CTO
   * Jake Williams". Titles any body has ("Director", "spokesperson") need the body to be known.
   */
  const corporateTitlePerson = (core: readonly Word[], chunk: Chunk) => {
    const [body, title] = core;
    // Asked of nearly every name: one with neither a research post nor a corporate title after its
    // first word (what the last two tests below need) is passed over before the others.
    const corporateTitle = CORPORATE_TITLE.test(title?.text ?? "");
    if (!corporateTitle && !core.slice(1, 5).some((w) => RESEARCH_POST.test(w.text))) return false;
    return (
      body !== undefined &&
      // "Institute for Security and Technology CEO …": the tail of a longer name is no company.
      !JOINING_WORD.test(chunk.before.at(-1)?.text ?? "") &&
      ONE_WORD_NAME.test(body.text) &&
      !isCommonWord(body) &&
      !startsWithFirstName([body]) &&
      !gazetteer.countries.has(body.text) &&
      // "Winnebago County, Illinois CIO Gus Genter": a state's or province's post is no company's.
      !(gazetteer.places.get(body.text) ?? []).some((p) => p.kind === "region") &&
      // "Devcore Principal Security Researcher Orange Tsai": a post only a company or a lab gives
      // ("Senior Principal Analyst Jo Lee" names no body: a title's modifier comes first).
      ((personAfterResearchPost(core.slice(1)) !== null &&
        !isPersonTitle(body) &&
        !TITLE_MODIFIER.test(body.text)) ||
        (corporateTitle && companyPerson(core) && startsWithFirstName(stripTitles(core.slice(1)))))
    );
  };

  /**
   * A one-word company and its corporate title, then a second post and the person holding both:
   * "Emsisoft CTO and ransomware expert Fabian Wosar". The person is read from the chunk that follows.
   */
  const corporateTitleThenPost = (core: readonly Word[], chunk: Chunk) => {
    const [and, ...rest] = chunk.after;
    const named = rest.findIndex((w) => OPENS_CAPITAL.test(w.text));
    return (
      core.length === 2 &&
      /^(?:and|&)$/.test(and?.text ?? "") &&
      named >= 1 &&
      named <= 3 &&
      rest.slice(0, named).every((w) => w.text === lower(w)) &&
      POST_NOUNS.has(rest[named - 1]?.text ?? "") &&
      firstNames().has(rest[named]?.text ?? "") &&
      corporateTitlePerson([...core, ...rest.slice(named, named + 2)], chunk)
    );
  };

  /**
   * "the Trend Micro Zero Day Initiative": two bodies the lexicon knows, one after the other, each
   * emitted; false where the name splits into no such pair.
   */
  const emitsKnownPair = (core: readonly Word[]) => {
    const k = knownPairSplit(ctx, core);
    if (k === 0) return false;
    for (const words of [core.slice(0, k), core.slice(k)])
      emit({
        type: "organization",
        name: surface(ctx, words),
        aliases: [],
        span: [words[0]?.start ?? 0, words.at(-1)?.end ?? 0],
        confidence: 85,
        rule: "names#org-lexicon",
      });
    return true;
  };

  /** The well-known company whose possessive stands right before the chunk ("Cisco’s", "Networks'"). */
  const ownerOf = (chunk: Chunk): NameMention | null => {
    const [owned, mark] = [chunk.before.at(-2), chunk.before.at(-1)];
    if (!owned || !mark || !(POSSESSIVE.test(mark.text) || /^['’]$/.test(mark.text))) return null;
    const owner = found.at(-1);
    return owner?.type === "organization" && owner.span[1] === owned.end && isKnownOrg(owner.name)
      ? owner
      : null;
  };

  /** "Sergey Gerasimov of SolidLab", "co-founder of EggChange": the body a person or post belongs to. */
  const affiliated = (chunk: Chunk, toPerson = false) => {
    const words = chunk.before.filter((w) => w.text !== "the");
    const [prev, prep] = [words.at(-2), words.at(-1)];
    // "for" only after a post held in a firm: "principal threat hunter for Netenrich", "a spokesperson
    // for Cryptolaemus"; not "support for Windows", "general manager for Europe", "a lawyer for the
    // Republicans", nor a name cut at a slash ("analyst for CERT/CC").
    const forPost =
      lower(prep) === "for" &&
      FOR_POSTS.test(prev?.text ?? "") &&
      !/^[/\\]$/.test(chunk.after[0]?.text ?? "");
    if (
      !prev ||
      !prep ||
      (!AFFILIATION.test(prep.text) && !forPost) ||
      chunk.words.some((w) => firstNames().has(w.text))
    )
      return false;
    // "VP of Strategy at Tripwire", "manager of the CentOS replacement": a department or a modifier, not
    // the body; "director at Data for Black Lives": a name cut short at "for".
    const [next, next2] = chunk.after;
    if (
      /^(?:at|of|with|for|services?|company|firm)$/.test(lower(next)) ||
      next?.pos === "NOUN" ||
      (/^(?:and|&)$/.test(lower(next)) && /^\p{Lu}/u.test(next2?.text ?? ""))
    )
      return false;
    if (found.some((m) => m.type === "person" && m.span[1] === prev.end)) return true;
    if (toPerson) return false;
    // "detections lead at Jamf", "principal threat hunter with Netenrich": a post in lower case right before.
    if (
      (/^(?:at|with)$/.test(lower(prep)) && prev.text === lower(prev) && POST_NOUNS.has(prev.text)) ||
      forPost
    )
      return true;
    // "at" after a post within a few words ("Senior Security Analyst at", "VP of Strategy at"); "of" only
    // right after a post in lower case or an acronym that heads the body ("co-founder of", "CEO of").
    if (lower(prep) === "at") return words.slice(-5, -1).some((w) => EMPLOYEE.test(lower(w)));
    const post = prev.text === lower(prev) || /^[A-Z]{2,4}$/.test(prev.text);
    return post && (lower(prep) === "of" ? HEAD_POST : EMPLOYEE).test(lower(prev));
  };

  /**
   * "According to Tiago Pereira and Vitor Ventura at Cisco Talos": names shaped like a person's, alone or
   * listed, before "at" or "of" and a well-known company, are its staff, whatever their given names.
   */
  const staffOfKnownOrg = (raw: Chunk, core: Word[]) =>
    // "Tatyana Shcherbakova of Kaspersky", or "Kaspersky’s Tatyana Shcherbakova said".
    ((/^(?:at|of|from)$/.test(lower(raw.after[0])) && isKnownOrg(raw.after[1]?.text ?? "")) ||
      (POSSESSIVE.test(raw.before.at(-1)?.text ?? "") &&
        isKnownOrg(raw.before.at(-2)?.text ?? "") &&
        SPEECH_VERBS.has(lower(raw.after[0])))) &&
    core.length >= 2 &&
    core.length <= 3 &&
    core.every(
      (w) =>
        w.pos === "PROPN" &&
        isNameWord(w) &&
        !isCommonWord(w) &&
        !isPersonTitle(w) &&
        !isInstitutionWord(w) &&
        !isFieldOrLawWord(w),
    ) &&
    !headType(core, gazetteer) &&
    !isJobTitle(core) &&
    !POST_NOUNS.has(lower(core.at(-1)));

  for (const sentence of ctx.analysis.sentences) {
    if (isTitle(ctx, sentence) || testPrefiltered(PROMOTION, sentence.text)) continue;
    for (const raw of chunksOf(ctx, sentence)) {
      const parts = splitConjunctions(raw, gazetteer).flatMap(splitAdjoinedBodies);
      const untyped: Chunk[] = [];
      let listHasPerson = false;
      // "co-founder of EggChange and Crypto Coyote": the post speaks of every body in the list.
      const listAffiliated = parts.length > 1 && affiliated(raw);
      for (const [index, part] of parts.entries()) {
        const listed = listAffiliated ? { ...part, before: raw.before, after: raw.after } : part;
        // "the Wizard Spider Russian cybercrime group": a demonym ending the chunk before a word in
        // lower case describes what follows, it is no part of the name; a country's own name ending
        // it is ("National Bank of Pakistan said").
        const last = listed.words.at(-1);
        const trimmed =
          listed.words.length >= 2 &&
          last !== undefined &&
          gazetteer.countries.has(last.text) &&
          DEMONYM_ENDING.test(last.text) &&
          !isCountryName(last.text) &&
          OPENS_LOWER_CASE.test(listed.after[0]?.text ?? "")
            ? { ...listed, words: listed.words.slice(0, -1), after: [last, ...listed.after] }
            : listed;
        // "Former CIA cyber official Marcus Fowler", "the Trump-era Justice Department": a sentence's
        // opening "Former" or an era before the name describes the body.
        const opener = trimmed.words[0];
        const describes = opener !== undefined && (opener.text === "Former" || ERA.test(opener.text));
        const chunk =
          describes && trimmed.words.length >= 2
            ? { ...trimmed, words: trimmed.words.slice(1), before: [...trimmed.before, opener] }
            : trimmed;
        const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
        if (inside(span) || CVE_ID.test(chunk.words[0]?.text ?? "")) continue;
        // "MEGA.NZ", "Config.Msi": a word glued to a dot after a word is part of a host or file name.
        if (GLUED_AFTER_WORD.test(ctx.text.slice(Math.max(0, span[0] - 2), span[0]))) continue;
        // "C:\ProgramData\Microsoft\WindowsData": a name a backslash touches is a folder of a path.
        if (ctx.text[span[0] - 1] === "\\" || ctx.text[span[1]] === "\\") continue;
        // "Abuse.ch": a word glued to a host name's ending is part of that host name; a known company's
        // name stays its own ("Amazon.com").
        if (HOST_ENDING.test(ctx.text.slice(span[1], span[1] + 8)) && !isKnownOrg(surface(ctx, chunk.words)))
          continue;
        const [given, family] = chunk.words;
        const { core, prefix } =
          given && chunk.words.length === 2 && countryAsGivenName(given, family, chunk.after[0], ctx.text)
            ? { core: chunk.words, prefix: [] }
            : stripCountryPrefix(chunk.words, gazetteer);
        const coreSpan: Span = [core[0]?.start ?? 0, core.at(-1)?.end ?? 0];
        const name = surface(ctx, core);
        if (
          (prefix.length && inside(coreSpan)) ||
          (isJobTitle(core) && !titledName(core)) ||
          POLITIES.has(name) ||
          TECHNICAL_ACRONYMS.has(name) ||
          TECHNICAL_TERM.test(name)
        )
          continue;
        const full = surface(ctx, chunk.words);
        const aliases: string[] = prefix.length ? [full] : [];
        // "Axosoft, LLC" is also "Axosoft".
        const legal = AFTER_LEGAL_COMMA.exec(name);
        if (legal && chunk.words.at(-2)?.text === "," && LEGAL_FORM.test(chunk.words.at(-1)?.text ?? ""))
          aliases.push(name.slice(0, legal.index));
        const acronym =
          index === parts.length - 1 &&
          chunk.after[0]?.text === "(" &&
          chunk.after[2]?.text === ")" &&
          ACRONYM_IN_BRACKETS.test(chunk.after[1]?.text ?? "") &&
          // "the City of Fort Worth (PDF)": a linked document's format, not the body's acronym.
          !FILE_FORMATS.test(chunk.after[1]?.text ?? "")
            ? (chunk.after[1]?.text ?? null)
            : null;
        let type: EntityType | null = null;
        let rule = "";
        let confidence = 70;
        const owner = ownerOf(chunk);
        // "Ukraine's SSU": the country is the possessor before the chunk, or its prefix.
        const possessor = POSSESSIVE.test(chunk.before.at(-1)?.text ?? "")
          ? chunk.before.at(-2)?.text
          : undefined;
        const prefixCountry = gazetteer.countries.get(prefix[0]?.text ?? possessor ?? "");
        const fieldOffice = FIELD_OFFICE.exec(full);
        if (fieldOffice?.[1] && AGENCY_NAMES.has(fieldOffice[1])) {
          // "the FBI's Pittsburgh Field Office", "the FBI Cleveland Field Office": one office of a known
          // agency is that agency, named so.
          emit({
            type: "agency",
            name: fieldOffice[1],
            aliases: [full],
            span,
            confidence: 90,
            rule: "names#agency-lexicon",
          });
          continue;
        }
        if (
          AGENCY_NAMES.has(name) ||
          (prefixCountry && isAgencyNameOf(name, prefixCountry)) ||
          isUniqueAgencyName(name) ||
          // "Ukrainian police … the SSU arrested": a body's short name in an article about its country.
          (SHORT_NAME.test(name) && [...countries].some((country) => isAgencyNameOf(name, country)))
        )
          [type, rule, confidence] = ["agency", "names#agency-lexicon", 90];
        else if (MUNICIPALITY.test(name) || stateGovernment(name))
          [type, rule, confidence] = ["agency", "names#municipality", 80];
        else if (owner && (isKnownOrg(name) || isKnownOrg(core[0]?.text ?? ""))) {
          // "Cisco’s Talos Intelligence", "Palo Alto Networks' Unit 42": the unit is the body named; its
          // owner becomes one of its names.
          if (found.at(-1) === owner) found.pop();
          aliases.push(ctx.text.slice(owner.span[0], span[1]), owner.name);
          [type, rule, confidence] = ["organization", "names#company-unit", 80];
        } else if (isKnownOrg(name)) {
          // "an MSI file": a company's acronym that is also a file format's, used as one.
          if (/^\p{Lu}{2,4}$/u.test(name) && /^(?:files?|installers?)$/.test(lower(chunk.after[0]))) continue;
          // "the FBI's IOC list": indicators of compromise, unless the article speaks of the Olympics.
          if (ORG_ACRONYM_CONTEXT.get(name)?.test(ctx.text) === false) continue;
          [type, rule, confidence] = ["organization", "names#org-lexicon", 90];
        } else if (isNationalCompany(core, gazetteer))
          [type, rule, confidence] = ["organization", "names#national-company", 80];
        else if (overlaps(span) && chunk.words.length <= 2 && !placeNamedCompany(chunk, name, gazetteer))
          continue;
        else if (
          (knownBody(core[0]) && (companyPerson(core) || bodyDocument(core))) ||
          corporateTitlePerson(core, chunk) ||
          corporateTitleThenPost(core, chunk)
        ) {
          // "Microsoft CEO Satya Nadella", "CISA Director Jen Easterly": the body, then its person;
          // "the CISA Alert": the body, then a document of its.
          const [body, ...rest] = core as [Word, ...Word[]];
          const agency = AGENCY_NAMES.has(body.text);
          emit({
            type: agency ? "agency" : "organization",
            name: body.text,
            aliases: [],
            span: [body.start, body.end],
            confidence: 90,
            rule: agency ? "names#agency-lexicon" : "names#org-lexicon",
          });
          const person = personAfterResearchPost(rest) ?? stripTitles(rest);
          // "Cisco … Manager Session Management Edition": a product line after a post-like word.
          if (person !== rest && !person.some(isFieldOrLawWord))
            emit({
              type: "person",
              name: surface(ctx, person),
              aliases: [],
              span: [person[0]?.start ?? 0, person.at(-1)?.end ?? 0],
              confidence: 75,
              rule: "names#person-cue",
            });
          continue;
        } else if (emitsKnownPair(core)) continue;
        else if (KNOWN_ORGS.has(core[0]?.text ?? "")) {
          // "Microsoft Exchange" is a company's product; "Microsoft Threat Intelligence Center" one of its units,
          // and so is "Google Project Zero" where a researcher belongs to it.
          // "Microsoft Digital Crimes Unit": a unit head ends the name; a "Team" does not ("Wiz Research
          // Team" is the company speaking, "FIFA Ultimate Team" a product, "Intuit Maintenance Team" a lure).
          const unitCue =
            /^(?:researchers|analysts|team|spokesperson|spokesman|spokeswoman)$/.test(
              lower(chunk.after[0]),
            ) ||
            (core.length >= 3 && /^(?:Unit|Division|Group)$/.test(core.at(-1)?.text ?? ""));
          // Only a person belongs to a unit this way: "vice president of Apple Pay" names a product line.
          // A post held "at" or "with" it makes it a body: "vice president at NTT Application Security".
          const workplace = /^(?:at|with)$/.test(lower(chunk.before.at(-1))) && affiliated(chunk);
          if (
            (!headType(core, gazetteer) && !affiliated(chunk, true) && !unitCue && !workplace) ||
            isHeading(chunk)
          )
            continue;
          [type, rule, confidence] = ["organization", "names#company-unit", 80];
        } else if (
          core.length <= 4 &&
          !acronyms.has(name) &&
          isThreatActorChunk(chunk) &&
          // "Dubbed SnatchCrypto, … the campaign is the work of BlueNoroff": a campaign's name, where
          // the article writes "the SnatchCrypto campaign", is no group.
          !ctx.text.includes(`${name} campaign`)
        )
          [type, rule, confidence] = ["threat-actor", "names#threat-descriptor", 70];
        else if (staffOfKnownOrg(raw, core))
          [type, rule, confidence] = ["person", "names#staff-of-known-org", 65];
        else if (
          core.length >= 2 &&
          !headType(core, gazetteer) &&
          // "researcher Jay Chen", "According to Cape Town police": a person after a post, or a place,
          // whatever the cue ("cooperative Crystal Valley" stays a body).
          !personAfterPost(chunk, core) &&
          (!gazetteer.places.has(name) || placeNamedCompany(chunk, name, gazetteer)) &&
          descriptorOf(chunk) === "organization"
        )
          [type, rule, confidence] = ["organization", "names#organization-descriptor", 65];
        else if (
          core.length >= 2 &&
          !headType(core, gazetteer) &&
          affiliated(chunk) &&
          // "Fredrick Brown of Las Vegas, Nevada": a town and its state or country after a person's "of".
          !(gazetteer.places.has(name) && placeFollows(chunk, gazetteer))
        )
          [type, rule, confidence] = ["organization", "names#affiliation", 65];
        else if (core.length >= 2 && surnames.has(name)) {
          const known = surnames.get(name) as NameMention;
          found.push({ ...known, span, aliases: [], rule: "names#coreference" });
          continue;
        } else {
          const titledPerson = stripTitles(core);
          const head =
            titledPerson !== core && startsWithFirstName(titledPerson) ? null : headType(core, gazetteer);
          // In a Title Case heading every word is capitalised: "Protecting Security Workers’ Mental Health"
          // names no body when all its words are ones the article also writes in lower case.
          // "the upcoming Olympic Games", "the 2018 PyeongChang Winter Olympic Games": an event, no body.
          // "the Tokyo Games" in an article on the Olympics: a host city's Games.
          const hostGames =
            core.length === 2 &&
            core[1]?.text === "Games" &&
            gazetteer.places.has(core[0]?.text ?? "") &&
            /\bOlympi/.test(ctx.text);
          if (head === "organization" && (SPORTS_EVENT.test(surface(ctx, core)) || hostGames)) continue;
          if (head === "agency" && capitalDistrictAsPlace(name, ctx.text)) continue;
          // So does one after "a" ("ShadowByte, a Threat Intelligence Company investigating …"): a kind
          // capitalised for emphasis.
          if (
            head === "organization" &&
            (titleCaseLine(chunk.sentence.text) || /^an?$/i.test(chunk.before.at(-1)?.text ?? "")) &&
            core.every(isCommonWord)
          )
            continue;
          // "director of Security Technology & Strategy at Akamai", "Twitter's Information Technology
          // department": a unit of a firm named beside it.
          if (
            head === "organization" &&
            (((lower(chunk.before.at(-1)) === "of" || chunk.before.at(-1)?.text === ",") &&
              /^(?:at|&|department|dept|team|unit|division)$/.test(lower(chunk.after[0]))) ||
              /^(?:department|dept)$/.test(lower(chunk.after[0])))
          )
            continue;
          // "Chiyu Technology firmware" names the company that makes it: only a public body's head word
          // ends a piece of software's name.
          if (head === "agency" && namesSoftware(chunk)) continue;
          if (head) [type, rule, confidence] = [head, `names#${head}-head`, 80];
          else {
            // "1Password Chris Harris, director of …": a caption's word run into the name under it.
            const strayOpener =
              titledPerson.length === 3 &&
              !startsWithFirstName(titledPerson) &&
              startsWithFirstName(titledPerson.slice(1)) &&
              isCommonWord(titledPerson[0]) &&
              !titledPerson.slice(1).some(isCommonWord) &&
              !gazetteer.places.has(surface(ctx, titledPerson.slice(0, 2))) &&
              hasPersonCue(chunk);
            const person = strayOpener ? titledPerson.slice(1) : titledPerson;
            const shaped =
              person.length >= 2 &&
              person.length <= 5 &&
              person.every(isNameWord) &&
              !person.some(isInstitutionWord) &&
              !person.some(isFieldOrLawWord) &&
              !placeShaped(ctx, person, gazetteer);
            // "Privacy Sharks asked": a name opened by an everyday word the article writes in lower case,
            // and by no first name, is a body's, whatever verb follows.
            const everydayOpener =
              titledPerson === core &&
              isCommonWord(person[0]) &&
              // "World Champion Lewis Hamilton": a person's name may follow the everyday words.
              !person.some((_, k) => startsWithFirstName(person.slice(k)));
            if (
              shaped &&
              (titledPerson !== core || hasPersonCue(chunk)) &&
              !calledAThing(chunk) &&
              !everydayOpener
            )
              [type, rule, confidence] = ["person", "names#person-cue", 75];
            else if (
              shaped &&
              startsWithFirstName(person) &&
              !isCommonWord(person.at(-1)) &&
              // "Kali Linux": a first name that opens a product's name.
              !isProductName(person.at(-1)?.text ?? "") &&
              // "the Law Enforcement Enterprise Portal (LEEP)": a name with its acronym is a thing's; so is
              // one with its CVE id ("Max Slot Length Overflow (CVE-2021-34148)": a flaw's).
              !/^\s*\((?:\p{Lu}{3,}\)|CVE-\d)/u.test(
                ctx.text.slice(person.at(-1)?.end ?? 0, (person.at(-1)?.end ?? 0) + 12),
              ) &&
              // "Elden Ring, an upcoming title": a first name that opens a thing's name.
              !calledAThing(chunk) &&
              !objectOfThingVerb(chunk) &&
              // "the Washington Monument", "the Port Forwarding function", "the Dev Channel": a pair after
              // "the" with no other cue names a thing or a place far more often than a person.
              !/^the$/i.test(chunk.before.at(-1)?.text ?? "")
            )
              [type, rule, confidence] = ["person", "names#first-name", 65];
            else if (
              person.length === 1 &&
              HONORIFIC.test(core.at(-2)?.text ?? "") &&
              person.every(isNameWord) &&
              // "Detective Inspector": a second rank after a rank is no surname.
              !person.some(isInstitutionWord) &&
              !isCommonWord(person[0])
            )
              [type, rule, confidence] = ["person", "names#honorific", 70];
            if (type && person !== core) {
              // "National Security Agency Director Gen. Paul Nakasone": the body the post belongs to.
              let cut = core.length - titledPerson.length;
              while (cut > 0 && (isPersonTitle(core[cut - 1]) || POST_WORD.test(core[cut - 1]?.text ?? "")))
                cut--;
              const body = core.slice(0, cut);
              // Only a body named in full, its head word last and no post inside ("National Cyber Director",
              // "White House Press Secretary", "Director of National Intelligence" are posts).
              const bodyType =
                body.length >= 2 &&
                BODY_END.test(body.at(-1)?.text ?? "") &&
                !body.some((w) => isPersonTitle(w)) &&
                !POST_WORD.test(body[0]?.text ?? "")
                  ? headType(body, gazetteer)
                  : null;
              if (bodyType)
                found.push({
                  type: bodyType,
                  name: surface(ctx, body),
                  aliases: [],
                  span: [body[0]?.start ?? 0, body.at(-1)?.end ?? 0],
                  confidence: 75,
                  rule: `names#${bodyType}-head`,
                });
              const titled = surface(ctx, person);
              const known = surnames.get(titled);
              if (known) {
                found.push({
                  ...known,
                  span: [person[0]?.start ?? 0, person.at(-1)?.end ?? 0],
                  aliases: [],
                  rule: "names#coreference",
                });
                continue;
              }
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
          untyped.push(chunk);
          continue;
        }
        if (type === "person" && rule === "names#person-cue") listHasPerson = true;
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
      for (const chunk of untyped) {
        // "George Noseevich and Sergey Gerasimov": a name listed with a person is one too.
        const shaped = chunk.words.length >= 2 && chunk.words.length <= 4 && chunk.words.every(isNameWord);
        const listCue = listHasPerson || (parts.length > 1 && /^(?:of|at|from)$/.test(lower(raw.after[0])));
        // A name of a list whose first word the article also writes in lower case is a post ("Senior Teaching").
        if (
          listCue &&
          shaped &&
          found.at(-1)?.type === "person" &&
          !chunk.words.some(isInstitutionWord) &&
          !isCommonWord(chunk.words[0])
        )
          emit({
            type: "person",
            name: surface(ctx, chunk.words),
            aliases: [],
            span: [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0],
            confidence: 65,
            rule: "names#listed-with-person",
          });
        else pending.push(chunk);
      }
    }
  }

  // "Google Project Zero's Tavis Ormandy … Ormandy wrote": a surname the article quotes alone.
  const quotedBySurname = (chunk: Chunk) => {
    const words = chunk.words;
    if (
      words.length < 2 ||
      words.length > 3 ||
      !words.every(
        (w) => isNameWord(w) && SURNAME_SHAPED.test(w.text) && !isKnownOrg(w.text) && !isProductName(w.text),
      ) ||
      // "Databases Nutanix": a plural noun opens no person's name.
      (/\p{Ll}s$/u.test(words[0]?.text ?? "") && !firstNames().has(words[0]?.text ?? "")) ||
      words.some((w) => isInstitutionWord(w) || isFieldOrLawWord(w) || isCommonWord(w)) ||
      // "Sport Oliver Dowden": a word before a first name in three is no given name of the person's.
      (words.length === 3 &&
        firstNames().has(words[1]?.text ?? "") &&
        !firstNames().has(words[0]?.text ?? "")) ||
      isPersonTitle(chunk.before.at(-1)) ||
      placeShaped(ctx, words, gazetteer)
    )
      return false;
    return wordsQuotedAlone(ctx.text).has(words.at(-1)?.text ?? "");
  };

  // Second pass: single names that refer back (acronyms, surnames) or carry a descriptor.
  let bodiesSpelledOut: ReadonlyMap<string, NameMention> | undefined;
  for (const chunk of pending) {
    const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
    if (overlaps(span)) continue;
    const name = surface(ctx, chunk.words);
    // "The Harbour Security Authority … HSA said": an acronym no list knows, of a body named in full.
    const spelled = byAcronym(() => (bodiesSpelledOut ??= bodiesByInitials(found)), name, span);
    if (spelled) {
      found.push(spelled);
      continue;
    }
    // A name said again in full where no cue stands beside it ("Ivanov-Tolpintsev was arrested").
    const known =
      acronyms.get(name) ?? surnames.get(name) ?? found.find((m) => m.type === "person" && m.name === name);
    if (known) {
      found.push({ ...known, span, aliases: [], rule: "names#coreference" });
      continue;
    }
    // "Google Project Zero's Tavis Ormandy … Ormandy wrote": a name the article quotes by its last word
    // alone is a person's, whatever stood beside it in full.
    if (quotedBySurname(chunk)) {
      emit({ type: "person", name, aliases: [], span, confidence: 65, rule: "names#quoted-surname" });
      continue;
    }
    if (
      chunk.words.length === 1 &&
      /^(?:the|current|former|previous|outgoing|incoming)$/.test(lower(chunk.before.at(-1))) &&
      /^(?:administration|presidency)$/.test(lower(chunk.after[0])) &&
      isNameWord(chunk.words[0] as Word)
    ) {
      // "the Biden administration", "the current Biden Administration": a head of government named by surname.
      found.push({ type: "person", name, aliases: [], span, confidence: 60, rule: "names#administration" });
      continue;
    }
    // "Biden gave Putin a list", "helped Modi win": a political figure the news names by surname alone.
    // "Xi Jinping … Xi" (the family name first) is the one person; a two-letter name counts only in an
    // article that names China ("Xi" in a string of code is no one).
    // "the current Biden Administration": the surname before a capitalised word for the government.
    const leader = chunk.words[0];
    if (
      leader &&
      (chunk.words.length === 1 ||
        (chunk.words.length === 2 &&
          /^(?:Administration|Presidency|Government|Regime)$/.test(chunk.words[1]?.text ?? ""))) &&
      LEADER_SURNAMES.has(leader.text) &&
      (leader.text.length > 2 || /\b(?:China|Chinese|Beijing)\b/.test(ctx.text))
    ) {
      const full = found.find((m) => m.type === "person" && m.name.split(" ").includes(leader.text));
      const leaderSpan: Span = [leader.start, leader.end];
      found.push(
        full
          ? { ...full, span: leaderSpan, aliases: [], rule: "names#coreference" }
          : {
              type: "person",
              name: leader.text,
              aliases: [],
              span: leaderSpan,
              confidence: 70,
              rule: "names#leader",
            },
      );
      continue;
    }
    const head = chunk.words[0]?.text ?? "";
    if (chunk.words.length > 3 || isPlace(span) || POLITIES.has(name)) continue;
    // "Brazilian", "Dallas-based", "UK-German": where a body comes from, not its name.
    const origin = ORIGIN_WORD.test(head) || head.split("-").every((part) => gazetteer.countries.has(part));
    if (chunk.words.length === 1 && origin) continue;
    // "Security researchers have…", "Victims who don't pay…": a common word opening a sentence.
    if (chunk.words.length === 1 && isCommonWord(chunk.words[0])) continue;
    // "Netenrich threat hunter John Bambenek": not a product, a post or a party ("Former NSA", "Labor").
    const employer =
      (postBeforePerson(chunk) || possessorOfPerson(chunk)) &&
      name.length >= 3 &&
      !isProductName(name) &&
      !chunk.words.some(
        (w, i) =>
          isPersonTitle(w) ||
          // "Vulcan Cyber engineer Mike Parkin", "Orca Security researcher…": a field word may end a
          // company's name, not open it ("Security researcher Dana Whitfield").
          (isCommonWord(w) && !(i > 0 && FIELD_WORDS.has(w.text.toLowerCase()))) ||
          /^(?:Former|Senior|Independent|Labor|Labour|Research|Soviet|Asia-Pacific|APAC|EMEA)$/.test(w.text),
      );
    const type = descriptorOf(chunk) ?? (affiliated(chunk) || employer ? "organization" : null);
    // "breach the Bureau's servers": a government body's kind word alone refers back to it; no company.
    if (type === "organization" && chunk.words.length === 1 && AGENCY_HEADS.has(head)) continue;
    if (type) found.push({ type, name, aliases: [], span, confidence: 60, rule: `names#${type}-descriptor` });
  }

  listedWithCompanies(
    ctx,
    pending,
    found,
    (chunk, span) => overlaps(span) || isCommonWord(chunk.words[0]),
    isPlace,
  );

  // "Biden administration officials", "the Trump-era Justice Department", "the Lukashenko regime": a
  // leader named by surname for their government or its time.
  for (const sentence of ctx.analysis.sentences)
    for (const { match, span } of matchesIn(LEADER_OF, sentence)) {
      const name = match[1] ?? "";
      const nameSpan: Span = [span[0], span[0] + name.length];
      const before = ctx.text.slice(Math.max(sentence.span[0], span[0] - 30), span[0]);
      const wordBefore = /(\S+)\s$/u.exec(before)?.[1] ?? "";
      if (
        // "the Food and Drug Administration": a capitalised word before makes it a body's name.
        (/^\p{Lu}/u.test(wordBefore) && !/^(?:The|Then|Former|Under)$/.test(wordBefore)) ||
        /\p{Lu}\S*\s(?:and|of|for|&)\s$/u.test(before) ||
        NOT_LEADERS.has(name) ||
        // "the Islamic regime", "the Iranian regime": a word of a faith or a people.
        /(?:ic|ian|ese|ist)$/.test(name) ||
        overlaps(nameSpan) ||
        isPlace(nameSpan) ||
        writtenInLowerCase(ctx, name) ||
        gazetteer.countries.has(name) ||
        AGENCY_NAMES.has(name) ||
        KNOWN_ORGS.has(name) ||
        found.some((m) => m.span[0] <= nameSpan[0] && nameSpan[1] <= m.span[1])
      )
        continue;
      // "President Joe Biden … the Biden administration": the surname of a person named in full.
      const known = surnames.get(name);
      if (known?.type === "person")
        found.push({ ...known, span: nameSpan, aliases: [], rule: "names#coreference" });
      else
        found.push({
          type: "person",
          name,
          aliases: [],
          span: nameSpan,
          confidence: 60,
          rule: "names#administration",
        });
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
      else {
        const victim = titleVictim(ctx, chunk);
        if (
          victim &&
          !overlaps(victim.span) &&
          !gazetteer.places.has(victim.name) &&
          !gazetteer.countries.has(victim.name) &&
          // "Windows Print Spooler hit with …": a company's or a product's name first is its product.
          !isKnownOrg(victim.first) &&
          !isProductName(victim.first) &&
          // "Inetum" beside "Inetum Group", "Colonial" beside "Colonial Pipeline": a name already read.
          !found.some((m) => sharesEdgeWord(m.name, victim.name))
        )
          found.push({
            type: "organization",
            name: victim.name,
            aliases: [],
            span: victim.span,
            confidence: 60,
            rule: "names#title-victim",
          });
      }
    }
  }
  // "federal partners like @FBI & @NSACyber": a social handle that is a known body's own short name.
  if (ctx.text.includes("@"))
    for (const match of ctx.text.matchAll(HANDLE)) {
      const handle = match[1] ?? "";
      const span: Span = [match.index + 1, match.index + 1 + handle.length];
      if (AGENCY_NAMES.has(handle) && !overlaps(span))
        found.push({ type: "agency", name: handle, aliases: [], span, confidence: 70, rule: "names#handle" });
    }
  // "The South African Police Service … SAPS said": an acronym of a body's full name in the article is
  // that body, whichever came first.
  const spelledOut = bodiesByInitials(found);
  // "FBI Director Wray … Christopher A. Wray": a surname read before the full name is that person too.
  const resolved = found.map((m) => {
    // An acronym of a body the article names in full is that body, where both are of one kind.
    if (m.type === "agency" || m.type === "organization") {
      const spelled = byAcronym(() => spelledOut, m.name, m.span);
      return spelled?.type === m.type ? spelled : m;
    }
    if (m.type !== "person" || m.name.includes(" ")) return m;
    const full = surnames.get(m.name);
    return full && full.type === "person" && full.name !== m.name
      ? { ...full, span: m.span, aliases: [], rule: "names#coreference" }
      : m;
  });
  return withoutToolUses(ctx, resolved);
}

/**
 * Where a name splits into two bodies the lexicon knows, each of one or more words ("Trend Micro" +
 * "Zero Day Initiative"); 0 when it does not.
 */
function knownPairSplit(ctx: ExtractionContext, core: readonly Word[]): number {
  for (let k = 1; k < core.length; k++)
    if (isKnownOrg(surface(ctx, core.slice(0, k))) && isKnownOrg(surface(ctx, core.slice(k)))) return k;
  return 0;
}

/** Words that open a post, never a company's name: "Senior Analyst", "Principal Researcher". */
const TITLE_MODIFIER =
  /^(?:Senior|Principal|Lead|Global|Staff|Junior|Associate|Executive|Managing|Former|Ultimate|Distinguished|Regional|Technical|Chief|Head|Vice)$/;

/** A company's officer's title: "CEO", "Co-founder". */
const CORPORATE_TITLE = /^(?:CEO|CTO|CISO|CFO|COO|CSO|CIO|[Cc]o-?founder|[Ff]ounder)$/;

/** Posts only a company or a lab gives: "Principal Security Researcher", "Senior Threat Analyst". */
const RESEARCH_POST = /^(?:Researcher|Analyst|Engineer|Scientist|Evangelist|Strategist|Architect|Hunter)$/;

/**
 * "Principal Security Researcher Orange Tsai": capitalised words ending in a research post, then two
 * or three words shaped like a person's name; the person's words, or null.
 */
function personAfterResearchPost(words: readonly Word[]): Word[] | null {
  const post = words.findIndex((w) => RESEARCH_POST.test(w.text));
  const person = words.slice(post + 1);
  return post >= 0 &&
    post <= 3 &&
    words.slice(0, post).every((w) => /^\p{Lu}/u.test(w.text)) &&
    person.length >= 2 &&
    person.length <= 3 &&
    (startsWithFirstName(person) || person.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)))
    ? person
    : null;
}

/** "Secretary of State Antony Blinken": a post, then a person's two or three name-shaped words. */
function titledName(words: Word[]): boolean {
  const person = stripTitles(words);
  return person !== words && person.length >= 2 && person.length <= 3 && person.every(isNameWord);
}

/** Words that end a company's name or a time and are no name alone: "Co., Ltd.", "4 PM EST". */
const COMPANY_SUFFIX = /^(?:Ltd|Inc|Co|Corp|LLC|PLC|GmbH|AM|PM|EST|EDT|PST|PDT|UTC|GMT|CET)\.?$/;
/** The field's own common nouns, capitalised only to open a sentence: "Cybersecurity researchers warn…". */
const FIELD_WORDS = new Set(
  "cybersecurity|security|cyber|infosec|ransomware|malware|phishing|threat|threats|hackers|researchers|privacy|cryptocurrency|crypto|blockchain".split(
    "|",
  ),
);

/** "Netenrich's John Bambenek explained": the body a person speaks for, in the possessive before the name. */
function possessorOfPerson(chunk: Chunk): boolean {
  const [apostrophe, first, second] = chunk.after;
  return (
    /^['’]s$/.test(apostrophe?.text ?? "") &&
    firstNames().has(first?.text ?? "") &&
    /^\p{Lu}\p{Ll}/u.test(second?.text ?? "") &&
    !chunk.words.some((w) => firstNames().has(w.text)) &&
    // "uBlock Origin's Raymond Hill": the chunk ends a name that starts in lower case.
    !/^\p{Ll}+\p{Lu}/u.test(chunk.before.at(-1)?.text ?? "")
  );
}

/**
 * "Untangle senior vice president Heather Paunet", "Netenrich threat hunter John Bambenek": a name, a
 * post in lower case and a person's name: the name is the body the person works for.
 */
function postBeforePerson(chunk: Chunk): boolean {
  const after = chunk.after;
  // The post runs in lower case up to the person's name: "chief security officer Chris Hickman".
  const named = after.findIndex((w) => !/^[a-z][a-z-]*$/.test(w.text));
  const [first, second] = [after[named], after[named + 1]];
  return (
    named >= 1 &&
    named <= 4 &&
    POST_NOUNS.has(after[named - 1]?.text ?? "") &&
    first !== undefined &&
    second !== undefined &&
    // "… by Devcore security researcher Orange Tsai": a given name no list holds, shaped as one, will do
    // inside a sentence ("Opposition leader Rahul Gandhi" opens one with an everyday word).
    (firstNames().has(first.text) ||
      (/^\p{Lu}\p{Ll}+$/u.test(first.text) &&
        /^\p{Ll}/u.test(chunk.before.at(-1)?.text ?? "") &&
        !chunk.words.every((w) => /^\p{Lu}+$/u.test(w.text)) &&
        !chunk.words.some((w) => /-\p{Ll}/u.test(w.text)))) &&
    // "Bill O'Neill": a surname may carry an apostrophe after its capital.
    /^\p{Lu}/u.test(second.text)
  );
}

/** Words that join the items of a list. */
const LIST_JOIN = /^(?:,|and|or|&)$/;

/**
 * "Trend Micro, CDI, Kaspersky Lab", "Xiaomi, Oppo, Realme, and Vivo": a short name left untyped that a
 * list joins to a company is a company too. Runs until no list grows, so a name two items away from the
 * company joins as well.
 */
function listedWithCompanies(
  ctx: ExtractionContext,
  pending: Chunk[],
  found: NameMention[],
  excluded: (chunk: Chunk, span: Span) => boolean,
  isPlace: (span: Span) => boolean,
): void {
  // Only a company the lexicon knows, or one a list already joined, vouches for its neighbours.
  const vouches = (m: NameMention) =>
    m.type === "organization" && (m.rule === "names#org-lexicon" || m.rule === "names#listed-with-company");
  // Vouching companies by where they end and start, and the characters any name covers, kept up to date
  // as lists join: looked up, not searched, however many names a text holds.
  const endingAt = new Set<number>();
  const startingAt = new Map<number, NameMention[]>();
  const covered = new Coverage(ctx.text.length);
  const index = (m: NameMention) => {
    covered.mark(m.span);
    if (!vouches(m)) return;
    endingAt.add(m.span[1]);
    const starting = startingAt.get(m.span[0]);
    if (starting) starting.push(m);
    else startingAt.set(m.span[0], [m]);
  };
  for (const m of found) index(m);
  const orgEndsAt = (offset: number | undefined) => offset !== undefined && endingAt.has(offset);
  // A company after the name vouches only where the list goes on past it: "Tonight, Microsoft revealed"
  // opens a sentence, it lists nothing.
  const listGoesOn = (offset: number | undefined) =>
    offset !== undefined &&
    (startingAt.get(offset) ?? []).some((m) =>
      /^\s*(?:,|and\b|or\b)/.test(ctx.text.slice(m.span[1], m.span[1] + 6)),
    );
  let left = pending.filter((chunk) => {
    const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
    const [first] = chunk.words;
    return (
      first !== undefined &&
      chunk.words.length <= 3 &&
      /^[\p{Lu}\p{N}]/u.test(first.text) &&
      !chunk.words.some((w) => firstNames().has(w.text) || COMPANY_SUFFIX.test(w.text)) &&
      (!isProductName(surface(ctx, chunk.words)) || COMPANY_INITIALS.has(surface(ctx, chunk.words))) &&
      !excluded(chunk, span) &&
      !covered.overlaps(span)
    );
  });
  for (let grown = true; grown;) {
    grown = false;
    left = left.filter((chunk) => {
      const [b1, b2] = [chunk.before.at(-1), chunk.before.at(-2)];
      const [a1, a2, a3] = chunk.after;
      // A comma on one side at least: "Acme and Initech" alone is no list ("Boeing and BAE systems").
      if (b1?.text !== "," && b2?.text !== "," && a1?.text !== ",") return true;
      // An item ends where the list goes on or stops: "for Huawei, Meng made" is a clause, not a list.
      if (a1 && !LIST_JOIN.test(lower(a1)) && !/^[.;:)]$/.test(a1.text)) return true;
      // "Panos Panay, Microsoft's Chief Product Officer": a post in apposition, not a further item.
      if (a1?.text === "," && POSSESSIVE.test(a3?.text ?? "")) return true;
      const prevEnd =
        b1 && LIST_JOIN.test(lower(b1)) ? (b2?.text === "," ? chunk.before.at(-3) : b2)?.end : undefined;
      const nextStart =
        a1 && LIST_JOIN.test(lower(a1))
          ? (a1.text === "," && /^(?:and|or)$/.test(lower(a2)) ? a3 : a2)?.start
          : undefined;
      const span: Span = [chunk.words[0]?.start ?? 0, chunk.words.at(-1)?.end ?? 0];
      // "Intel, Qualcomm, Texas Instruments, and Cypress": a place's name is a company only after one,
      // as the list's last item ("offices in Austin and Cypress" list no company).
      const nextName = nextStart !== undefined && /^\p{Lu}/u.test(ctx.text.slice(nextStart, nextStart + 1));
      const joined = isPlace(span)
        ? orgEndsAt(prevEnd) && !nextName
        : orgEndsAt(prevEnd) || listGoesOn(nextStart);
      if (!joined) return true;
      const listed: NameMention = {
        type: "organization",
        name: surface(ctx, chunk.words),
        aliases: [],
        span,
        confidence: 60,
        rule: "names#listed-with-company",
      };
      found.push(listed);
      index(listed);
      grown = true;
      return false;
    });
  }
}

/**
 * "Microsoft Development Platforms" alone on a line: a section heading on a company's product lines
 * (a plural head), unlike a unit signing a statement ("Microsoft Security Response Center").
 */
function isHeading(chunk: Chunk): boolean {
  return (
    chunk.words.length >= 2 &&
    /s$/.test(chunk.words.at(-1)?.text ?? "") &&
    chunk.before.length === 0 &&
    chunk.after.length === 0 &&
    chunk.sentence.text.trim() === chunk.words.map((w) => w.text).join(" ")
  );
}

/** Nouns for a piece of software, which a name before them is the name of. */
const SOFTWARE_NOUN =
  /^(?:library|libraries|framework|plugin|plug-in|package|module|SDK|API|firmware|protocol|toolkit|extension|driver|software)$/;

/**
 * "the Network Security Services (NSS) library", "the Remote Desktop Services protocol": a body's head
 * word ends a piece of software's name, which the noun after it (and its acronym) says.
 */
function namesSoftware(chunk: Chunk): boolean {
  const [first, , third, fourth] = chunk.after;
  const noun = first?.text === "(" && third?.text === ")" ? fourth : first;
  return SOFTWARE_NOUN.test(noun?.text ?? "");
}

/**
 * A word shaped as a given name or surname: capitalised, then lower case, with a family name's prefix
 * ("McQuiggan", "LaRose", "O'Neill") or a hyphen between two parts ("Bar-Dayan"); not "OverWatch" or
 * "Shenzhen-based".
 */
const SURNAME_SHAPED = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "through Binance", "Amazon gift cards", "Kaspersky antivirus": a company named only for its product. */
const TOOL_BEFORE = /\b(?:via|using)\s+$/i;
const PRODUCT_AFTER =
  /^\s+(?:gift cards?|cards?|money transfers?|antivirus|devices?|accounts?|servers?|apps?|app store|browsers?|wallets?|products?|software)\b/i;
/** "various Apple, Google, Microsoft, and Mega.nz accounts": each company of a list before such a noun. */
const LISTED_PRODUCT_AFTER =
  /^(?:,?\s+(?:and |or )?\p{Lu}[\w.]*){1,3}\s+(?:accounts|products|devices|apps|servers)\b/u;
/** "Google Drive", "Google's Chrome", "cached in Google search results", "(Google translated from Hebrew)". */
const NAMED_PRODUCT_AFTER =
  /^(?:['’]s)?\s+(?:Drive|Docs|Sheets|Play|[Ss]earch|translated|Chrome|Maps|Translate|Meet|Ads|Messenger|Teams|Outlook|Authenticator|Workspace)\b/;
/**
 * "social media platforms such as Facebook, Instagram, Twitter", "services including Slack, PayPal,
 * AWS", "accounts across the internet, including Facebook", "accounts (Snapchat, Google, iCloud)":
 * services named as where something is.
 */
const SERVICE_LIST =
  /\b(?:platforms?|services?|apps?|sites?|websites?|networks?|media|messengers?|browsers?|wallets?|internet|accounts?)\s*(?:,?\s+(?:such as|like|including|include)\s+|\(\s*)(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*)?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,10}$/u;
/** The items of a list before a name, back to the first: "Reddit and " before "Twitter". */
const LIST_BEFORE =
  /(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*)?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){1,10}$/u;

/** Platforms the news names as the place something was posted or found: "on GitHub", "over Facebook". */
const PLATFORMS = new Set(
  "GitHub|GitLab|Facebook|Twitter|Instagram|LinkedIn|YouTube|TikTok|Reddit|Telegram|Discord|Pastebin|Skype|WhatsApp|Dropbox|Gmail|Bitbucket|eBay|Amazon|Craigslist".split(
    "|",
  ),
);
/** "on GitHub", "used GitHub to", "a public GitHub project", "code hosting website GitHub". */
const VENUE_BEFORE =
  /\b(?:on|over|onto|to|through|use[sd]?|using|public|website|site|service|his|her|their|my|your|our)\s+$/i;
/** "GitHub user kumarak", "Telegram channels", "email, GitHub, and Dropbox accounts", "a Twitter thread". */
const VENUE_AFTER =
  /^(?:,?\s*(?:and |or )?\p{Lu}[\w.]*){0,3}\s+(?:projects?|users?|repositor(?:y|ies)|repos?|pages?|accounts?|channels?|groups?|posts?|profiles?|links?|messages?|chats?|videos?|handles?|threads?|feeds?)\b/u;

/** A social media handle: "@FBI", not the domain of an e-mail address ("tips@fbi.gov"). */
const HANDLE = /(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{1,14})\b(?![@.]\w)/g;

/** Words a body's acronym leaves out: "Federal Bureau of Investigation" is "FBI". */
const NOT_IN_ACRONYM = /^(?:of|the|and|for|on|in|&)$/i;

/** An acronym that may stand for a body: two to six capitals. */
const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;

/** The initials of words: "South African Police Service" → "SAPS". */
const initialsOf = (words: readonly string[]) =>
  words
    .filter((w) => w && !NOT_IN_ACRONYM.test(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();

/**
 * The initials of the known companies' names of several words ("AWS" of Amazon Web Services): a product
 * named so is the company where a list of companies holds it ("Microsoft, AWS, Cisco").
 */
const COMPANY_INITIALS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGS].filter((name) => name.includes(" ")).map((name) => initialsOf(name.split(/[\s-]+/))),
);

/**
 * The bodies of several words among `found`, by their initials, with and without where they are
 * ("Harbour Security Authority of Norland" is "HSAN" and "HSA"); initials two bodies share stand for
 * neither.
 */
function bodiesByInitials(found: readonly NameMention[]): ReadonlyMap<string, NameMention> {
  const byInitials = new Map<string, NameMention | null>();
  for (const m of found) {
    if ((m.type !== "agency" && m.type !== "organization") || !m.name.includes(" ")) continue;
    const words = m.name.split(/[\s-]+/);
    const where = words.lastIndexOf("of");
    const keys = new Set([initialsOf(words), ...(where > 1 ? [initialsOf(words.slice(0, where))] : [])]);
    for (const key of keys) {
      if (key.length < 2) continue;
      const seen = byInitials.get(key);
      byInitials.set(key, seen === undefined || seen?.name === m.name ? m : null);
    }
  }
  return new Map([...byInitials].filter((entry): entry is [string, NameMention] => entry[1] !== null));
}

/**
 * The mention of the body an acronym no body list knows stands for ("SAPS" of the South African Police
 * Service), from `bodies` by their initials, or undefined. A known acronym ("FTC") is left to the lists,
 * beside a namesake ("Fair Trade Commission").
 */
function byAcronym(
  bodies: () => ReadonlyMap<string, NameMention>,
  name: string,
  span: Span,
): NameMention | undefined {
  if (!ACRONYM_NAME.test(name) || isKnownAgencyName(name)) return undefined;
  const body = bodies().get(name);
  return body && { ...body, span, aliases: [name], rule: "names#acronym" };
}

/** A body's short name: "SSU", "DoJ" (capitals first and last, six letters at most; not "NSa"). */
const SHORT_NAME = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}$/u;

/** A body's document named after the body: "CISA Alert", "the FBI Internet Crime Report". */
const DOCUMENT_WORD = /^(?:Alerts?|Advisory|Advisories|Bulletin|Statement|Reports?|Directive)$/;

/** A vice president's post names the department headed, not a body: "VP of Customer Security & Trust". */
const VICE_PRESIDENT_OF = /\b(?:Vice[- ]President|VP|SVP|EVP)\s+(?:of|for)\s+(?:the\s+)?$/;

/**
 * Drops organisations every mention of which names the company's product or a channel used as a tool,
 * or the department in a vice president's post.
 */
function withoutToolUses(ctx: ExtractionContext, found: NameMention[]): NameMention[] {
  const before = (m: NameMention) => ctx.text.slice(Math.max(0, m.span[0] - 16), m.span[0]);
  // A platform listed after one named as a venue is one too: "complaints emerged on Reddit and Twitter".
  const beforeList = (m: NameMention) => {
    const start = Math.max(0, m.span[0] - 200);
    const list = LIST_BEFORE.exec(ctx.text.slice(start, m.span[0]));
    const at = list ? start + list.index : m.span[0];
    return ctx.text.slice(Math.max(0, at - 16), at);
  };
  const isToolUse = (m: NameMention) =>
    TOOL_BEFORE.test(before(m)) ||
    (PLATFORMS.has(m.name) &&
      (VENUE_BEFORE.test(before(m)) ||
        VENUE_BEFORE.test(beforeList(m)) ||
        VENUE_AFTER.test(ctx.text.slice(m.span[1], m.span[1] + 60)))) ||
    PRODUCT_AFTER.test(ctx.text.slice(m.span[1], m.span[1] + 24)) ||
    LISTED_PRODUCT_AFTER.test(ctx.text.slice(m.span[1], m.span[1] + 60)) ||
    NAMED_PRODUCT_AFTER.test(ctx.text.slice(m.span[1], m.span[1] + 24)) ||
    SERVICE_LIST.test(ctx.text.slice(Math.max(0, m.span[0] - 200), m.span[0]));
  // Only names known from the lexicon, or read as companies only for standing in a list with one: a
  // descriptor ("via Tivit, an IT services provider") says it is a company.
  const fromLexicon = (m: NameMention) =>
    m.rule === "names#org-lexicon" ||
    m.rule === "names#title-lexicon" ||
    m.rule === "names#listed-with-company";
  // "Corporate Vice President for Customer Security & Trust at Microsoft": a department in a post.
  const department = (m: NameMention) =>
    VICE_PRESIDENT_OF.test(ctx.text.slice(Math.max(0, m.span[0] - 40), m.span[0]));
  const named = new Set(
    found
      .filter((m) => m.type === "organization" && !(fromLexicon(m) && isToolUse(m)) && !department(m))
      .map((m) => m.name),
  );
  return found.filter((m) => m.type !== "organization" || named.has(m.name));
}

/** ", Nevada", ", New York", ", France" right after a chunk: the place it stands in. */
function placeFollows(chunk: Chunk, gazetteer: Gazetteer): boolean {
  return namesAfterComma(chunk.after).some(
    (name) => gazetteer.places.has(name) || gazetteer.countries.has(name),
  );
}

/** The last word of a body's full name before a post: "National Security Agency Director …". */
const BODY_END =
  /^(?:Agency|Bureau|Investigation|Department|Commission|Ministry|Police|Office|Service|Administration|Directorate|Authority|Command|Corporation|Company|University|Institute|Foundation|Bank|Group|Labs?|Center|Centre)$/;

/** Words of a post's title besides the title nouns: "Chief Information Security Officer", "Deputy Assistant Director". */
const POST_WORD =
  /^(?:Chief|Executive|Deputy|Vice|Senior|Assistant|Acting|Principal|Associate|Special|General|Managing|Lead|Former|Technical|Technology|Operating|Financial|Information|Security|Marketing|Product|Research|Global|Regional|Interim)$/;

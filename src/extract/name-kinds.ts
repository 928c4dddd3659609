/**
 * @module extract/name-kinds
 * Decides what a name chunk is from its own words and its context: head words (agency or company),
 * person cues (titles, speech verbs, appositives, first names), threat-actor descriptors ("X ransomware
 * gang", "tracked as X") and company descriptors ("security firm X").
 */
import type { EntityType } from "../contracts.ts";
import type { Gazetteer } from "./gazetteer.ts";
import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  PERSON_TITLES,
  POST_NOUNS,
  SPEECH_VERBS,
  WEAK_AGENCY_HEADS,
} from "./lexicon/institutions.ts";
import { firstNames } from "./lexicon/first-names.ts";
import { CONNECTORS, lower, ORIGIN_WORD, POSSESSIVE, type Chunk } from "./name-chunks.ts";
import { isKnownAgencyName } from "./agencies.ts";
import { prefiltered, testPrefiltered } from "./context.ts";
import type { Word } from "./words.ts";

export const THREAT_DESCRIPTORS =
  /^(?:ransomware|hacking|hacker|hackers|threat|apt|cybercrime|cybercriminal|criminal|extortion|hacktivist|espionage|state-sponsored|gang|group)$/i;

/*
 * Patterns tested word by word (in callbacks over a chunk's words) are made once, as constants: a
 * pattern literal in a function body makes a new RegExp object each time it is evaluated.
 */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/**
 * A word shaped as part of a person's name: "Chen", "Guerrero-Saade", initials ("J.", "J.A.", not
 * "U.S."), an inner capital ("McDonald"), a one-letter prefix and an apostrophe ("O'Connor").
 */
const NAME_SHAPED =
  /^(?:[\p{Lu}][\p{Ll}'’-]+(?:-[\p{L}]+)*|(?!(?:U\.S|U\.K|U\.N|E\.U)\.$)(?:[\p{Lu}]\.){1,3}|[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{Ll}]+|[\p{Lu}]['’][\p{Lu}][\p{Ll}]+)$/u;
const OF_OR_FOR = /^(?:of|for)$/;
const AT_OR_WITH = /^(?:at|with)$/i;
const LOWER_CASE_WORD = /^[a-z][a-z-]*$/;
const LOWER_CASE_WORD_OR_AMPERSAND = /^(?:[a-z][a-z-]*|&)$/;
const SHORT_ACRONYM = /^[A-Z]{2,4}$/;
const QUOTE_MARK = /^["“”'‘’]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLAUSE_MARK = /^[,.;:]$/;
export const isNameWord = (w: Word) => NAME_SUFFIX.test(w.text) || NAME_SHAPED.test(w.text);
/** Heads that name a government body only with a public qualifier ("Secret Service", not "Certificate Services"). */
const QUALIFIED_HEADS = new Set([
  // "Credential Guard", "Control Flow Guard": Windows features; "Coast Guard", "National Guard" are bodies.
  "Guard",
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
  "Executive",
  "Board",
  "Division",
]);
const PUBLIC_QUALIFIERS =
  /^(?:Federal|National|State|Secret|Security|Intelligence|Revenue|Police|Border|Customs|Prison|Marshals|Health|Civil|Foreign|Diplomatic|Emergency|Immigration|Tax|Attorney|Prosecutor|Prosecutors|Prosecution|Public|Central|Cyber|Crime|Fraud|Investigation|Investigations|Regulatory|Protection|Constitution|Information|Competition|Financial|Energy|Communications|Trade|Europol|European|Home|Cabinet|Presidential|Army|Military|Defense|Defence|Justice|Interior|District|County|City|Municipal|Metropolitan|Provincial|Regional|Royal|Joint|Treasury|Consumer|Data|Privacy|Elections?|Electoral|Main|General|Securities|Aviation|Maritime|Nuclear|Telecommunications|Transportation|Gaming|Investigative|Criminal|Naval|Postal|Taxation|Audit|Budget|Statistics|Veterans|Coast|Patent|Revolutionary)$/;

/** The type a head word gives a chunk; the head must end the name or stand before "of"/"for". */
/** Bodies whose names put the head first, as in Spanish, French, German or Irish ("Policía Nacional"). */
const LEADING_AGENCY_HEADS =
  /^(?:Policía|Polícia|Polizia|Policia|Polizei|Police|Guardia|Gendarmerie|Garda|Carabinieri|Ministerio|Ministère|Ministerium|Fiscalía|Parquet|Tribunal|Juzgado|Audiencia)$/;

/** Words that make a committee a legislature's: the chamber or the business of government it oversees. */
const LEGISLATIVE =
  /^(?:House|Senate|Parliamentary|Congressional|Select|Joint|Standing|Parliament|Legislative|Assembly|Bundestag|Representatives|Homeland|Intelligence|Commerce|Finance|Judiciary|Appropriations|Oversight|Governmental|Legislation|Constitutional|Defence|Defense|Armed)$/;
/**
 * Words that make a committee a government's other than a legislature's: "National Science and
 * Technology Advisory Committee", "the Central Committee" (a ruling party's).
 */
const GOVERNMENT_COMMITTEE = /^(?:Advisory|Central)$/;
/** Banks that are state bodies: "Bangladesh Central Bank", "Reserve Bank of India". */
const AGENCY_COMPOUND_HEADS = /^(?:Central|Reserve) Bank$/;
/** The directions that open a federal judicial district's name: "Northern District of Florida". */
const DISTRICT_DIRECTION = "(?:Northern|Southern|Eastern|Western|Central|Middle)";
const JUDICIAL_DISTRICT = new RegExp(String.raw`^(?:${DISTRICT_DIRECTION} )?District of \p{Lu}`, "u");
/** A federal judicial district other than the capital's: "Northern District of Florida", "District of Maryland". */
const OTHER_DISTRICT = new RegExp(
  String.raw`\b(?:${DISTRICT_DIRECTION} District of|District of (?!Columbia\b)\p{Lu})`,
  "u",
);

/**
 * "47 states and the District of Columbia": the capital's district is a place; a federal court's
 * district only where the text names others ("Central District of California; District of Columbia").
 */
export const capitalDistrictAsPlace = (name: string, text: string) =>
  name === "District of Columbia" && !OTHER_DISTRICT.test(text);
/**
 * A sector or a level of government written in capitals, as in a list of victims' industries:
 * "Financial Services", "Emergency Services", "Local Government", "Federal Government".
 */
const SECTOR =
  /^(?:Financial|Emergency|Professional|Business|Health|Healthcare|Social|IT|Public|Government) Services$|^(?:Local|Federal|State|Central|National) Government$/;
/** Two-word heads of non-government bodies whose words alone say little ("ConVal School District"). */
const ORG_COMPOUND_HEADS = /^(?:School District|Health System|Hospital System|Credit Union|School Board)$/;

export function headType(words: readonly Word[], gazetteer: Gazetteer): "agency" | "organization" | null {
  if (words.length < 2) return null;
  const name = words.map((w) => w.text).join(" ");
  if (SECTOR.test(name)) return null;
  if (words.length >= 3 && ORG_COMPOUND_HEADS.test(`${words.at(-2)?.text} ${words.at(-1)?.text}`))
    return "organization";
  if (LEADING_AGENCY_HEADS.test(words[0]?.text ?? "")) return "agency";
  // "Southern District of New York", "District of Columbia" in a list of prosecutors' offices: a
  // federal judicial district names its US Attorney's office or court.
  if (JUDICIAL_DISTRICT.test(name)) return "agency";
  if (words.some((w, k) => AGENCY_COMPOUND_HEADS.test(`${w.text} ${words[k + 1]?.text}`))) return "agency";
  // "Senate Intelligence Committee", "Select Committee on Foreign Interference": a legislature's committee
  // is a government body; "International Olympic Committee" is not.
  if (
    words.some((w) => w.text === "Committee") &&
    words.some((w) => LEGISLATIVE.test(w.text) || GOVERNMENT_COMMITTEE.test(w.text))
  )
    return "agency";
  // "JSC Vinnytsiaoblenergo", "OOO Stroygazconsulting": a legal form written first.
  if (/^(?:JSC|PJSC|OJSC|CJSC|OOO|ZAO|OAO|LLC)$/.test(words[0]?.text ?? "")) return "organization";
  // "Department of Health", "Department of Energy": the head before "of" names the body, whatever
  // head word its subject holds ("Health", "Energy" also end company names).
  const ofAt = words.findIndex((w, k) => k > 0 && OF_OR_FOR.test(w.text));
  const lead = ofAt > 0 ? (words[ofAt - 1]?.text ?? "") : "";
  if (
    AGENCY_HEADS.has(lead) &&
    !WEAK_AGENCY_HEADS.has(lead) &&
    !QUALIFIED_HEADS.has(lead) &&
    lead !== "Guard"
  )
    return "agency";
  // "Federal Security Service of the Russian Federation": a head before "of" names the body, not one
  // inside its subject; only where that head decides nothing is the subject read.
  const beforeOf = words.findIndex((w, k) => k > 0 && w.text === "of");
  const found = beforeOf > 0 ? headFromEnd(words.slice(0, beforeOf), words, gazetteer) : undefined;
  if (found) return found;
  const fromEnd = headFromEnd(words, words, gazetteer);
  if (fromEnd !== undefined) return fromEnd;
  return words.some((w) => WEAK_AGENCY_HEADS.has(w.text) && AGENCY_HEADS.has(w.text)) &&
    words.some((w) => w.text === "National" || w.text === "Federal" || w.text === "State") &&
    !PAPER_END.test(words.at(-1)?.text ?? "")
    ? "agency"
    : null;
}

/** A name that ends in a paper or an event a government issues or holds: "National Security Memorandum". */
const PAPER_END =
  /^(?:Memorandum|Memo|Strategy|Act|Law|Bill|Directive|Order|Policy|Plan|Framework|Review|Report|Summit|Conference|Week|Month|Awards?|Clearance|Letter)$/;

/**
 * The type the last head word of `words` gives, reading from the end: undefined where no head word
 * stands, null where one stands but decides nothing. `all` is the whole name, for qualifiers.
 */
function headFromEnd(
  words: readonly Word[],
  all: readonly Word[],
  gazetteer: Gazetteer,
): "agency" | "organization" | null | undefined {
  for (let k = words.length - 1; k >= 0; k--) {
    const text = words[k]?.text ?? "";
    const next = all[k + 1]?.text;
    if (WEAK_AGENCY_HEADS.has(text)) continue;
    const endsName = next === undefined || CONNECTORS.has(next);
    // "Post on the XSS hacking forum" (a caption): a body's head word that opens the name before "on"
    // is an everyday noun; bodies "on" something are committees, read as agencies above.
    if (ORG_HEADS.has(text)) return endsName && !(k === 0 && next === "on") ? "organization" : null;
    if (AGENCY_HEADS.has(text)) {
      if (!endsName) return null;
      if (!QUALIFIED_HEADS.has(text)) return "agency";
      const qualified = all.some(
        (w) => PUBLIC_QUALIFIERS.test(w.text) || gazetteer.countries.has(w.text) || AGENCY_NAMES.has(w.text),
      );
      if (qualified) return "agency";
      return text === "Center" || text === "Centre" ? "organization" : null;
    }
  }
  return undefined;
}

/** "then-President", "ex-CEO": a post held before, joined to its word by a hyphen. */
const HELD_BEFORE = /^(?:then|ex|former)-(?=\p{L})/iu;

/** "Director-in-Charge", "Agent-in-Charge": a post with what it is in charge of, joined by hyphens. */
const IN_CHARGE = /-in-[Cc]harge$/;

/**
 * A post a person holds, in any casing, or held before: "researcher", "Chair", "CEO", "then-President",
 * "Director-in-Charge".
 */
export function isPersonTitle(w: Word | undefined): boolean {
  if (w === undefined) return false;
  const text = w.text.replace(HELD_BEFORE, "").replace(IN_CHARGE, "");
  return PERSON_TITLES.has(text) || PERSON_TITLES.has(text.toLowerCase());
}

/** "Town Administrator Nicole MacStay" → "Nicole MacStay": a title inside the chunk is not the name. */
export function stripTitles(words: Word[]): Word[] {
  for (let k = words.length - 2; k >= 0; k--) {
    if (!isPersonTitle(words[k])) continue;
    const rest = words.slice(k + 1);
    // "General Mark Milley", but not "the 21H1 General Availability Channel": a rank that is also an
    // everyday word heads a person only before a first name, or after another title ("Secretary
    // General Jürgen Stock", "RIA Director General Margus Noormaa").
    if (
      /^(?:General|Major|Chief)$/.test(words[k]?.text ?? "") &&
      k > 0 &&
      !isPersonTitle(words[k - 1]) &&
      !startsWithFirstName(rest)
    )
      continue;
    // "Secretary of State Antony Blinken": a post that runs on past its title word ends where a first
    // name starts two or three words before the chunk's end.
    if (/^(?:of|for)$/.test(rest[0]?.text ?? "")) {
      const m = rest.findIndex(
        (w, i) => i > 0 && rest.length - i >= 2 && rest.length - i <= 3 && startsWithFirstName(rest.slice(i)),
      );
      if (m > 0) return rest.slice(m);
    }
    return rest;
  }
  return words;
}

export const isInstitutionWord = (w: Word) =>
  isPersonTitle(w) || AGENCY_HEADS.has(w.text) || ORG_HEADS.has(w.text);
/**
 * Words that end a law's, a field's, a document's, a product line's or a team's name, never a
 * person's: after a rank or a post, or a first name, they still name no one ("The General Data
 * Protection Regulation", "President of Global Affairs at Google", "the Mueller Report", "Session
 * Management Edition", "the Exchange Team").
 */
const FIELD_OR_LAW_WORDS = new Set(
  "Regulation|Regulations|Act|Directive|Protection|Affairs|Relations|Operations|Strategy|Policy|Compliance|Report|Reports|Edition|Infrastructure|Framework|Programme|Initiative|Index|Summit|Conference|Marketplace|Forum|Portal|Registry|Team".split(
    "|",
  ),
);
export const isFieldOrLawWord = (w: Word) => FIELD_OR_LAW_WORDS.has(w.text);
/** Common Chinese family names, as news romanises them (pinyin). */
const CHINESE_SURNAMES = new Set(
  "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Jin|Fu|Zhong|Cui|Tan|Fan|Qian|Qin|Shi|Kong|Bai|Mao|Xiang|Yan|Lei|Hou|Long|Duan|Hao|Kang|Qiu|Gu|Meng|Wen|Fang|Xiong|Lai|Yin".split(
    "|",
  ),
);
/** One to two pinyin syllables written as one word: "Xiaoyang", "Qingmin", "Wei". */
const PINYIN_GIVEN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,2}$/;

/** "Ding Xiaoyang", "Zhu Yunmin": a Chinese family name, then a given name in pinyin. */
const chineseName = (words: readonly Word[]) =>
  words.length >= 2 &&
  CHINESE_SURNAMES.has(words[0]?.text ?? "") &&
  /^\p{Lu}\p{Ll}+$/u.test(words[1]?.text ?? "") &&
  PINYIN_GIVEN.test((words[1]?.text ?? "").toLowerCase());

/** The text before a word's first hyphen ("Najeeb" of "Najeeb-ul-Hassan"), or all of it. */
const beforeHyphen = (text: string) => {
  const hyphen = text.indexOf("-");
  return hyphen < 0 ? text : text.slice(0, hyphen);
};

export const startsWithFirstName = (words: readonly Word[]) =>
  firstNames().has(beforeHyphen(words[0]?.text ?? "")) || chineseName(words);

/**
 * Nouns for things, not people: "Elden Ring, an upcoming title", "Blue Sentinel, a widely used anti-cheat
 * tool", "Yellow Brick, a now-defunct dark web market".
 */
const THING_NOUNS =
  /^(?:titles?|games?|tools?|products?|apps?|applications?|software|programs?|programmes?|platforms?|features?|plugins?|plug-ins?|extensions?|browsers?|systems?|devices?|frameworks?|librar(?:y|ies)|packages?|utilit(?:y|ies)|versions?|updates?|releases?|models?|series|franchises?|modules?|kits?|suites?|solutions?|engines?|consoles?|websites?|sites?|markets?|marketplaces?|forums?|shops?|databases?|channels?|reports?|campaigns?|botnets?|malware|trojans?|backdoors?|ransomware|strains?|variants?|famil(?:y|ies)|vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?)$/i;

/** Nouns for a person's standing among others, which no thing has: "a trust group member". */
const PERSON_NOUNS =
  /^(?:members?|employees?|residents?|citizens?|nationals?|students?|volunteers?|activists?|veterans?)$/i;

/**
 * The phrase an appositive opens ("a widely used anti-cheat tool for the game") names a thing: one of its
 * first words, up to a preposition or clause, is a noun for a thing or a kind of body, and none a post.
 */
const PHRASE_END = /^(?:[,.;:]|with|at|from|for|of|in|on|that|which|who|whose)$/i;

function describesThing(words: readonly Word[]): boolean {
  const end = words.findIndex((w) => PHRASE_END.test(w.text));
  const head = words.slice(0, end < 0 ? 6 : Math.min(end, 6));
  // "a malware analyst", "a Red Hat principal software engineer", "a Curated Intelligence trust group
  // member": a post or a person's place in a body, so a person after all.
  if (head.some((w) => POST_NOUNS.has(lower(w)) || PERSON_TITLES.has(lower(w)) || PERSON_NOUNS.test(w.text)))
    return false;
  return head.some((w) => THING_NOUNS.test(w.text) || ORG_DESCRIPTORS.has(lower(w)));
}

/** Verbs whose object is a thing, not a person: "using Shadow Principals", "delete Shadow Volume Copies". */
const THING_VERBS =
  /^(?:use|uses|used|using|delete|deletes|deleted|deleting|enable|enables|enabled|enabling|disable|disables|disabled|disabling|install|installs|installed|installing|uninstall\w*|download\w*|configure\w*|deploy|deploys|deployed|deploying|exploit|exploits|exploited|exploiting|patch|patches|patched|patching)$/i;

/** A count in words: "six Lucky Star tribal casinos". */
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens)$/i;

/**
 * The name is the object of a verb that takes things: "DCs are using Shadow Principals"; or it names
 * the brand of things counted before it: "six Lucky Star tribal casinos".
 */
export function objectOfThingVerb(chunk: Chunk): boolean {
  return (
    THING_VERBS.test(chunk.before.at(-1)?.text ?? "") ||
    (COUNT_WORD.test(chunk.before.at(-1)?.text ?? "") && /^\p{Ll}/u.test(chunk.after[0]?.text ?? ""))
  );
}

/** The verbs that give a thing its name: "researchers named the Sudo vulnerability “Baron Samedit”". */
const NAMING_VERB = /^(?:named|dubbed|called|nicknamed|codenamed|code-named|christened|branded)$/i;

/**
 * "Elden Ring, an upcoming title": the name is followed by an appositive that calls it a thing; or
 * "named the Sudo vulnerability “Baron Samedit”": a naming verb gives it, in quotes.
 */
export function calledAThing(chunk: Chunk): boolean {
  const [comma, article] = chunk.after;
  if (
    /^["“‘']$/.test(chunk.before.at(-1)?.text ?? "") &&
    chunk.before.slice(0, -1).some((w) => NAMING_VERB.test(w.text))
  )
    return true;
  return (
    comma?.text === "," && /^(?:a|an)$/i.test(article?.text ?? "") && describesThing(chunk.after.slice(2))
  );
}

/**
 * "Yelisey Boguslavskiy head of research at Advanced Intelligence": a post, then where it is held,
 * written after a name without a comma; not "BluBracket head of product Casey Bisson", the post's
 * holder named after it.
 */
function postThenEmployer(after: readonly Word[]): boolean {
  if (!isPersonTitle(after[0])) return false;
  const at = after.slice(1, 5).findIndex((w) => /^(?:at|with)$/.test(lower(w)));
  return at >= 0 && after.slice(1, 1 + at).every((w) => /^\p{Ll}/u.test(w.text));
}

export function hasPersonCue(chunk: Chunk): boolean {
  const prev = chunk.before.at(-1);
  const prev2 = chunk.before.at(-2);
  const next = chunk.after[0];
  const next2 = chunk.after[1];
  if (isPersonTitle(prev)) return true;
  if (prev && /^\d{1,3}-year-old$/.test(prev.text)) return true;
  // "The British Home Secretary, Priti Patel, said": a title, a comma, then the name and a clause
  // ("Vice President, North America, Guardicore" names a region).
  if (prev?.text === "," && isPersonTitle(prev2) && next?.text === "," && /^\p{Ll}/u.test(next2?.text ?? ""))
    return true;
  if (prev && SPEECH_VERBS.has(lower(prev))) return true;
  // "according to Oskar Gross, Head of the Cybercrime Bureau": a source is a person only by a post after it.
  if (prev && prev2 && lower(prev2) === "according" && lower(prev) === "to")
    // "According to Fox Business, Rep. Bill Huizenga": a post that opens another person's name is theirs.
    return (
      (next?.text === "," &&
        isJobTitle(chunk.after.slice(1)) &&
        !startsWithFirstName(chunk.after.slice(2))) ||
      postThenEmployer(chunk.after)
    );
  if (next && SPEECH_VERBS.has(lower(next))) return true;
  // "Ramin Nafisi from MSTIC wrote", "Yaniv Balmas from Salt Security explained": a name, where it
  // works, then what it said. A post is no name ("The Product Lead at Google said nothing").
  if (
    next &&
    /^(?:from|at)$/.test(next.text) &&
    !/^(?:the|a|an)$/i.test(prev?.text ?? "") &&
    !chunk.words.some(
      (w) => POST_NOUNS.has(lower(w)) || PERSON_TITLES.has(lower(w)) || PERSON_TITLES.has(w.text),
    )
  ) {
    const said = chunk.after.slice(1, 6).findIndex((w) => SPEECH_VERBS.has(lower(w)));
    if (said > 0 && chunk.after.slice(1, 1 + said).every((w) => /^[\p{Lu}\p{N}]/u.test(w.text))) return true;
  }
  if (
    next?.text === "," &&
    next2 &&
    ((/^(?:a|an|who|aged|\d{1,3}|two|three|four|both)$/i.test(next2.text) &&
      !describesThing(chunk.after.slice(2))) ||
      (lower(next2) === "the" && chunk.after.slice(2, 6).some((w) => PERSON_TITLES.has(lower(w)))) ||
      isJobTitle(chunk.after.slice(1)) ||
      employerPostAfter(chunk.after.slice(1)))
  )
    return true;
  return false;
}

/** "Qualys’ VP of Product Management", "Acme's head of research": an employer's possessive, then a post. */
function employerPostAfter(words: readonly Word[]): boolean {
  const possessive = words.slice(1, 4).findIndex((w) => /^['’](?:s)?$/.test(w.text)) + 1;
  return (
    possessive > 0 &&
    words.slice(0, possessive).every((w) => /^\p{Lu}/u.test(w.text)) &&
    isJobTitle(words.slice(possessive + 1))
  );
}

/** Words that qualify a job title without being one ("Senior", "Principal", "Global"). */
const TITLE_MODIFIERS =
  /^(?:senior|principal|executive|managing|general|vice|former|associate|lead|global|regional|technical|chief|co|and|&)$/i;

/**
 * "Senior Director and Head of Threat Research", "president and principal analyst at …": a run of
 * title words up to "of"/"at", which names a post, not a body, and after a comma marks a person.
 */
const POST_END = /^(?:of|at|with|for|[,.;:])$/i;

export function isJobTitle(words: readonly Word[]): boolean {
  const end = words.findIndex((w) => POST_END.test(w.text));
  const run = words.slice(0, end < 0 ? words.length : end);
  // "detections lead at", "principal threat hunter with", "director of NetBlocks": lower-case words
  // ending in a post; also with its field between ("director of threat research and reporting at").
  const field = lower(words[end]) === "of" ? words.slice(end + 1, end + 8) : [];
  const fieldEnd = field.findIndex((w) => AT_OR_WITH.test(w.text));
  // "director of NetBlocks", "high representative of the EU": the post's employer named right after "of".
  const employer = lower(words[end + 1]) === "the" ? words[end + 2] : words[end + 1];
  const employerAfterOf = lower(words[end]) === "of" && /^\p{Lu}/u.test(employer?.text ?? "");
  const affiliation =
    AT_OR_WITH.test(words[end]?.text ?? "") ||
    employerAfterOf ||
    (fieldEnd > 0 && field.slice(0, fieldEnd).every((w) => LOWER_CASE_WORD_OR_AMPERSAND.test(w.text)));
  if (
    end > 0 &&
    run.length <= 5 &&
    affiliation &&
    run.every((w) => LOWER_CASE_WORD.test(w.text) || SHORT_ACRONYM.test(w.text)) &&
    POST_NOUNS.has(lower(run.at(-1)))
  )
    return true;
  return (
    end > 0 &&
    run.length <= 6 &&
    run.every(
      (w) => TITLE_MODIFIERS.test(w.text) || PERSON_TITLES.has(w.text) || PERSON_TITLES.has(lower(w)),
    ) &&
    run.some((w) => PERSON_TITLES.has(w.text) || PERSON_TITLES.has(lower(w))) &&
    !startsWithFirstName(run)
  );
}

const GANG_KINDS =
  /^(?:ransomware|hacking|hacker|extortion|cybercrime|cybercriminal|criminal|threat|apt|hacktivist|espionage|fraud|scam|phishing)$/;
/** Crime and platform words that stand before "gang" without being one's name ("BEC gang", "Android"). */
const NOT_ACTORS =
  /^(?:BEC|DDoS|APT|Ransomware|Trojan|Android|Windows|Linux|iOS|macOS|Telegram|Crypto|Bitcoin|Dark Web|Internet|Nigerian|Russian|Chinese|Iranian|North Korean)$/i;

/** What hackers do in a story of attacks: "the X hackers leaked", "targeted by the X hackers". */
const HOSTILE_ACTS =
  /\b(?:hack\w*|attack\w*|breach\w*|leak\w*|ransom\w*|stole|stolen|targets?|targeted|compromised?|exploit\w*|espionage|cyber\w*)\b/i;

/** "the Black Lantern ransomware gang", "a group it tracks as Storm Heron": an unlisted threat actor. */
/** A kind of crime that, after where a gang is from, describes it: "West African BEC gang". */
const CRIME_KIND =
  /^(?:BEC|SIM|DDoS|phishing|ransomware|fraud|scam|romance|crypto|cybercrime|carding|smishing)$/i;
/** Words that say where, before a demonym: "West African", "Southeast Asian". */
const REGION_WORD =
  /^(?:West|East|North|South|Central|Southeast|Southwest|Northeast|Northwest|Eastern|Western|Northern|Southern|Sub-Saharan|\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i))$/u;

/** How the naming cues isThreatActorChunk looks for before a name end: text ending otherwise is not searched. */
const NAMING_CUE_ENDS = ["as", "dubbed", "itself", "gang", "group", "crew", "operation", "operators"];

export function isThreatActorChunk(chunk: Chunk): boolean {
  const name = chunk.words.map((w) => w.text).join(" ");
  if (NOT_ACTORS.test(name) || ORIGIN_WORD.test(chunk.words.at(-1)?.text ?? "")) return false;
  // "a probe dubbed Operation Lyrebird": a named operation, police or criminal, is no group.
  if (chunk.words[0]?.text === "Operation") return false;
  // "West African BEC gang", "Nigerian romance scam gang": where the gang is from and what it does.
  const last = chunk.words.at(-1)?.text ?? "";
  if (
    CRIME_KIND.test(last) &&
    chunk.words.slice(0, -1).every((w) => REGION_WORD.test(w.text) || ORIGIN_WORD.test(w.text))
  )
    return false;
  const [a, b] = chunk.after.slice(0, 2).map(lower);
  // "Financial cybercrime gang FIN7": a word describing the gang that a name follows is no name.
  const named = chunk.after.slice(1, 4).some((w) => /^(?:[A-Z]{2,}\d*|[A-Z]\w*\d+)$/.test(w.text));
  if (named && a && /^(?:gang|group|crew|cybercrime|hacking|ransomware|threat|apt)$/.test(a)) return false;
  if (a && /^(?:gang|crew|cartel|cybergang)$/.test(a)) return true;
  if (a && b && GANG_KINDS.test(a) && /^(?:gang|group|crew|collective|operators?|cartel)$/.test(b))
    return true;
  // "the Black Shadow hackers leaked…": a definite group of hackers in a story of attacks.
  if (a && a === "hackers" && lower(chunk.before.at(-1)) === "the" && HOSTILE_ACTS.test(chunk.sentence.text))
    return true;
  const before = chunk.before
    .map(lower)
    .filter((w) => !QUOTE_MARK.test(w))
    .slice(-3)
    .join(" ");
  if (
    !NAMING_CUE_ENDS.some((end) => before.endsWith(end)) ||
    !/\b(?:tracks? (?:it |them )?as|tracked as|tracking (?:it |them )?as|dubbed|(?:hackers|group|gang) known as|calls? itself|named (?:the|this|it) (?:gang|group|crew|operation|operators))$/.test(
      before,
    )
  )
    return false;
  // "a new credential-stealer that Unit 42 is tracking as KdcSponge", "a new campaign, dubbed Chimaera":
  // the nearest kind of thing named before the name says what it is, whatever group the sentence names.
  const lead = chunk.sentence.text.slice(0, (chunk.words[0]?.start ?? 0) - chunk.sentence.span[0]);
  const nearest = [...lead.matchAll(NAMED_KIND)].at(-1)?.[0].toLowerCase();
  if (nearest !== undefined) return !NOT_A_GROUP_KIND.test(nearest);
  return /\b(?:group|gang|actor|actors|hackers|operators|cluster|crew|apt)\b/i.test(chunk.sentence.text);
}

/**
 * What a naming verb may name: a group of people, a piece of software, or a campaign or operation
 * (police or criminal), except a ransomware or extortion "operation", which is a gang.
 */
const NAMED_KIND =
  /\b(?:(?:ransomware|extortion|cybercrime|criminal|hacking) operations?|groups?|gangs?|actors?|hackers|operators|clusters?|crews?|apt|malware|ransomware|trojan|botnet|spyware|backdoor|loader|stealer|infostealer|wiper|worm|rootkit|keylogger|implant|webshell|tool|strain|variant|family|campaigns?|operations?)\b/gi;
const NOT_A_GROUP_KIND =
  /^(?:malware|ransomware|trojan|botnet|spyware|backdoor|loader|stealer|infostealer|wiper|worm|rootkit|keylogger|implant|webshell|tool|strain|variant|family|campaigns?|operations?)$/;

/** Right after a name, a patch released: the name is the vendor's. */
const PATCHED_AFTER =
  /^\s+(?:(?:has|have|had|quickly|also|then|later|since) ){0,2}(?:released|issued|rolled out|pushed out|shipped|published) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:patch(?:es)?|fix(?:es)?|security updates?|firmware updates?|hotfix(?:es)?)\b/i;

/** Nouns for who speaks for a body: "a KT spokesperson", "LG Uplus representatives". */
const SPOKES = /^(?:spokesperson|spokespeople|spokesman|spokeswoman|representatives?)$/;
/** A lower-case noun right after a name that says it is a company: "USAA bank", "the Acme company". */
const COMPANY_AFTER =
  /^(?:bank|company|firm|corporation|telco|cooperative|retailer|insurer|airline|registrars?)$/;
/** Documents a source publishes: "a report released this week by X", "data from X". */
const PUBLISHED_BY =
  /\b(?:report|study|analysis|research|blog post|advisory|survey|findings|paper|whitepaper)(?: [\w-]+){0,5}? (?:by|from)$/;
/**
 * Who makes or keeps a product: "a small C library provided by HCC Embedded", "firmware developed by
 * Realtek", "NicheStack … is maintained by HCC Embedded" (only software is maintained).
 */
const MADE_BY =
  /\b(?:(?:librar(?:y|ies)|software|plugins?|plug-ins?|apps?|applications?|tools?|firmware|products?|devices?|stacks?|frameworks?|packages?|modules?|components?|drivers?|SDKs?|chips?|chipsets?)\b[^,.;:]{0,40} (?:developed|made|provided|sold|manufactured|produced|built|designed|supplied|distributed|maintained)|\bmaintained) by$/i;

/** "victims include X, Y and Z", "companies such as X": a list of bodies. */
const LIST_CUE =
  /\b(?:victims|customers|clients|companies|firms|organi[sz]ations|vendors|manufacturers|makers|retailers|banks|telcos|providers|businesses|subsidiaries)(?: (?:of|in|from|across|around) [^,.;:]{1,40})?(?:,[^,.;:]{1,80},)?(?: (?:have|has|had|also))?,? (?:include[sd]?|including|such as|like)$|\b(?:operated|owned|run) by$|\b(?:attacks|breach|breaches|leaks?) (?:also )?(?:hit|impacted|affected)$/i;
/** Words every list cue contains: a sentence without one holds no list of bodies. */
const LIST_HINT = prefiltered(
  /\b(?:include[sd]?|including|such as|like|hit|impacted|affected|(?:operated|owned|run) by)\b/i,
);
const LIST_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|,|and|or|&)$/u;

/** The sentence text before the chunk. */
const textBefore = (chunk: Chunk) =>
  chunk.sentence.text.slice(0, Math.max(0, (chunk.words[0]?.start ?? 0) - chunk.sentence.span[0])).trimEnd();

/** The sentence text after the chunk, up to 80 characters. */
const textAfter = (chunk: Chunk) => {
  const end = (chunk.words.at(-1)?.end ?? chunk.sentence.span[0]) - chunk.sentence.span[0];
  return chunk.sentence.text.slice(end, end + 80);
};

/** Nouns that, after "X is a/an", say X is a company. */
const IS_A_COMPANY =
  /^(?:company|firm|corporation|provider|vendor|retailer|manufacturer|maker|bank|insurer|carrier|startup|publisher|registrar|nonprofit|marketplace|conglomerate|airline|broadcaster)$/;

/**
 * The last words of the source and maker cues descriptorType tests at the end of the text before a
 * name (PUBLISHED_BY, "according to a report on", SOURCE_BEFORE, MADE_BY), in lower case.
 */
const CUE_ENDS: ReadonlySet<string> = new Set(["by", "from", "on", "in", "with", "the"]);

/** The ASCII letters `text` ends in, in lower case: "" when it ends in anything else. */
function trailingLetters(text: string): string {
  let k = text.length;
  while (k > 0) {
    const folded = text.charCodeAt(k - 1) | 32;
    if (folded < 97 || folded > 122) break;
    k--;
  }
  return text.slice(k).toLowerCase();
}

/** "reports from the BBC", "first reported by TechCrunch", "an interview with the Daily Beast": a news outlet. */
const SOURCE_BEFORE = /\b(?:reports? from|reported by|interview with)( the)?$/i;
/** One word in capitals or with an inner capital ("CNN", "TechCrunch"): a brand, not a surname. */
const brandShaped = (chunk: Chunk) =>
  chunk.words.length === 1 &&
  /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u.test(chunk.words[0]?.text ?? "");

/** Verbs of a finding, after the one who made it. */
const RESEARCH_VERB = /^(?:found|discovered|spotted|observed|uncovered|detected|identified)$/;
/**
 * One word spelt as no surname is, with a capital after its first letter and lower case too
 * ("PCrisk", "MalwareHunterTeam"); an acronym ("GAO", "MDR") may name anything.
 */
const coinedWord = (chunk: Chunk) =>
  chunk.words.length === 1 &&
  /^\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$/u.test(chunk.words[0]?.text ?? "") &&
  /\p{Ll}/u.test(chunk.words[0]?.text ?? "");

/** Surnames spelt with a capital inside: "McDonald", "MacStay", "DeSantis", "O'Brien", "VanDyke". */
const SURNAME_WITH_CAPITAL = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|O|Van|Von|St|Fitz)\p{Lu}/u;
/** A statement or a launch right after its subject: "says that", "said in a statement", "is rolling out". */
const BRAND_STATEMENT =
  /^\s*(?:(?:says|said) (?:that|in (?:a|an|its) (?:blog post|statement|announcement|advisory|press release))|announced|(?:is|has been|has started|began) rolling out|rolled out|(?:has )?launched|is launching)\b/;

/** Whether the chunk is an item of a list of bodies ("Previous victims include Acer, Compal, and Garmin"). */
function inBodyList(chunk: Chunk): boolean {
  if (!testPrefiltered(LIST_HINT, chunk.sentence.text)) return false;
  const tokens = textBefore(chunk).split(/(?=,)|\s+/);
  let k = tokens.length;
  while (k > 0 && LIST_WORD.test(tokens[k - 1] ?? "")) k--;
  return LIST_CUE.test(tokens.slice(0, k).join(" "));
}

const FUNCTION_WORDS = /^(?:and|or|but|of|the|a|an|with|at|from|by|in|on|to|for|as|is|was|said)$/;

/** "Finish security firm F-Secure", "a Moscow-based IT company called M-13": a word before a lower-case company descriptor and its name is a modifier. */
function modifiesDescriptor(chunk: Chunk): boolean {
  const k = kindAfterTradeWords(chunk, (w) => ORG_DESCRIPTORS.has(lower(w)));
  if (k < 0) return false;
  // "a Moscow-based IT company called M-13": the name may follow "called", "named" or "dubbed".
  const named = /^(?:called|named|dubbed)$/.test(chunk.after[k + 1]?.text ?? "") ? k + 2 : k + 1;
  return /^\p{Lu}/u.test(chunk.after[named]?.text ?? "");
}

/**
 * Where, after the chunk, a word of a kind (`isKind`) stands behind at most two lower-case words of
 * trade ("IT company", "cryptocurrency exchange"); -1 if none does.
 */
function kindAfterTradeWords(chunk: Chunk, isKind: (w: Word) => boolean): number {
  // Only the first three words can be the kind: the others are not asked.
  const k = chunk.after.slice(0, 3).findIndex(isKind);
  if (k < 0) return -1;
  const trade = chunk.after.slice(0, k);
  return trade.every((w) => LOWER_CASE_WORD.test(w.text) && !FUNCTION_WORDS.test(w.text)) ? k : -1;
}

/** Words for a kind of company that a name right before them belongs to ("the Chatex cryptocurrency exchange"). */
const COMPANY_KIND =
  /^(?:company|firm|exchange|bank|maker|vendor|provider|retailer|startup|conglomerate|manufacturer|insurer|carrier|telco|lender|giant|subsidiary|publisher|broadcaster|newspaper|hospital|university|airline|supplier|contractor|distributor|nonprofit|charity|mixer|chain|automaker|carmaker|chipmaker|grocer)$/;

/**
 * "the Chatex cryptocurrency exchange", "the Kestrel software company": after "the", a name, at most
 * two lower-case words of trade and a kind of company that ends the phrase are one company's.
 */
function namesCompanyAfter(chunk: Chunk): boolean {
  if (lower(chunk.before.at(-1)) !== "the") return false;
  const [only] = chunk.words;
  // "the Korean retail giant", "the NAS maker": a demonym or a short acronym names a kind, not a company.
  if (
    chunk.words.length === 1 &&
    (only?.pos === "ADJ" ||
      /(?:ean|ese|ish)$/.test(only?.text ?? "") ||
      /^[\p{Lu}\d]{2,4}$/u.test(only?.text ?? ""))
  )
    return false;
  // "the Russian-linked Suex crypto exchange": a name after an origin word is read with the origin cut off.
  if (chunk.words.some((w) => ORIGIN_WORD.test(w.text))) return false;
  const k = kindAfterTradeWords(chunk, (w) => COMPANY_KIND.test(w.text));
  // "the Hobby Lobby retail chain", not "the Log4j supply chain" nor "the Kaseya kill chain".
  if (
    k >= 1 &&
    chunk.after[k]?.text === "chain" &&
    !/^(?:retail|grocery|supermarket|restaurant|hotel|store|department|pharmacy|fast-food|coffee|clothing)$/.test(
      chunk.after[k - 1]?.text ?? "",
    )
  )
    return false;
  if (k === 0 && chunk.after[k]?.text === "chain") return false;
  return k >= 0 && !/^\p{Lu}/u.test(chunk.after[k + 1]?.text ?? "");
}

/** What a body owns that a person rarely does: "Constant Contact’s systems", "Acme’s customers". */
const CORPORATE_POSSESSIONS =
  /^(?:systems|network|networks|servers|infrastructure|customers|clients|employees|staff|shareholders|subsidiary|subsidiaries|headquarters|website|platform|chief|ceo|board|vice|executives|cto|ciso|cfo|coo|cio|founder|co-founder|cofounder|chairman|chairwoman)$/;

/** The word after a possessive "’s" that follows the chunk (also when typed "‘s", read as two tokens). */
function possessed(chunk: Chunk): string {
  const [a, b, c] = chunk.after;
  if (a && POSSESSIVE.test(a.text)) return lower(b);
  return a && b && /^[‘'`]$/.test(a.text) && b.text === "s" && b.start === a.end ? lower(c) : "";
}

/** Verbs that bring out a product: what they name is the product, whatever the appositive calls it. */
const LAUNCH_VERBS =
  /^(?:introduc(?:e|es|ed|ing)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?)$/;

/** What a company is called, and only a company: not "an app called", "a group called", "a developer named". */
const COMPANY_WORD =
  /^(?:company|firm|startup|vendor|corporation|conglomerate|manufacturer|retailer|contractor|venture)$/;

/** Kinds of company an appositive counts a name among; not "operators" or "developers", who may be people. */
const COMPANY_KINDS =
  /^(?:companies|firms|vendors|providers|makers|manufacturers|retailers|chains|banks|lenders|insurers|carriers|telcos|processors|suppliers|exchanges|marketplaces|markets|platforms|hospitals|universities|airlines|conglomerates|utilities|brands|startups|businesses|corporations)$/;

/**
 * "Nordhavn Seafood, one of Norway's largest salmon processors", "T-Mobile, one of the biggest
 * telecommunications companies": an appositive that counts the name among companies of a kind. Gangs
 * and groups are not counted ("APT35, one of Iran's most active cyber-espionage groups").
 */
function oneOfCompanies(rest: readonly Word[], article: Word | undefined): boolean {
  if (lower(article) !== "one" || lower(rest[0]) !== "of") return false;
  let k = 1;
  // Past the determiner or the possessor: "the", "Norway's", "Iran’s".
  while (
    k < 4 &&
    (/^(?:the|its|their)$/i.test(rest[k]?.text ?? "") ||
      /^\p{Lu}/u.test(rest[k]?.text ?? "") ||
      POSSESSIVE.test(rest[k]?.text ?? ""))
  )
    k++;
  const phrase = rest.slice(k, k + 5);
  const end = phrase.findIndex(
    (w) => !/^[\p{Ll}-]+$/u.test(w.text) || /^(?:of|for|in|at|with|and|or|that|who|which)$/.test(w.text),
  );
  const last = lower(phrase[(end < 0 ? phrase.length : end) - 1]);
  return COMPANY_KINDS.test(last);
}

/** Public offices written in lower case after their body: "the Bank of England governor". */
const PUBLIC_POSTS =
  /^(?:governor|mayor|minister|secretary|senator|chancellor|commissioner|ambassador|attorney|judge|prosecutor|sheriff|spokesperson|spokesman|spokeswoman)$/;

/** Trades a company is described by as often as a person: "a developer of WordPress add-ons". */
const COMPANY_TRADES =
  /^(?:developers?|providers?|publishers?|makers?|vendors?|operators?|manufacturers?|producers?|suppliers?|contractors?|distributors?)$/;

const DESCRIPTION_END = /^(?:[,.;:]|with|at|from|for|of|the|a|an|its|that|which|who)$/i;

/** Trades a person plies as often as a firm: "the operator of the botnet", "a former Army contractor". */
const PERSON_TRADES =
  /^(?:operators?|developers?|contractors?|producers?|owners?|founders?|administrators?|admins?|sellers?|vendors?)$/;

export function descriptorType(chunk: Chunk): EntityType | null {
  const before = chunk.before.slice(-2).map(lower);
  if (
    before.some((w) => THREAT_DESCRIPTORS.test(w)) &&
    chunk.after[0] &&
    /^(?:group|gang|operators?|crew|actors?)$/i.test(chunk.after[0].text)
  )
    return "threat-actor";
  if (modifiesDescriptor(chunk)) return null;
  if (namesCompanyAfter(chunk)) return "organization";
  // "Mozilla engineer Haik Aftandilian wrote in a blog post": a person's post right before a name of
  // two words or more makes it a person's, whatever follows ("researcher MalwareHunterTeam" is a
  // handle); "developer" or "operator" may also name a company's trade.
  const post = before.at(-1) ?? "";
  if (
    chunk.words.length > 1 &&
    PERSON_TITLES.has(post) &&
    /^\p{Ll}/u.test(post) &&
    !ORG_DESCRIPTORS.has(post)
  )
    return null;
  // "a UAE cybersecurity firm named DarkMatter", "a company called Swift Unlocks".
  if (/^(?:named|called|dubbed)$/.test(before.at(-1) ?? "") && COMPANY_WORD.test(before.at(-2) ?? ""))
    return "organization";
  // "alleged TrickBot developer Alla Witte": a role noun before a person's name. "group CEO Yuki
  // Kusumi" is a post and its holder, whatever the noun before.
  if (
    before.at(-1) &&
    ORG_DESCRIPTORS.has(before.at(-1) ?? "") &&
    stripTitles(chunk.words) === chunk.words &&
    !THREAT_DESCRIPTORS.test(before.at(-2) ?? "") &&
    !(
      /^(?:developer|operator|contractor|producer)$/.test(before.at(-1) ?? "") &&
      startsWithFirstName(chunk.words)
    )
  )
    return "organization";
  // The six words after a comma and an article: an appositive's noun phrase, not what follows it.
  const [comma, article] = chunk.after;
  const rest = chunk.after.slice(2, 8);
  // "Google Cloud is introducing Secure Application Access Anywhere, a new service": a product launched.
  const launched = LAUNCH_VERBS.test(before.at(-1) ?? "");
  if (
    !launched &&
    comma?.text === "," &&
    article &&
    /^(?:a|an|the|two|three|four|both)$/i.test(article.text)
  ) {
    const phrase = rest.slice(0, 6);
    // "Brett Callow, a threat analyst with cybersecurity firm Emsisoft": the firm is the person's employer;
    // "Tetrade, a codename the company used": the company is another noun phrase.
    const stop = phrase.findIndex((w) => DESCRIPTION_END.test(w.text));
    const head = phrase.slice(0, stop < 0 ? 6 : stop).map(lower);
    if (
      head.includes("agency") &&
      head.some((w) => /^(?:government|federal|state|development|intelligence|law|regulatory)$/.test(w))
    )
      return "agency";
    // "Andrew Bailey, the Bank of England governor, told": a post in the phrase makes a person; "a
    // developer of WordPress add-ons", "a major IT provider" describe a company's trade.
    const clause = rest.slice(0, rest.findIndex((w) => CLAUSE_MARK.test(w.text)) >>> 0).slice(0, 8);
    const post = clause.some(
      (w) => !COMPANY_TRADES.test(lower(w)) && (POST_NOUNS.has(lower(w)) || PUBLIC_POSTS.test(lower(w))),
    );
    // "Peter Levashov, the operator of the Kelihos botnet", "Fredrick Brown, a former U.S. Army
    // contractor": a trade a person may ply, after a first name, tells of a person.
    const personTrade = startsWithFirstName(chunk.words) && head.some((w) => PERSON_TRADES.test(w));
    if (
      !post &&
      !personTrade &&
      head.some((w) => ORG_DESCRIPTORS.has(w) && !/^(?:group|team|agency)$/.test(w))
    )
      return "organization";
  }
  if (!launched && comma?.text === "," && oneOfCompanies(rest, article) && !startsWithFirstName(chunk.words))
    return "organization";
  const next = lower(chunk.after[0]);
  if (/^(?:researchers|analysts)$/.test(next)) return "organization";
  // "PCrisk found a new STOP ransomware variant", "MalwareHunterTeam spotted a sample": a research
  // outfit known by one coined word, as the subject of a finding.
  if (
    RESEARCH_VERB.test(next) &&
    /^(?:a|an|the|new|that|multiple|several|two|three|\d+)$/i.test(chunk.after[1]?.text ?? "") &&
    coinedWord(chunk) &&
    !/^(?:named|called|dubbed)$/.test(before.at(-1) ?? "")
  )
    return "organization";
  // "FatPipe has released a patch", "Zyxel issued firmware updates": a vendor fixing its product. One
  // word only: "Parallels Desktop", "Hewlett Packard" are a product and a company's old name.
  if (chunk.words.length === 1 && PATCHED_AFTER.test(textAfter(chunk)) && !startsWithFirstName(chunk.words))
    return "organization";
  // "TimesLive reports that …": an outlet's name in one word with an inner capital or in capitals.
  const reportsThat = next === "reported" || (next === "reports" && lower(chunk.after[1]) === "that");
  if (reportsThat && brandShaped(chunk)) return "organization";
  // "DuckDuckGo says that it will …", "ZapLink is rolling out": a coined one-word brand as the subject
  // of a statement or a launch; not a surname with an inner capital ("McDonald said", "DeSantis").
  // A researcher's handle ("RyotaK said") and an agency's short name ("DoJ", "FinCen") are not brands.
  const word = chunk.words[0]?.text ?? "";
  if (
    coinedWord(chunk) &&
    word.length >= 5 &&
    !SURNAME_WITH_CAPITAL.test(word) &&
    !isKnownAgencyName(word) &&
    BRAND_STATEMENT.test(textAfter(chunk))
  )
    return "organization";
  // "Garrett is an American firm producing …", "Redbubble is an online marketplace".
  const [verb, determiner, ...described] = chunk.after.slice(0, 5).map(lower);
  if (
    /^(?:is|was)$/.test(verb ?? "") &&
    /^(?:a|an)$/.test(determiner ?? "") &&
    described.slice(0, 3).some((w) => IS_A_COMPANY.test(w))
  )
    return "organization";
  const sentenceStart = !chunk.before.some((w) => LETTER_OR_DIGIT.test(w.text));
  if (
    (SPOKES.test(next) && !sentenceStart) ||
    (COMPANY_AFTER.test(next) &&
      chunk.after[0]?.text === next &&
      !ORIGIN_WORD.test(chunk.words.at(-1)?.text ?? ""))
  )
    return "organization";
  if (CORPORATE_POSSESSIONS.test(possessed(chunk)) && !startsWithFirstName(chunk.words))
    return "organization";
  const [w1, w2] = chunk.after;
  if (
    w1 &&
    w2 &&
    SPEECH_VERBS.has(lower(w1)) &&
    /^(?:in|on)$/.test(lower(w2)) &&
    /^(?:a|an|its|the)$/.test(lower(chunk.after[2])) &&
    /^(?:statement|report|blog|advisory|post|notice|filing|announcement|alert|analysis|email)$/.test(
      lower(chunk.after[3]),
    ) &&
    !/^(?:in|near|outside|across|throughout)$/.test(before.at(-1) ?? "")
  )
    return "organization";
  if (
    chunk.before.length >= 2 &&
    lower(chunk.before.at(-2)) === "according" &&
    lower(chunk.before.at(-1)) === "to" &&
    !startsWithFirstName(chunk.words) &&
    // "according to Oskar Gross, Head of the Cybercrime Bureau": a post after the comma; "according to
    // Yelisey Boguslavskiy head of research at …", one written without it.
    !(
      chunk.after[0]?.text === "," &&
      isPersonTitle(chunk.after[1]) &&
      !startsWithFirstName(chunk.after.slice(2))
    ) &&
    !postThenEmployer(chunk.after) &&
    // "According to FBI Special Agent B.J. Kang": a titled person.
    stripTitles(chunk.words) === chunk.words
  )
    return "organization";
  if (
    chunk.before.length >= 2 &&
    /^(?:researchers|analysts|experts)$/i.test(chunk.before.at(-2)?.text ?? "") &&
    /^(?:at|from|with)$/i.test(chunk.before.at(-1)?.text ?? "")
  )
    return "organization";
  // The cues below name a source, which may as well be a person ("told Russian President Vladimir Putin").
  if (startsWithFirstName(chunk.words) || chunk.words.some((w) => PERSON_TITLES.has(w.text))) return null;
  // The cues below end right before the name and run at most six words back.
  const preceding = textBefore(chunk).slice(-160);
  // Each of these cues ends in one of CUE_ENDS: text ending in another word is not searched for them.
  const cueEnd = CUE_ENDS.has(trailingLetters(preceding));
  if (
    cueEnd &&
    (PUBLISHED_BY.test(preceding) ||
      /\baccording to (?:a|an|the) (?:report|story|article|post) (?:on|in)$/i.test(preceding) ||
      (SOURCE_BEFORE.test(preceding) &&
        (SOURCE_BEFORE.exec(preceding)?.[1] !== undefined || brandShaped(chunk)) &&
        !chunk.words.some((w) => AGENCY_HEADS.has(w.text))))
  )
    return "organization";
  if (before.at(-1) === "told" && !chunk.words.some((w) => AGENCY_HEADS.has(w.text))) return "organization";
  if (cueEnd && MADE_BY.test(preceding) && !chunk.words.some((w) => AGENCY_HEADS.has(w.text)))
    return "organization";
  if (inBodyList(chunk)) return "organization";
  return null;
}

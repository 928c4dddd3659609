/**
 * @module extract/name-chunks
 * Groups a sentence's capitalised words into name chunks ("Ministry of State Security", "People’s
 * Liberation Army"), joining across "of", "and" and possessives only where an institution's name
 * continues, and splits off leading country words and lists joined by "and".
 */
import type { Sentence } from "./analyse.ts";
import type { ExtractionContext } from "./context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  KNOWN_ORGS,
  ORG_HEADS,
  PERSON_TITLES,
  POST_NOUNS,
  SPEECH_VERBS,
  WEAK_AGENCY_HEADS,
} from "./lexicon/institutions.ts";
import { KNOWN_AGENCIES, KNOWN_ORGANIZATIONS } from "./lexicon/agency-aliases.ts";
import { isCountryName } from "./lexicon/countries.ts";
import { firstNames } from "./lexicon/first-names.ts";
import { US_STATE_CODES } from "./lexicon/regions.ts";
import { opensCapital, wordsOf, type Word } from "./words.ts";

export interface Chunk {
  words: Word[];
  sentence: Sentence;
  before: Word[];
  after: Word[];
}

export const CONNECTORS = new Set([
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
  "di",
  "della",
  "and",
  "&",
  "on",
]);
/** "’s", and the "‘s" or "`s" some outlets type for it. */
export const POSSESSIVE = /^['’‘`]s$/;
/** Capitalised words that open no name: articles, pronouns, function words, months and days. */
export const NEVER_NAMES: ReadonlySet<string> = new Set(
  "The|A|An|This|That|These|Those|Its|It|Their|His|Her|Our|Both|Some|According|Since|While|But|And|Although|After|Before|When|If|As|In|On|At|By|For|From|With|Notably|However|Meanwhile|Also|Yet|So|Then|Under|Over|Despite|Last|Earlier|Later|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|I|We|They|He|She|You|Update|Additionally|Further|Furthermore|Moreover|Once|Many|Most|Several|Other|Such|Each|Every|All|Any|No|Not|Now|Here|There|What|Who|How|Why|Where|Which|Once|Earlier|Unlike|Like|During|Following|Through|Per|Via|Read|See|Note|Source|Image|Credit|Photo|Overall|Instead|Still|Just|Only|Even|Although|Because|Whether|Until|Upon|Among|Between|Within|Without|Against|Toward|Towards|Into|Onto|About|Above|Below|Around|Ahead|Following|Regarding".split(
    "|",
  ),
);
/**
 * Patterns tested on every word are made once here: a pattern literal in a function body makes a new
 * RegExp object each time it is evaluated.
 */
const CAPITALISED_WORD = /^[\p{Lu}][\p{L}\p{N}'’.&$-]*$/u;
const LOWER_THEN_CAPITAL = /^\p{Ll}\p{Lu}/u;
const OPENING_MARK = /^["“‘(]$/;
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;
const SHORT_NUMBER = /^\d{1,4}$/;
const LEGAL_FORM_BEFORE_PERIOD = /^(?:Pvt|Pte|Co)$/;

/** Whether a UTF-16 code unit is ASCII but no capital letter. */
const asciiNotCapital = (code: number) => code < 65 || (code > 90 && code < 128);

export const isCapitalised = (w: Word) =>
  // Most words open with an ASCII character other than a capital, and then a second one: neither
  // pattern can match them, and they are passed over without it.
  !(asciiNotCapital(w.text.charCodeAt(0)) && asciiNotCapital(w.text.charCodeAt(1))) &&
  ((CAPITALISED_WORD.test(w.text) && !NEVER_NAMES.has(w.text)) ||
    // "eSentire", "eBay": a known company whose name opens in lower case.
    (LOWER_THEN_CAPITAL.test(w.text) && KNOWN_ORGS.has(w.text)));

/**
 * Known names holding a word never read as a name alone, which would break them into pieces: "No More
 * Ransom" opens with one, "Have I Been Pwned" holds one. Built on first use, filed by first character:
 * nearly every capitalised word is asked, and only the names opening with its letter can match.
 */
let namesWithNeverWords: ReadonlyMap<string, readonly string[]> | null = null;

function namesWithNeverWordsByFirst(): ReadonlyMap<string, readonly string[]> {
  if (namesWithNeverWords) return namesWithNeverWords;
  const byFirst = new Map<string, string[]>();
  for (const n of [...KNOWN_ORGS, ...AGENCY_NAMES])
    if (n.split(" ").some((word) => NEVER_NAMES.has(word))) {
      const named = byFirst.get(n[0] ?? "") ?? [];
      named.push(n);
      byFirst.set(n[0] ?? "", named);
    }
  return (namesWithNeverWords = byFirst);
}

const knownNameOpeningAt = (text: string, start: number): string | undefined =>
  namesWithNeverWordsByFirst()
    .get(text[start] ?? "")
    ?.find(
      (n) =>
        text.startsWith(n, start) &&
        // Not where the name runs on: "The Times of Israel", "The Record Media".
        !/^(?:[\p{L}\p{N}]|\s+(?:of\s+)?\p{Lu})/u.test(text.slice(start + n.length, start + n.length + 8)),
    );
export const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? "";

export const isHead = (text: string) => AGENCY_HEADS.has(text) || ORG_HEADS.has(text);

/**
 * Whether the connector at `j` ("of", "’s", "and") continues the name that starts at `start`. Once a
 * name has continued through a head ("Office for the Protection"), a later "of" continues it too
 * ("… of the Constitution", "District Court for the Western District of Texas").
 */
function joins(words: readonly Word[], j: number, start: number): boolean {
  const connector = words[j]?.text ?? "";
  const left = words[j - 1]?.text ?? "";
  const continued = words
    .slice(start, j - 1)
    .some((w, k) => isHead(w.text) && /^(?:of|for)$/.test(words[start + k + 1]?.text ?? ""));
  if (POSSESSIVE.test(connector)) {
    // "People’s Liberation Army", "Attorney General’s Office": only when a head word follows soon.
    // "University of Toronto’s Citizen Lab": a complete body's name before the possessive owns the next.
    if (isHead(left) || KNOWN_ORGS.has(left) || continued) return false;
    return words.slice(j + 1, j + 4).some((w) => isHead(w.text));
  }
  if (connector === "and" || connector === "&") return true;
  // "the State of Alaska", "State of New York": a US state's government, not "Minister of State for …".
  if (
    left === "State" &&
    connector === "of" &&
    [1, 2].some((n) => US_STATE_CODES.has(textOfWords(words.slice(j + 1, j + 1 + n))))
  )
    return true;
  return (
    CONNECTORS.has(connector) &&
    (isHead(left) ||
      /^(?:People|Republic|City|Town|County|Borough|Village|Municipality|Secretary|Minister|Director|Chief|Head|District|Guardia|Polizia|Policía|Fiscalía|Ministerio|Ministère|Parquet)$/.test(
        left,
      ) ||
      (continued && (connector === "of" || connector === "for")))
  );
}

const NUMBER_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands)$/;
/** "Citizen" in "Citizen Lab", not "Defending" in a "Defending Systems" heading nor "Four" in "Four Ministry…". */
const isPlainNoun = (w: Word | undefined) =>
  w !== undefined && w.pos === "NOUN" && !/ing$/.test(w.text) && !NUMBER_WORD.test(w.text);

/**
 * "Recorded Future said…", "Citizen Lab found…": a sentence-initial word the tagger reads as a verb or
 * noun still opens a name when it and the capitalised words after it make a known name or end in a
 * body's head word.
 */
function startsKnownName(words: readonly Word[], i: number): boolean {
  let name = words[i]?.text ?? "";
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    const next = words[j];
    if (!next || !isCapitalised(next)) return false;
    name += ` ${next.text}`;
    if (KNOWN_ORGS.has(name) || AGENCY_NAMES.has(name)) return true;
    // "Citizen Lab found…", but not "Four Ministry of State Security officers…".
    if (isHead(next.text)) return isPlainNoun(words[i]);
  }
  return false;
}

/** First names that open a sentence as everyday words more often: "Will Microsoft fix it?", "My Android". */
const EVERYDAY_FIRST_NAMES = new Set(
  "Will|My|Said|May|June|April|August|Grant|Chase|Sue|Don|Van|Bill|Rich|Guy|Art|Hope|Faith|Joy|Rose|Summer|Dawn|Drew|Gene|Pat|Sun|Long|Young|King|Major|Price|Rob|Sky|Star|Page|Case|Cash|Mercedes|Trinity|Destiny|Miles|Lane|Reed|Wade|Dean|Penny|Crystal|Amber|Ruby|Jade|Pearl|Ivy|Holly|Hazel|Olive|Cliff|Dale|Glen|Forrest|Stone|Storm|Victor|Justice".split(
    "|",
  ),
);

/**
 * "Rob Joyce, director of cybersecurity at NSA, said", "Rob Joyce said": a verb of speech, or a comma
 * and a post within three words, after a first name and surname; an everyday word opening a sentence
 * ("Rob", "Will") is a first name then.
 */
function speakerOrPostAfter(words: readonly Word[], k: number): boolean {
  const next = words[k]?.text ?? "";
  if (SPEECH_VERBS.has(next)) return true;
  return next === "," && words.slice(k + 1, k + 4).some((w) => POST_NOUNS.has(w.text.toLowerCase()));
}

/** A company's legal form, written after its name and a comma. */
export const LEGAL_FORM = /^(?:Ltd|Inc|LLC|L\.L\.C|PLC|GmbH|Limited|S\.A|S\.p\.A|B\.V|N\.V|Pty|Pte|Pvt)\.?$/;

/**
 * The words kept after a chunk for the rules that read it: enough for a post and its field up to "at"
 * (", vice president of threat research and detection at Proofpoint").
 */
const AFTER_WORDS = 10;

/** The most words one name chunk takes ("United States District Court for the Eastern District of Virginia" is 11). */
const MAX_CHUNK_WORDS = 16;

/** Words never read as a name alone that are also surnames: "Oliver Read", "Theresa May". */
const SURNAME_WORDS = /^(?:Read|May|Still|Just)$/;

/**
 * Word j is one of those surnames, right after a known first name that opens the name at i or follows
 * a joining word ("Benedict Thompson and Oliver Read").
 */
function surnameAfterFirstName(words: readonly Word[], i: number, j: number): boolean {
  const opensName = j - 1 === i || /^(?:and|&|or)$/.test(words[j - 2]?.text ?? "");
  return opensName && SURNAME_WORDS.test(words[j]?.text ?? "") && firstNames().has(words[j - 1]?.text ?? "");
}

export function chunksOf(ctx: ExtractionContext, sentence: Sentence): Chunk[] {
  const words = wordsOf(ctx, sentence);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const known =
      opensCapital(w.text) || NEVER_NAMES.has(w.text) ? knownNameOpeningAt(ctx.text, w.start) : undefined;
    if (known) {
      // The whole known name is one chunk: "the No More Ransom project".
      const n = known.split(" ").length;
      chunks.push({
        words: words.slice(i, i + n),
        sentence,
        before: words.slice(Math.max(0, i - 5), i),
        after: words.slice(i + n, i + n + AFTER_WORDS),
      });
      i += n;
      continue;
    }
    if (
      !isCapitalised(w) ||
      ((i === 0 || OPENING_MARK.test(words[i - 1]?.text ?? "")) &&
        w.pos !== "PROPN" &&
        !ACRONYM.test(w.text) &&
        !startsKnownName(words, i) &&
        // "Josh Lospinoso, a former officer, told…": a first name opening a sentence before a capitalised word.
        !(
          firstNames().has(w.text) &&
          words[i + 1] !== undefined &&
          isCapitalised(words[i + 1] as Word) &&
          (!EVERYDAY_FIRST_NAMES.has(w.text) || speakerOrPostAfter(words, i + 2))
        ))
    ) {
      i++;
      continue;
    }
    let j = i + 1;
    // A name is a few words; a run of capitalised words joined by "and" or "of" for pages is a list or
    // hostile input, and is read a name's length at a time.
    while (j - i < MAX_CHUNK_WORDS) {
      const next = words[j];
      const after = words[j + 1];
      if (
        next &&
        (isCapitalised(next) || surnameAfterFirstName(words, i, j)) &&
        next.start - (words[j - 1]?.end ?? 0) <= 1
      )
        j++;
      // "Unit 42", "Intel 471": a number that belongs to a known name.
      else if (next && SHORT_NUMBER.test(next.text) && KNOWN_ORGS.has(`${words[j - 1]?.text} ${next.text}`)) {
        j++;
        break;
      } else if (next && after && joins(words, j, i) && isCapitalised(after)) j += 2;
      else if (
        next &&
        after?.text === "the" &&
        words[j + 2] &&
        joins(words, j, i) &&
        isCapitalised(words[j + 2] as Word)
      )
        j += 3;
      else break;
    }
    j = portfolioEnd(words, i, j);
    // "Hainan Xiandun Technology Development Co., Ltd.": a legal form after a comma ends the name.
    if (words[j]?.text === "," && LEGAL_FORM.test(words[j + 1]?.text ?? "")) j += 2;
    // "Jade Machinery Pvt. Ltd.": wink cuts the period off "Pvt", and the legal form after it ends the name.
    const [form, period] = [words[j - 1], words[j]];
    if (
      LEGAL_FORM_BEFORE_PERIOD.test(form?.text ?? "") &&
      period?.text === "." &&
      period.start === form?.end &&
      LEGAL_FORM.test(words[j + 1]?.text ?? "")
    )
      j += 2;
    // "Key Limited to Kaseya Attack" (a heading): "limited to" is the adjective, no legal form.
    if (j - i >= 2 && words[j - 1]?.text === "Limited" && /^to$/i.test(words[j]?.text ?? "")) j--;
    chunks.push({
      words: words.slice(i, j),
      sentence,
      before: words.slice(Math.max(0, i - 5), i),
      after: words.slice(j, j + AFTER_WORDS),
    });
    i = j;
  }
  return chunks;
}

const MINISTRY = /^(?:Ministry|Department)$/;

/**
 * "Ministry of Land, Infrastructure, Transport and Tourism", "Department for Digital, Culture, Media
 * and Sport": a ministry's portfolio listed with commas, one plain word an item, ending in "and". Not
 * a list of bodies ("the Department of Justice, Europol and Interpol"): no item is a known name or a
 * body's head word. Gives where the chunk from `i` that ends before `j` ends then.
 */
function portfolioEnd(words: readonly Word[], i: number, j: number): number {
  // Only a chunk whose third word from the end opens a ministry ("Ministry of Land") can go on: every
  // other one, nearly every chunk, ends where it ends.
  if (j - i < 3 || !MINISTRY.test(words[j - 3]?.text ?? "") || !/^(?:of|for)$/.test(words[j - 2]?.text ?? ""))
    return j;
  const opening = words.slice(i, j).map((w) => w.text);
  const ministry = opening.findIndex((w, k) => MINISTRY.test(w) && /^(?:of|for)$/.test(opening[k + 1] ?? ""));
  // The portfolio's first item ends the chunk: "Ministry of Land", not "Ministry of Land Transport".
  if (ministry < 0 || ministry + 3 !== opening.length) return j;
  const plain = (w: Word | undefined) =>
    w !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
    !isHead(w.text) &&
    !AGENCY_NAMES.has(w.text) &&
    !KNOWN_ORGS.has(w.text);
  let k = j;
  while (words[k]?.text === "," && plain(words[k + 1]) && words[k + 2]?.text !== "and") k += 2;
  // The last item before "and" stands after a comma (", Transport and Tourism"), or the comma stands
  // before "and" (", Transport, and Tourism").
  if (words[k]?.text !== ",") return j;
  if (plain(words[k + 1]) && words[k + 2]?.text === "and" && plain(words[k + 3])) return k + 4;
  if (k > j && words[k + 1]?.text === "and" && plain(words[k + 2])) return k + 3;
  return j;
}

export const surface = (ctx: ExtractionContext, words: readonly Word[]) =>
  words.length ? ctx.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0) : "";

/** "Russia-based", "Chinese-backed": where a body comes from, not part of its name. */
export const ORIGIN_WORD =
  /-(?:based|backed|linked|sponsored|speaking|affiliated|aligned|nexus|owned|headquartered)$/i;

/** Words that, after a country's own name, make a company of it: "China Mobile", "Australia Post". */
const NATIONAL_COMPANY_WORDS =
  /^(?:Telecom|Telekom|Telecommunications|Mobile|Unicom|Post|Posts|Railways?|Airlines|Airways|Electric|Daily|International|Times|Broadcasting|Semiconductor|Petroleum|Steel|Shipping)$/;

/** Company words that make a company of a demonym too: "American Airlines", "British Airways", "American Express". */
const DEMONYM_COMPANY_WORDS = /^(?:Airlines|Airways|Express)$/;

/**
 * A country's own name and one company word, "China Telecom", "Australia Post", "Iran International":
 * the whole is a company's name (a demonym, "Chinese Telecom", only describes one, unless the word is
 * one no description uses capitalised: "American Airlines", "British Airways").
 */
export function isNationalCompany(words: readonly Word[], gazetteer?: Gazetteer): boolean {
  const [first, second] = [words[0]?.text ?? "", words[1]?.text ?? ""];
  return (
    words.length === 2 &&
    ((NATIONAL_COMPANY_WORDS.test(second) && isCountryName(first)) ||
      (DEMONYM_COMPANY_WORDS.test(second) && gazetteer?.countries.has(first) === true))
  );
}

/** "Pakistan’s", "U.S.", "Chinese", "Russia-based": leading words that are not part of the body's own name. */
export function stripCountryPrefix(words: Word[], gazetteer: Gazetteer): { core: Word[]; prefix: Word[] } {
  // "China Telecom Americas": a national company's unit keeps the country in its name.
  if (isNationalCompany(words.slice(0, 2), gazetteer)) return { core: words, prefix: [] };
  let k = 0;
  while (
    k < words.length - 1 &&
    (gazetteer.countries.has(words[k]?.text ?? "") || ORIGIN_WORD.test(words[k]?.text ?? ""))
  )
    k++;
  // "Tel Aviv-based Cybellum", "New Jersey-based": a place of several words before its origin word.
  const origin = words.findIndex((w) => ORIGIN_WORD.test(w.text));
  if (origin > k && origin < Math.min(4, words.length - 1)) k = origin + 1;
  if (k > 0 && POSSESSIVE.test(words[k]?.text ?? "")) k++;
  // "Peterborough’s Finance Department": a possessor before the body is not part of its name.
  if (k === 0 && POSSESSIVE.test(words[1]?.text ?? "") && words[0]?.text !== "People" && words.length > 3)
    k = 2;
  return { core: words.slice(k), prefix: words.slice(0, k) };
}

/** Last words that end a company's name, never a public body's ("Human Services", "Public Security"). */
const COMPANY_END =
  /^(?:Bank|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|PLC|plc|GmbH|AG|Technologies|Labs|Group)$/;

/** The longest name a known body's list holds with "and" or "&" inside ("Cybersecurity and Infrastructure Security Agency"). */
const KNOWN_NAME_WORDS = 8;

const isConjunction = (w: Word | undefined) => w?.text === "and" || w?.text === "&";

/** A word as the known names below are kept: "&" as "and" ("Health & Human Services"). */
const conjoined = (w: Word | undefined) => (isConjunction(w) ? "and" : (w?.text ?? ""));

/**
 * Known bodies' names with "and" or "&" inside, "&" written "and": "Securities and Exchange
 * Commission", "Procter and Gamble".
 */
const NAMES_WITH_CONJUNCTIONS: ReadonlySet<string> = new Set(
  [
    ...AGENCY_NAMES,
    ...KNOWN_ORGS,
    ...[...KNOWN_AGENCIES, ...KNOWN_ORGANIZATIONS].flatMap((body) => body.names),
  ]
    .filter((name) => / (?:and|&) /.test(name))
    .map((name) => name.replaceAll(" & ", " and ")),
);

/** Known government bodies' names of three words or more: "Department of the Treasury". */
const LONG_AGENCY_NAMES: ReadonlySet<string> = new Set(
  [...AGENCY_NAMES, ...KNOWN_AGENCIES.flatMap((body) => body.names)].filter(
    (name) => name.split(" ").length >= 3,
  ),
);

/** The first words of those names. */
const OPENS_LONG_AGENCY_NAME: ReadonlySet<string> = new Set(
  [...LONG_AGENCY_NAMES].map((name) => name.split(" ")[0] ?? ""),
);

const textOfWords = (run: readonly Word[]) => run.map((w) => w.text).join(" ");

/**
 * "the Department of the Treasury Office of Foreign Assets Control": two known bodies' names written
 * back to back, the second part of the first, are two names.
 */
export function splitAdjoinedBodies(chunk: Chunk): Chunk[] {
  const words = chunk.words;
  // Every chunk of six words or more passes here: only one that opens a known name is joined up.
  if (words.length < 6 || !OPENS_LONG_AGENCY_NAME.has(words[0]?.text ?? "")) return [chunk];
  for (let k = 3; k <= words.length - 3; k++) {
    if (!OPENS_LONG_AGENCY_NAME.has(words[k]?.text ?? "")) continue;
    const left = words.slice(0, k);
    const right = words.slice(k);
    if (LONG_AGENCY_NAMES.has(textOfWords(left)) && LONG_AGENCY_NAMES.has(textOfWords(right)))
      return [
        { ...chunk, words: left, after: [...right, ...chunk.after].slice(0, AFTER_WORDS) },
        { ...chunk, words: right, before: [...chunk.before, ...left].slice(-5) },
      ];
  }
  return [chunk];
}

/** Some word of `words` is a head followed by a connector: "Bank of", "Department for". */
const headBeforeConnector = (words: readonly Word[]) =>
  words.some((w, k) => isHead(w.text) && CONNECTORS.has(words[k + 1]?.text ?? ""));

/**
 * The positions of the "and"s and "&"s that stand inside a known body's name written in `words`
 * ("The Cybersecurity and Infrastructure Security Agency and the White House": the first "and").
 */
function conjunctionsInKnownNames(words: readonly Word[]): ReadonlySet<number> {
  const inside = new Set<number>();
  // Most chunks hold no conjunction: nothing to look up.
  if (!words.some(isConjunction)) return inside;
  for (let i = 0; i < words.length; i++) {
    let text = conjoined(words[i]);
    for (let j = i + 1; j < Math.min(words.length, i + KNOWN_NAME_WORDS); j++) {
      text += ` ${conjoined(words[j])}`;
      if (!NAMES_WITH_CONJUNCTIONS.has(text)) continue;
      for (let k = i + 1; k < j; k++) if (isConjunction(words[k])) inside.add(k);
    }
  }
  return inside;
}

/** A capitalised word fused with what it says of the name after it: "Georgia-based", "Quest-owned". */
const FUSED_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:based|owned|born|headquartered|backed|linked)$/u;

/** Splits a chunk at "and"/"&" unless the whole ends in an institution head ("Securities and Exchange Commission"). */
export function splitConjunctions(chunk: Chunk, gazetteer?: Gazetteer): Chunk[] {
  // Most chunks hold no "and" or "&" to split at: they stay whole, with nothing else to weigh.
  if (!chunk.words.some(isConjunction)) return [chunk];
  const last = chunk.words.at(-1)?.text ?? "";
  const inName = conjunctionsInKnownNames(chunk.words);
  // A comma before "and" is a ministry's portfolio that `portfolioEnd` read whole ("Ministry of Land,
  // Infrastructure, Transport, and Tourism"): no other chunk holds a comma there.
  const splitsAt = (w: Word, k: number) =>
    isConjunction(w) && !inName.has(k) && chunk.words[k - 1]?.text !== ",";
  const at = chunk.words.findIndex(splitsAt);
  if (at < 0) return [chunk];
  const leftWords = at > 0 ? chunk.words.slice(0, at) : [];
  const leftText = textOfWords(leftWords);
  const rightWords = at > 0 ? chunk.words.slice(at + 1) : [];
  const bodyHead = (w: Word | undefined) =>
    w !== undefined && AGENCY_HEADS.has(w.text) && !WEAK_AGENCY_HEADS.has(w.text);
  // "Securities and Exchange Commission", "Australian Communications and Media Authority": one word and
  // a body's head after "and" end the body's name, which is too short to be a body of its own; an
  // acronym there names one ("NSW Health and NSW Police").
  const headEndsName =
    rightWords.length === 2 &&
    bodyHead(rightWords[1]) &&
    /^\p{Lu}\p{Ll}+$/u.test(rightWords[0]?.text ?? "") &&
    !AGENCY_HEADS.has(rightWords[0]?.text ?? "");
  const leftComplete =
    KNOWN_ORGS.has(leftText) ||
    AGENCY_NAMES.has(leftText) ||
    (leftWords.length >= 2 &&
      ORG_HEADS.has(leftWords.at(-1)?.text ?? "") &&
      !WEAK_AGENCY_HEADS.has(leftWords.at(-1)?.text ?? "") &&
      !headEndsName);
  const headOf = headBeforeConnector(leftWords);
  // "COSEINC and Positive Technologies", "Bank of America and TD Bank": the name after "and" is a
  // company's own, so the list is two names.
  const rightText = textOfWords(rightWords);
  // "National Police of Ukraine and Prosecutor General", "State Department and the Department of
  // Energy": a right part that opens with a body's head word is a body of its own.
  const rightHead = rightWords.find((w) => w.text !== "the")?.text ?? "";
  // "Ukrainian Security Service and Ukrainian Cyber Police": a body's head ends each side.
  const twoBodies = rightWords.length >= 2 && bodyHead(leftWords.at(-1)) && bodyHead(rightWords.at(-1));
  // "Indiana Department of Health and New York City public schools": a state's or a city's whole name
  // after "and" is no part of the body's, unless a place ends the left side too ("Port Authority of
  // New York and New Jersey"). A small town's name is a word of many a body's ("Informatics and Liberty").
  const isPlace = (name: string) =>
    gazetteer?.places.get(name)?.some((p) => p.kind === "region" || p.population >= 100_000) === true;
  const placeAfter =
    isPlace(rightText) &&
    !isPlace(leftWords.at(-1)?.text ?? "") &&
    !isPlace(textOfWords(leftWords.slice(-2)));
  // "the U.S. Department of Justice and U.S. Attorney Cindy K. Chung": a post and a person's name of
  // two words or more after "and".
  const titledRight = rightWords.filter((w) => !gazetteer?.countries.has(w.text));
  const personAfter =
    PERSON_TITLES.has(titledRight[0]?.text ?? "") &&
    titledRight.length >= 3 &&
    firstNames().has(titledRight.find((w) => !PERSON_TITLES.has(w.text))?.text ?? "");
  const rightCompany =
    twoBodies ||
    placeAfter ||
    personAfter ||
    // "ReproSource and Georgia-based Reproductive Biology Associates": a place fused with "-based" opens
    // a name of its own.
    FUSED_MODIFIER.test(rightWords[0]?.text ?? "") ||
    // "State Bank of India and the Commercial Bank of Ceylon": a head and "of" open a body's own name.
    (headOf && headBeforeConnector(rightWords)) ||
    KNOWN_ORGS.has(rightText) ||
    // "the House and Senate", "Department of Education and DHS": a known body's own name after "and".
    AGENCY_NAMES.has(rightText) ||
    // "Federal Bureau of Investigation and the Ontario Provincial Police": a name never goes on with
    // "and the" and a capitalised word (those of known bodies are read whole above).
    (rightWords[0]?.text === "the" && rightWords.length >= 2) ||
    (rightWords.length >= 2 && COMPANY_END.test(rightWords.at(-1)?.text ?? "")) ||
    (rightWords.length >= 2 && AGENCY_HEADS.has(rightHead) && !WEAK_AGENCY_HEADS.has(rightHead));
  // "Simon & Schuster", "Procter & Gamble": one word joined by "&" to another is a firm's one name.
  const ampersandFirm =
    chunk.words[at]?.text === "&" &&
    leftWords.length === 1 &&
    rightWords.length <= 2 &&
    !KNOWN_ORGS.has(leftText) &&
    !KNOWN_ORGS.has(rightText);
  if (at < 0 || ampersandFirm || (((isHead(last) && !leftComplete) || headOf) && !rightCompany))
    return [chunk];
  const parts: Chunk[] = [];
  let start = 0;
  chunk.words.forEach((w, k) => {
    const end = k === chunk.words.length - 1 ? k + 1 : splitsAt(w, k) ? k : -1;
    if (end < 0) return;
    const after = [...chunk.words.slice(end), ...chunk.after].slice(0, AFTER_WORDS);
    // A later name's context starts at the "and" ("Bolshev and Hirvonen"), unless a plural noun before
    // the list describes every name in it ("telcos SK Telecom and LG Uplus").
    const shared = start === 0 || /^[a-z]+s$/.test(chunk.before.at(-1)?.text ?? "");
    const before = shared ? chunk.before : [...chunk.before, ...chunk.words.slice(0, start)].slice(-4);
    // "… and the Department of Energy": the article before a listed name is not part of it.
    const from = chunk.words[start]?.text === "the" ? start + 1 : start;
    if (end > from) parts.push({ ...chunk, words: chunk.words.slice(from, end), before, after });
    start = k + 1;
  });
  return parts;
}

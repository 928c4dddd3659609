/**
 * @module extract/lookup
 * Dictionary matching over each sentence's words: countries and demonyms, regions and cities, and
 * threat-actor / malware aliases from the knowledge base. Longest match wins; a knowledge-base alias
 * that is also an English word counts only beside a cue ("ransomware", "group", "APT"…).
 */
import type { Span } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { normaliseName, spacedName } from "../link/normalise.ts";
import type { Sentence } from "./analyse.ts";
import { listHeading, type ExtractionContext } from "./context.ts";
import type { Gazetteer, Place } from "./gazetteer.ts";
import { AGENCY_NAMES, KNOWN_ORGS, SPEECH_VERBS } from "./lexicon/institutions.ts";
import { AMBIGUOUS_COUNTRY_NAMES } from "./lexicon/countries.ts";
import { firstNames } from "./lexicon/first-names.ts";
import { isProductName } from "./lexicon/products.ts";
import { US_STATE_CODES } from "./lexicon/regions.ts";
import { wordsOf, wordsQuotedAlone, type Word } from "./words.ts";

export const KB_CUES =
  /^(?:ransomware|malware|group|groups|gang|gangs|apt|hackers|hacking|actor|actors|operators|operation|campaign|botnet|trojan|loader|backdoor|rat|stealer|infostealer|worm|spyware|wiper|crew|team|variant|strain|family|payload|cybergang|cybercriminals|threat|banking|dropper|implant|attacks?|affiliates?|cartel|syndicate|collective|hacktivists?)$/i;

/** A kind of group or software, then a naming phrase right before the name: "a cyber-espionage group already known in the industry as X". */
const NAMED_AS =
  /\b(?:group|gang|actor|APT|hackers|crew|collective|ransomware|malware|trojan|botnet|backdoor|stealer|loader|wiper|spyware|worm)\b[^.;:]{0,60}?\b(?:(?:known|tracked|referred to)\b[^.;:]{0,40}?\bas|dubbed|called|named)\s*["“'‘]?\s*$/i;
/** Another name, or more of this one, after a name: ", Hexane", " and APT29", " Slio". */
const NAME_GOES_ON = /^["”'’]?\s*(?:(?:,|\/|and|or|&)\s*)?["“'‘]?[\p{Lu}\p{N}]/u;

/** Plural kind nouns that, in a list's heading, make each item a catalogue name: "… ransomware operations have rebranded, including:". */
const LIST_HEADING_CUE =
  /\b(?:gangs|groups|operations|families|strains|variants|trojans|botnets|backdoors|loaders|stealers)\b/i;

/** The sentence is an item of a list whose heading names the kind of its items ("ransomware operations … including:"). */
export function listedUnderCue(ctx: ExtractionContext, sentence: Sentence): boolean {
  // An item of names is short ("Maze to Egregor"); a longer one describes ("Payload delivery mechanism …").
  if (sentence.text.trim().length > 60) return false;
  const heading = listHeading(ctx, sentence);
  return heading !== undefined && LIST_HEADING_CUE.test(heading.text);
}

/** Cues that only loosely name a threat: capitalised in a Title Case line they are ordinary words. */
const LOOSE_CUES =
  /^(?:attacks?|team|threat|campaign|operation|operators|hacking|banking|family|variant|strain|payload)$/i;

/** Cue words that name people, which a platform's users form too ("a Telegram group"). */
const PEOPLE_CUES =
  /^(?:group|groups|team|crew|collective|actor|actors|operators|operation|campaign|threat|affiliates?|hackers|hacking|attacks?)$/i;

/** Platform and malware-kind words some catalogue entries carry as aliases; never a family or group name. */
const GENERIC_NAMES =
  /^(?:CVE-\d{4}-\d+|\d+-?days?|zero-?days?|trojan|android|windows|linux|macos|ios|ransomware|malware|botnet|backdoor|worm|stealer|loader|rat|spyware|wiper|rootkit|keylogger|exploit|virus|adware|miner|dropper|downloader|agent|client|server|update|installer|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

export interface CountryHit {
  readonly code: string;
  readonly span: Span;
  readonly surface: string;
  readonly sentence: Sentence;
}
export interface PlaceHit {
  readonly candidates: readonly Place[];
  readonly span: Span;
  readonly surface: string;
  readonly sentence: Sentence;
  readonly before: readonly Word[];
  readonly after: readonly Word[];
}
/** One capitalised name of a list, with an aside in brackets: "Ryuk", "REvil (Sodinokibi)", "RansomEXX/Defray777". */
const LIST_ITEM = String.raw`[\p{Lu}][\p{L}\p{N}.\-/ ]{0,30}?(?:\s*\([^()]{1,40}\))?`;
/** What joins the names of a list: a comma, "and" or "or". */
const LIST_ITEM_JOINT = String.raw`(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)`;

/**
 * The capitalised names of a list before the one that ends the text: "Ryuk, Conti, ", "WannaCry,
 * NotPetya and ", "REvil (Sodinokibi), ", up to eight of them.
 */
export const LIST_ITEMS_BEFORE = String.raw`(?:${LIST_ITEM}${LIST_ITEM_JOINT}){0,8}$`;

/**
 * From the end of a list's name, its aside and the names after it, up to eight: "(Sodinokibi), Conti
 * and Snatch". As few as the pattern that follows allows.
 */
export const LIST_ITEMS_AFTER = String.raw`^(?:\s*\([^()]{1,40}\))?(?:${LIST_ITEM_JOINT}${LIST_ITEM}){0,8}?`;

/**
 * A relative clause between a plural noun and the list its verb gives: "gangs that coordinated attacks
 * against tribal communities include REvil, Bitpaymer, …". Without a comma: ", including" after the
 * clause lists what the clause speaks of ("groups that hit firms, including Acme").
 */
const THAT_INCLUDE = String.raw`\s+(?:that|which|who)\s+[^.;:,!?]{1,80}?\s+(?:include|includes|included)`;

/**
 * A list a software noun introduces: "ransomware families, such as LockerGoga, MegaCortex, and …",
 * also after what was done with it ("Malware hosted by the organization included Zeus, SpyEye,
 * Citadel"), but not through the victims it hit ("malware used against firms including …").
 */
const SOFTWARE_LIST = new RegExp(
  String.raw`(?:\b(?:[Rr]ansomware|[Mm]alware|famil(?:y|ies)|strains?|variants?|trojans?|backdoors?|loaders?|payloads?|stealers?|botnets?|wipers?|implants?)(?:(?:\s+(?:hosted|used|deployed|seen|observed|spread|distributed|delivered|dropped)(?:\s+(?!(?:against|targeting|hitting|at|on|to)\b)[\w-]+){0,3}?)?\s*,?\s+(?:such as|including|include|includes|included|like|namely)|${THAT_INCLUDE})\s+` +
    // "new ransomware variants under different names to evade US sanctions, such as …": a plural noun of
    // software, what is said of it in between, and the list after a comma.
    String.raw`|\b(?:[Rr]ansomware|[Mm]alware)\s+(?:strains|variants|families|payloads)\b(?:\s+(?!(?:against|targeting|hitting|at|on|by|gangs?|groups?|operators?)\b)[\w-]+){1,8}?\s*,\s+(?:such as|including|like|namely)\s+` +
    // "in earlier stages of a ransomware attack (WastedLocker, Ryuk, Egregor…)": the strains in brackets.
    String.raw`|\b(?:[Rr]ansomware|[Mm]alware)(?:\s+(?:attacks?|infections?|strains?|famil(?:y|ies)|payloads?))?\s*\(\s*)` +
    LIST_ITEMS_BEFORE,
  "u",
);

/**
 * A list a word for gangs introduces: "ransomware gangs like Ryuk, Conti, Maze and others", "the most
 * prolific operators out there: Conti, LockBit 2.0 and Hive", "the following ransomware gangs are behind
 * the most frequently reported attacks …: Conti, PYSA, …" (a colon within a dozen words), or the names
 * right after it: "nation-state groups Phosphorus (Iran) and Hafnium (China)".
 */
const GANG_LIST = new RegExp(
  String.raw`\b(?:gangs|groups|operations|operators|crews|cartels)(?:\s*,?\s+(?:such as|including|include|includes|included|like|namely)|${THAT_INCLUDE}|(?:\s+[\w-]+){0,12}?\s*:|(?=\s+\p{Lu}))\s+` +
    LIST_ITEMS_BEFORE,
  "u",
);

/** Whether the name at `span` stands in the list `list` introduces, in its sentence. */
function inList(list: RegExp, sentence: Sentence, span: Span): boolean {
  const offset = span[0] - sentence.span[0];
  return list.test(sentence.text.slice(Math.max(0, offset - 300), offset));
}

/** Whether the name at `span` stands in a list of gangs ("gangs like X, Y and Z"). */
export const inGangList = (sentence: Sentence, span: Span) => inList(GANG_LIST, sentence, span);

/** One capitalised name of up to three words in a list: "Babuk", "LockBit 2.0", "Vice Society". */
const LISTED_NAME = String.raw`[\p{Lu}][\p{L}\p{N}.\-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.\-]*){0,2}`;
/** The rest of a list after a name, up to the plural of gangs it ends with: ", Avaddon and Babuk ransomware groups". */
const LISTED_BEFORE_GANGS = new RegExp(
  String.raw`^(?:,\s${LISTED_NAME}){0,8},?\s(?:and|&)\s${LISTED_NAME}\s(?:(?:ransomware|hacking|cybercrime|extortion|APT)\s)?(?:gangs|groups|crews|cartels)\b`,
  "u",
);

/** Whether the name at `span` opens or goes on a list that ends in a plural of gangs ("Conti, Maze and Babuk ransomware groups"). */
export function listedBeforeGangs(sentence: Sentence, span: Span): boolean {
  const from = span[1] - sentence.span[0];
  return sentence.text[from] === "," && LISTED_BEFORE_GANGS.test(sentence.text.slice(from, from + 200));
}

/** Whether the name at `span` stands in a list of software ("families including X, Y and Z"). */
export const inSoftwareList = (sentence: Sentence, span: Span) => inList(SOFTWARE_LIST, sentence, span);

export interface KbHit {
  readonly entries: readonly KbEntry[];
  readonly span: Span;
  readonly surface: string;
  readonly sentence: Sentence;
  readonly before: readonly Word[];
  readonly after: readonly Word[];
}

export interface LookupResult {
  countries: CountryHit[];
  places: PlaceHit[];
  kb: KbHit[];
}

const PREPOSITIONS = /^(?:in|from|of|to|at|across|near|into|throughout|against|with|and|,)$/i;

/**
 * The surface of words `…k` given that of the words before `k`: the text with each run of white
 * space read as one space; null where a line break stands between (a name never runs over one).
 */
function grownSurface(
  ctx: ExtractionContext,
  before: string,
  words: readonly Word[],
  k: number,
): string | null {
  const previous = words[k - 1];
  const word = words[k];
  if (!previous || !word) return null;
  const gap = ctx.text.slice(previous.end, word.start);
  if (gap === "") return before + word.text;
  return gap.includes("\n") ? null : `${before} ${word.text}`;
}

/**
 * Patterns tested on every candidate name are made once here: a pattern literal in a function body
 * makes a new RegExp object each time it is evaluated.
 */
const TWO_LETTERS_THEN_PERIOD = /[\p{L}\p{N}]{2}\.$/u;
const INITIALS = /^(?:\p{L}\.)+$/u;
const OPENS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const THE_BEFORE_LOWER_CASE = /^[Tt]he\s+[^\p{Lu}\p{N}]/u;
const ENDS_LETTER_OR_DIGIT = /[\p{L}\p{N}]\.?$/u;

/** A sentence-final period glued to a name ("APT27.") is not part of it; an abbreviation's is ("U.S."). */
function trimPeriod(surface: string, span: Span): { surface: string; span: Span } {
  if (!surface.endsWith(".")) return { surface, span };
  if (!TWO_LETTERS_THEN_PERIOD.test(surface) || INITIALS.test(surface)) return { surface, span };
  return { surface: surface.slice(0, -1), span: [span[0], span[1] - 1] };
}

/**
 * Some alias of an entry breaks into words where the text does: "Simple fix" is two words and the
 * alias "SIMPLEFIX" one, so the text does not name that family (the key alone ignores spaces). A name
 * of software coined in camel case breaks where its capitals do: "KdcSponge" is the catalogue's
 * "KDC Sponge". A group's or a ransomware gang's is not: the tool "PunkSpider" is not the gang "Punk
 * Spider", nor the disk encryption product "BestCrypt" the ransomware "Best Crypt".
 */
function spacedLike(entries: readonly KbEntry[], surface: string): boolean {
  const words = spacedName(surface);
  const camel = /\s/.test(surface) ? null : spacedName(surface.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " "));
  return entries.some((e) =>
    e.aliases.some(
      (a) => spacedName(a) === words || (e.kind === "malware" && !e.ransomware && spacedName(a) === camel),
    ),
  );
}

/** A one-word place joined to a locative cue by a hyphen: "Ohio-based", "Lagos-born". */
const FUSED_PLACE = /^(\p{Lu}[\p{L}.]+)-(based|born|headquartered)$/u;

/**
 * A place name fused with "-based", "-born" or "-headquartered" that starts at word i and ends at
 * most two words later ("Tel Aviv-based"), with single spaces between its words; null if none.
 */
function fusedPlaceAt(
  ctx: ExtractionContext,
  words: readonly Word[],
  i: number,
): { surface: string; span: Span; cueWord: Word; cue: string; next: number } | null {
  const first = words[i];
  // Nearly every word has no hyphen within three words of it: passed over at once.
  if (
    !first ||
    !(first.text.includes("-") || words[i + 1]?.text.includes("-") || words[i + 2]?.text.includes("-"))
  )
    return null;
  for (let n = 1; n <= 3; n++) {
    const last = words[i + n - 1];
    if (!last || (n > 1 && !/^\p{Lu}[\p{L}.]*$/u.test(words[i + n - 2]?.text ?? ""))) return null;
    if (!last.text.includes("-")) continue;
    const fused = FUSED_PLACE.exec(last.text);
    if (!fused) return null;
    const end = last.start + (fused[1] ?? "").length;
    const surface = ctx.text.slice(first.start, end);
    if (!/^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*$/u.test(surface)) return null;
    return { surface, span: [first.start, end], cueWord: last, cue: fused[2] ?? "", next: i + n };
  }
  return null;
}

/** The words before a name end "District of": a US judicial district's state ("Western District of Washington"). */
export const afterDistrictOf = (before: readonly Word[]) =>
  before.at(-1)?.text === "of" && before.at(-2)?.text === "District";

/** `/^[\p{Lu}\p{N}]/u`, with ASCII letters and digits (nearly every word) decided without the pattern. */
function startsUpperOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return OPENS_CAPITAL_OR_DIGIT.test(text);
}

/**
 * Whether an English-word alias is the tail of a longer capitalised name: "Shadow" in "the Black
 * Shadow group" is not the catalogue's Shadow. A country, demonym or leading "The" before it does not
 * count ("the Iranian Shadow group").
 */
const LEADING_WORDS =
  /^(?:the|new|latest|notorious|infamous|emerging|prolific|novel|recent|suspected|alleged)$/i;

function endsLongerName(
  ctx: ExtractionContext,
  gazetteer: Gazetteer,
  previous: Word | undefined,
  first: Word,
): boolean {
  if (!previous || !startsUpperOrDigit(previous.text) || LEADING_WORDS.test(previous.text)) return false;
  // "GRU Sandworm", "NSO Pegasus", "Russian-sponsored Nobelium": a body or a modifier, not a name part.
  if (gazetteer.countries.has(previous.text) || /^[\p{Lu}\d]+$|-/u.test(previous.text)) return false;
  if (!/^[ \t]+$/.test(ctx.text.slice(previous.end, first.start))) return false;
  // In a headline every word is capitalised ("New Karma Ransomware Group…").
  return !headlineCase(ctx.analysis.sentenceAt(first.start).text);
}

/** Software a family's name and a platform's may open together: "the Conti Linux encryptor", "the FluBot Android banking trojan". */
const SOFTWARE_AFTER_PRODUCT =
  /^(?:encryptors?|ransomware|variants?|versions?|malware|payloads?|lockers?|builds?|samples?|backdoors?|botnets?|trojans?|loaders?|ports?|RATs?|stealers?|spyware|bankers?|worms?|wipers?|droppers?|implants?|miners?)$/i;

/** Whether most longer words of a sentence are capitalised, as in a headline. */
function headlineCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => startsUpperOrDigit(w)).length;
  return words.length > 0 && capitalised >= 0.6 * words.length;
}

/**
 * Another US state's name ("Washington" left out: it is mostly the capital), and the words that speak
 * of the country Georgia.
 */
const OTHER_US_STATE = new RegExp(
  String.raw`\b(?:${[...US_STATE_CODES.keys()].filter((s) => s !== "Georgia" && s !== "Washington").join("|")})\b`,
);
const GEORGIAN = /\b(?:Georgian|Georgians|Tbilisi|Caucasus|South Ossetia|Abkhazia)\b/;

/** A word after a country-named ransomware's name that makes it the gang: "the Cuba ransomware", "the Cuba gang". */
const STRAIN_WORD_AFTER = /^(?:ransomware|gang|operators|affiliates|crew)$/i;

/** Words before "American" that make it a part of the Americas' people. */
const CONTINENT_PART = /^(?:South|North|Latin|Central|Pan|Meso)$/;

/**
 * "Chad Anderson, senior security researcher …", "Jordan Smith said", "Dane Sherrets warned … Sherrets
 * told": a country's name or demonym that is also a given name, a capitalised word right after it, then
 * a comma or a speech verb, or a surname the article (`text`) quotes alone.
 */
export function countryAsGivenName(
  name: Word,
  surname: Word | undefined,
  next: Word | undefined,
  text = "",
): boolean {
  return (
    firstNames().has(name.text) &&
    surname?.start === name.end + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
    (next?.text === "," || SPEECH_VERBS.has(next?.text ?? "") || wordsQuotedAlone(text).has(surname.text))
  );
}

/** Demonyms that also name a language. */
const LANGUAGE_NAME =
  /^(?:English|French|German|Dutch|Polish|Spanish|Russian|Chinese|Portuguese|Italian|Japanese|Korean|Turkish|Ukrainian|Romanian|Persian|Vietnamese|Thai|Indonesian|Greek|Swedish|Czech|Hungarian|Finnish|Danish|Norwegian|Bulgarian|Serbian|Croatian|Hebrew|Arabic)$/;
/** Nouns a language name modifies: "French, German and Polish emails", "Russian text". */
const LANGUAGE_NOUN =
  /^(?:e-?mails?|messages?|language|languages|texts?|translations?|versions?|speakers?|lures?|subtitles|keyboards?|locales?|spam|phrases?|words?)$/i;
const LIST_JOINT_WORD = /^(?:,|and|or)$/;

/**
 * The demonym at words i…j-1 names a language, not a country: it (or the list of language names it
 * stands in) is followed by a noun of language ("French, German, Dutch, and Polish emails"), follows
 * "in" or "into" with nothing after it but punctuation or the end ("emails in English, French and
 * German"), or glosses a word ("Diavol (Romanian for Devil)").
 */
function languageAt(words: readonly Word[], i: number, j: number): boolean {
  if (!LANGUAGE_NAME.test(words[i]?.text ?? "") || j !== i + 1) return false;
  let end = j;
  while (LIST_JOINT_WORD.test(words[end]?.text ?? "") && end - j < 12) {
    const k = LIST_JOINT_WORD.test(words[end + 1]?.text ?? "") ? end + 2 : end + 1;
    if (!LANGUAGE_NAME.test(words[k]?.text ?? "")) break;
    end = k + 1;
  }
  const next = words[end]?.text ?? "";
  if (LANGUAGE_NOUN.test(next)) return true;
  let start = i;
  while (LIST_JOINT_WORD.test(words[start - 1]?.text ?? "") && i - start < 12) {
    const k = LIST_JOINT_WORD.test(words[start - 2]?.text ?? "") ? start - 3 : start - 2;
    if (!LANGUAGE_NAME.test(words[k]?.text ?? "")) break;
    start = k;
  }
  const prev = words[start - 1]?.text ?? "";
  if (/^(?:in|into)$/i.test(prev) && (next === "" || /^[.,;:)]$/.test(next))) return true;
  return prev === "(" && next === "for";
}

/**
 * "Georgia-based Reproductive Biology Associates" in an article that also names Illinois and Florida:
 * the US state, not the country, unless the article speaks of the country.
 */
const georgiaIsTheState = (text: string) => OTHER_US_STATE.test(text) && !GEORGIAN.test(text);

export function lookupNames(ctx: ExtractionContext, gazetteer: Gazetteer): LookupResult {
  const result: LookupResult = { countries: [], places: [], kb: [] };
  let usGeorgia: boolean | undefined;
  const countryOf = (surface: string) =>
    surface === "Georgia" && (usGeorgia ??= georgiaIsTheState(ctx.text))
      ? undefined
      : gazetteer.countries.get(surface);
  // Names are matched per paragraph: a sentence splitter can break inside one ("TEMP.Hippo", "U.S.").
  const paragraphs = new Map<number, Word[]>();
  for (const sentence of ctx.analysis.sentences) {
    const words = paragraphs.get(sentence.paragraph) ?? [];
    for (const word of wordsOf(ctx, sentence)) words.push(word);
    paragraphs.set(sentence.paragraph, words);
  }
  // Whether the text calls a country-named ransomware "<name> ransomware" somewhere.
  const strainNamed = new Map<string, boolean>();
  const namesStrain = (surface: string) => {
    let named = strainNamed.get(surface);
    if (named === undefined) {
      const at = ctx.text.indexOf(`${surface} ransomware`);
      named = at >= 0 && !/[\p{L}\p{N}]/u.test(ctx.text.charAt(at - 1));
      strainNamed.set(surface, named);
    }
    return named;
  };
  const startsSomeName = (surface: string) => {
    if (gazetteer.namePrefixes.has(surface)) return true;
    const key = normaliseName(surface);
    // Every alias starts with the empty string.
    return key === "" || gazetteer.kbKeyPrefixes.has(key);
  };
  for (const words of paragraphs.values()) {
    for (let i = 0; i < words.length;) {
      let consumed = 1;
      // Every listed name starts with a capital or a digit; most words can be passed over at once.
      if (!startsUpperOrDigit(words[i]?.text ?? "")) {
        i++;
        continue;
      }
      // "an Ohio-based DNA testing company", "the Dallas-born hacker", "Tel Aviv-based Cybellum": a
      // place of up to three words fused with its cue.
      const fusedAt = fusedPlaceAt(ctx, words, i);
      if (fusedAt) {
        const { surface, span, cueWord, cue, next } = fusedAt;
        const sentence = ctx.analysis.sentenceAt(span[0]);
        const before = words.slice(Math.max(0, i - 3), i);
        const after = [
          { text: `-${cue}`, start: span[1], end: cueWord.end, pos: cueWord.pos },
          ...words.slice(next, next + 2),
        ];
        const country = countryOf(surface);
        const places = gazetteer.places.get(surface);
        if (country || places || next === i + 1) {
          if (country) result.countries.push({ code: country, span, surface, sentence });
          else if (places) result.places.push({ candidates: places, span, surface, sentence, before, after });
          i = next;
          continue;
        }
      }
      // Grow the n-gram only while some listed name still starts with it (binary search on sorted keys).
      const surfaces: string[] = [];
      for (let n = 1; n <= Math.min(gazetteer.maxKbTokens, words.length - i); n++) {
        const surface =
          n === 1 ? (words[i]?.text ?? null) : grownSurface(ctx, surfaces[n - 2] ?? "", words, i + n - 1);
        if (!surface || !startsSomeName(surface)) break;
        surfaces.push(surface);
      }
      for (let n = surfaces.length; n >= 1; n--) {
        const rawSurface = surfaces[n - 1];
        const first = words[i];
        const last = words[i + n - 1];
        if (
          !rawSurface ||
          !first ||
          !last ||
          !OPENS_CAPITAL_OR_DIGIT.test(rawSurface) ||
          // "The global hacking campaign": a name after a leading "The" is capitalised too ("The Dukes").
          THE_BEFORE_LOWER_CASE.test(rawSurface) ||
          !ENDS_LETTER_OR_DIGIT.test(last.text)
        )
          continue;
        const { surface, span } = trimPeriod(rawSurface, [first.start, last.end]);
        const country = countryOf(surface);
        const key = n <= 6 ? normaliseName(surface) : "";
        const entries = n <= 6 ? gazetteer.kb.get(key) : undefined;
        const places = n <= 4 ? gazetteer.places.get(surface) : undefined;
        if (!country && !entries && !places) continue;
        const sentence = ctx.analysis.sentenceAt(span[0]);
        const before = words.slice(Math.max(0, i - 3), i);
        const after = words.slice(i + n, i + n + 3);
        // "Lisa Monaco", "Michael Jordan": a country's name right after a first name is a surname.
        const previous = words[i - 1];
        const surname =
          previous !== undefined &&
          previous.end + 1 === first.start &&
          firstNames().has(previous.text) &&
          !/^(?:North|South|East|West|Central|New|Upper|Lower|Great|Saint|San|Santa)$/.test(previous.text);
        // "(WastedLocker, Ryuk, Egregor, RansomExx, REvil, Cuba, Conti)": a catalogue family in a list of
        // strains is the family, whatever else its name names; so is one the word "ransomware" follows,
        // for a ransomware the catalogue calls by that name ("the Cuba ransomware actors"; not "Russian",
        // an alias of VaultCrypt). Asked only of names that are countries.
        const listedStrain = () =>
          (entries?.some((e) => e.kind === "malware") === true &&
            (inSoftwareList(sentence, span) ||
              // "ransomware groups, including Bitpaymer, Conti, Cuba, REvil": a gang in a list of ransomware gangs.
              (inGangList(sentence, span) && /\bransomware\b/i.test(sentence.text)))) ||
          (entries?.some((e) => e.ransomware === true && e.name === surface) === true &&
            ((after[0]?.start === last.end + 1 && STRAIN_WORD_AFTER.test(after[0]?.text ?? "")) ||
              // "the Cuba ransomware" said once, a bare "Cuba is also one of the ransomware groups"
              // is the gang too, unless a preposition makes it the place ("victims in Cuba").
              (namesStrain(surface) && !PREPOSITIONS.test(before.at(-1)?.text ?? ""))));
        const givenName = n === 1 && countryAsGivenName(first, after[0], after[1], ctx.text);
        if (
          country &&
          !surname &&
          !givenName &&
          // "the Northern District of Georgia": a US judicial district names a state, not a country.
          !afterDistrictOf(before) &&
          !languageAt(words, i, i + n) &&
          !(AMBIGUOUS_COUNTRY_NAMES.has(surface) && !PREPOSITIONS.test(before.at(-1)?.text ?? "")) &&
          // "two South American telecom providers", "Latin American banks": a continent's people, not the US.
          !(/^Americans?$/.test(surface) && CONTINENT_PART.test(before.at(-1)?.text ?? "")) &&
          !listedStrain()
        ) {
          result.countries.push({ code: country, span, surface, sentence });
          // "Scotland": a nation of a country is also a place within it.
          if (places?.some((p) => p.kind === "region" && p.country === country))
            result.places.push({ candidates: places, span, surface, sentence, before, after });
          consumed = n;
          break;
        }
        if (
          entries &&
          !KNOWN_ORGS.has(surface) &&
          !AGENCY_NAMES.has(surface) &&
          !GENERIC_NAMES.test(surface) &&
          // "The Russian hackers": a demonym or country is never a catalogue name ("Russian" is also an
          // alias of the VaultCrypt ransomware), whatever cue follows it.
          (!gazetteer.countries.has(surface.replace(/^the\s+/i, "")) || listedStrain()) &&
          spacedLike(entries, surface) &&
          // "password-stealing Android banking trojans": a product's name is the catalogue's family
          // ("AnDROid" ransomware) only where the text spells it as the catalogue does.
          !(
            isProductName(surface.replace(/^the\s+/i, "")) &&
            !entries.some((e) => e.name === surface || e.aliases.includes(surface))
          )
        ) {
          const needsCue = entries.every((e) => e.cuedAliases?.some((a) => normaliseName(a) === key));
          // "the Wizard Spider Russian cybercrime group": a demonym may stand between the name and its cue.
          const cueWords = gazetteer.countries.has(after[0]?.text ?? "")
            ? after.slice(1, 3)
            : after.slice(0, 2);
          // "a Telegram group", "the Discord team", "The Python security team": beside a product's name,
          // a word for people is no cue.
          const product = isProductName(surface.replace(/^the\s+/i, ""));
          // "Barium, operating from China", "Nobelium, the state-sponsored threat actor blamed for…": an
          // apposition that says where a group works from or what it is.
          const appositive =
            after[0]?.text === "," &&
            (/^(?:operating|based|backed|sponsored)$/i.test(after[1]?.text ?? "") ||
              (/^(?:the|a|an)$/i.test(after[1]?.text ?? "") &&
                words
                  .slice(i + n + 1, i + n + 6)
                  .some((w) => /^(?:group|gang|actor|APT|hackers|crew|collective)$/i.test(w.text))));
          // "Claiming Control of Credentials to Stop Attacks": a capitalised word that only loosely names
          // a threat ("Attacks", "Team", "Threat") is no cue for a name written otherwise in the catalogue
          // ("STOP"); "Medusa Malware" still is.
          const asCatalogued = entries.some((e) => e.name === surface || e.aliases.includes(surface));
          // "Babuk Ransomware Gang Ransomed, New Forum…": a capitalised cue before the name ends the
          // title's name before it; "the ransomware gang Conti" writes it in lower case.
          const cueBefore = before.slice(-1).filter((w) => asCatalogued || !/^\p{Lu}/u.test(w.text));
          const cued =
            appositive ||
            [...cueBefore, ...cueWords].some(
              (w) =>
                KB_CUES.test(w.text) &&
                (asCatalogued || !/^\p{Lu}/u.test(w.text) || !LOOSE_CUES.test(w.text)) &&
                !(product && PEOPLE_CUES.test(w.text)) &&
                // "'Royal APT'": APT names a state group, never a piece of ransomware.
                !(/^apt$/i.test(w.text) && entries.every((e) => e.kind !== "threat-actor")),
            ) ||
            inSoftwareList(sentence, span) ||
            // "ransomware gangs like Ryuk, Conti, Maze and others".
            inGangList(sentence, span) ||
            listedBeforeGangs(sentence, span) ||
            listedUnderCue(ctx, sentence) ||
            // "a group already known in the industry as Tortoiseshell": a name given alone ("known as
            // Nobelium and APT29" and "called Atom Slio" are left to the alias and unlisted-name rules).
            (NAMED_AS.test(ctx.text.slice(Math.max(sentence.span[0], span[0] - 120), span[0])) &&
              !NAME_GOES_ON.test(ctx.text.slice(span[1], span[1] + 40)));
          // "schools in Nevada": a place that is also a catalogue name ("Nevada" ransomware) is the place
          // unless a cue says otherwise.
          const placeFirst = places !== undefined && !cued;
          // "Kali Linux 2021.4 released", "the Kali Linux team": a name right before a product's is the
          // product's, unless software follows ("the Conti Linux encryptor").
          const opensProduct =
            after[0]?.start === last.end + 1 &&
            isProductName(after[0]?.text ?? "") &&
            !after.slice(1, 3).some((w) => SOFTWARE_AFTER_PRODUCT.test(w.text));
          if (opensProduct) {
            consumed = n;
            break;
          }
          if (!placeFirst && (!needsCue || (cued && !endsLongerName(ctx, gazetteer, words[i - 1], first)))) {
            result.kb.push({ entries, span, surface, sentence, before, after });
            consumed = n;
            break;
          }
        }
        if (places) {
          result.places.push({ candidates: places, span, surface, sentence, before, after });
          consumed = n;
          break;
        }
      }
      i += consumed;
    }
  }
  return result;
}

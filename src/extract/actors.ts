/**
 * @module extract/actors
 * Threat actors and malware from knowledge-base matches. A catalogue name counts only where the
 * article uses it as one: a ransomware name ("Christmas", "Windows 10") or a name read as a place
 * ("the office in Milan") needs a cue beside one of its mentions, and a match that runs on into a longer
 * capitalised name ("The Wall Street Journal") is part of that name. Two catalogue aliases of one
 * entry stay one actor only where the article joins them ("AlphV/BlackCat", "TG-3390 (APT27, Emissary
 * Panda)", "TMT (aka SilverTerrier)"); a rebrand named apart ("DarkSide … BlackMatter") stays apart.
 * Once a name is established, its later bare mentions and short forms ("Gamaredon" for "Gamaredon
 * Group") are mentions too. Attribution is decided in `attribution.ts`.
 */
import type { Span } from "../contracts.ts";
import type { KbEntry } from "../link/kb-import.ts";
import { normaliseName } from "../link/normalise.ts";
import { isTitle, writtenInLowerCase, type ExtractionContext } from "./context.ts";
import type { EntityTable } from "./entities.ts";
import { isSpyService } from "./lexicon/agency-aliases.ts";
import { isKnownOrg } from "./lexicon/institutions.ts";
import {
  inGangList,
  inSoftwareList,
  KB_CUES,
  listedBeforeGangs,
  listedUnderCue,
  type KbHit,
} from "./lookup.ts";
import { NEVER_NAMES } from "./name-chunks.ts";
import { Coverage } from "./span-set.ts";
import { wholeWordsAt, type Word } from "./words.ts";

const SOFTWARE_CUE =
  /^(?:ransomware|strain|variant|payload|encryptor|locker|malware|binary|sample|samples|encryptors?|decryptor|trojan|backdoor|loader|botnet|stealer|infostealer|spyware|wiper|rat|worm|dropper|implant|rootkit|tool|toolkit)$/i;
/** What follows "X ransomware" when X names the gang or its campaign, not the software: "gang", "attack". */
const GANG_CUE =
  /^(?:gangs?|groups?|operators?|operations?|crews?|actors?|affiliates?|cartels?|hackers|members|attacks?|victims?|payments?)$/i;
/** A cue word standing before a name: "the ransomware gang LockBit", "the trojan Dridex". */
const CUE_BEFORE =
  /^(?:gang|group|operators?|family|strain|variant|trojan|botnet|backdoor|malware|loader|stealer|wiper|crew|cartel|actor)$/i;
/** What stands between two names of one actor: "AlphV/BlackCat", "TMT (aka SilverTerrier)", "X, also known as Y". */
const ALIAS_JOIN =
  /^\s*(?:\/|\(|,|=)?\s*(?:(?:also |formerly |previously |now )?(?:known (?:internally |publicly |widely |collectively )?as|called|tracked as|dubbed|named)|also known|aka|a\.k\.a\.?|or)?\s*(?:["“”'‘’])?\s*$/i;

/** An alias phrase and its opening quote: "also known as", "tracked as", "aka '". */
const ALIAS_PHRASE = String.raw`(?:\b(?:(?:also|formerly|previously|otherwise|commonly) )?(?:known (?:internally |publicly |widely |collectively )?as|tracked as|referred to as)|\balso known|\baka|\ba\.k\.a\.?)\s*["“”'‘’]?`;
/** Words right before a gang's new name: "rebranding as", "reconstituted under the name". */
const REBRANDED_BEFORE =
  /\b(?:rebrand(?:s|ed|ing)?|renam(?:ed|ing)(?:\s+itself)?|reconstituted|relaunch(?:ed|ing)?|re-?emerg(?:ed|ing)|return(?:ed|ing)?)\s+(?:as|under\s+the\s+name|to)\s+["“]?(?:the\s+|a\s+)?(?:new\s+)?$/i;

/** "DarkSide ransomware gang returns as new BlackMatter operation": one gang under its new name. */
const REBRANDED_AS =
  /^\s*(?:ransomware\s+)?(?:gang|group|operation|crew)?\s*(?:(?:has|have|had)\s+)?(?:returns?|returned|re-?emerge[sd]?|relaunch(?:es|ed)?|rebrand(?:s|ed)?|renamed|resurface[sd]?)(?:\s+itself)?\s+(?:as|to)\s+(?:the\s+|a\s+)?(?:new\s+)?$/i;
/** An alias phrase right before the second name, further along one sentence: "APT41, a Chinese-speaking group also known as Winnti". */
const ALIAS_PHRASE_BEFORE = new RegExp(String.raw`${ALIAS_PHRASE}\s*$`, "i");

/**
 * Text between two names that one clause can join them across: within one sentence and 90 characters,
 * and not telling of a new group descended from the first ("rebrand", "successor", "spin-off").
 */
const joinableClause = (between: string) =>
  between.length <= 90 &&
  !/[.;!?]\s|\n/.test(between) &&
  !/\b(?:new|rebrand\w*|successor|precursor|replac\w*|split|spin-?off)\b/i.test(between);

const PLACE_PREPOSITION = /^(?:in|at|from|near|to|into)$/i;
/** A platform word after a name describes the software ("FluBot Android banking trojan"); it does not extend the name. */
const PLATFORM = /^(?:Android|iOS|Windows|Linux|macOS|mobile)$/;
/** Words before a name that speak of software: "malware such as Winnti", "a backdoor called Doraemon". */
const SOFTWARE_BEFORE =
  /\b(?:malware|tools?|backdoors?|trojans?|implants?|loaders?|payloads?|families|strains?|variants?)(?: such as| like| including| includes?| included| called| dubbed| named)?$|\bransomware (?:known as|called|dubbed|named)$/i;
/** A catalogue malware name used as the name of a campaign: "the SnatchCrypto campaign". */
const CAMPAIGN = /^(?:campaign|campaigns|operation)$/i;

/** A cue word without its plural "s": a list's plural cue counts for each of its names ("… Trojans"). */
const singular = (text: string) => text.replace(/s$/i, "");
/** The word is the cue in either number: "Trojans" cues as "trojan" does. */
const cues = (cue: RegExp, text: string) => cue.test(text) || cue.test(singular(text));

/** "LockerGoga, MegaCortex, Dharma and other ransomware": the kind the list's tail names, as software or as gangs. */
const OTHER_KIND =
  /^(?:\s*,\s*[\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3}\s*,?\s+(?:and|or)\s+other\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;
function otherKindAfter(hit: KbHit): "software" | "gang" | null {
  // Further names of the list may stand between ("MegaCortex, Dharma and other ransomware").
  const from = hit.span[1] - hit.sentence.span[0];
  const other = hit.sentence.text.indexOf(" other ", from);
  if (other < 0 || other - from > 80) return null;
  const match = OTHER_KIND.exec(hit.sentence.text.slice(from, from + 120));
  if (!match) return null;
  const [kind, next] = [match[1] ?? "", match[2] ?? ""];
  if (GANG_WORD.test(kind)) return "gang";
  if (!cues(SOFTWARE_CUE, kind)) return null;
  // "… and other ransomware attacks" still speaks of the software; "… and other ransomware gangs" of people.
  return GANG_WORD.test(next) ? "gang" : "software";
}

const cuedAt = (hit: KbHit): boolean =>
  // "the Mekotio and the Grandoreiro Trojans".
  hit.after.slice(0, 2).some((w) => cues(KB_CUES, w.text) || cues(SOFTWARE_CUE, w.text)) ||
  CUE_BEFORE.test(singular(hit.before.at(-1)?.text ?? "")) ||
  // "rival operations DarkSide, Avaddon"; not the singular, as "Operation Cyclone" is a police operation.
  hit.before.at(-1)?.text === "operations" ||
  otherKindAfter(hit) !== null ||
  inSoftwareList(hit.sentence, hit.span) ||
  inGangList(hit.sentence, hit.span) ||
  sharesPluralGang(hit);

/** The rule of a ransomware gang known only by a coined spelling, with no cue in the article. */
export const UNCUED_RULE = "actors#kb-alias-uncued";

/**
 * A mention spelt as no everyday word is: in capitals ("PYSA", "LOCKBIT"), with a capital or a digit
 * inside ("BlackMatter", "REvil", "Babuk2"). A ransomware name needs no cue then: the catalogue's
 * everyday phrases ("Christmas", "Sanctions") are written as words.
 */
function coined(hit: KbHit): boolean {
  const surface = hit.surface;
  // "Windows10.0-KB5003791-x64.cab": part of a file or package name.
  const end = hit.span[1] - hit.sentence.span[0];
  if (/^[.\-_/\\]\w/.test(hit.sentence.text.slice(end, end + 2))) return false;
  if (hit.entries.some((e) => e.cuedAliases?.some((a) => normaliseName(a) === normaliseName(surface))))
    return false;
  if (/[\s.]/.test(surface)) return false;
  if (/^[\p{Lu}\p{N}]{4,}$/u.test(surface)) return /\p{Lu}/u.test(surface);
  return /\p{Ll}/u.test(surface) && /[\p{Lu}\p{N}]/u.test(surface.slice(1));
}

/** A demonym: "Russian", "Chinese", "Turkish", "Iraqi". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)$/u;

/** Nothing but space and marks stands before `word` in the hit's sentence: it opens the sentence. */
const opensSentence = (ctx: ExtractionContext, hit: KbHit, word: Word) =>
  ctx.text.slice(hit.sentence.span[0], word.start).trim() === "";

/** The match runs on into a longer capitalised name: "The Wall Street Journal", "Windows 10 Enterprise". */
function continuesName(ctx: ExtractionContext, hit: KbHit): boolean {
  const next = hit.after[0];
  if (
    !next ||
    isTitle(ctx, hit.sentence) ||
    KB_CUES.test(next.text) ||
    cues(SOFTWARE_CUE, next.text) ||
    PLATFORM.test(next.text) ||
    // "group Calypso Advanced Persistent Threat (APT)": the kind of group, spelt out.
    (next.text === "Advanced" && hit.after[1]?.text === "Persistent") ||
    // "the Remcos and NanoCore Remote Access Trojans": the kind of malware, spelt out.
    (next.text === "Remote" && /^(?:Access|Administration|Control)$/.test(hit.after[1]?.text ?? "")) ||
    // "the Wizard Spider Russian cybercrime group": a demonym before a word in lower case describes it.
    (DEMONYM.test(next.text) && /^\p{Ll}/u.test(hit.after[1]?.text ?? ""))
  )
    return false;
  return /^\s$/.test(ctx.text.slice(hit.span[1], next.start)) && /^\p{Lu}/u.test(next.text);
}

/** Words after a name that make it a product: "the Orion Software Platform", "the Orion platform". */
const PRODUCT_NOUN = /^(?:platforms?|software|suites?|products?|appliances?|consoles?|clients?)$/i;
/** Hardware after a name: "AMD's Vega and Polaris chipsets", "the Falcon routers". */
const HARDWARE_NOUN =
  /^(?:chips?|chipsets?|processors?|CPUs?|GPUs?|SoCs?|graphics|laptops?|notebooks?|smartphones?|handsets?|routers?|cameras?|drones?)$/i;

/**
 * "Keybase, a recent end-to-end encrypted (E2EE) service": an appositive that calls the name a service,
 * a messenger, a browser, a website, a startup, a provider or a marketplace. Not "an app" nor "a
 * company": "XMRig, a common app used for cryptocurrency mining" and spyware vendors stay.
 */
const SERVICE_APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:(?!ransomware|malware|spyware|mining|hack)[\w()'’-]+\s+){0,5}?(?:service|messenger|messaging (?:app|service|platform)|browser|website|startup|provider|marketplace)\b/i;

/**
 * "the Fusion machine learning model", "tech known as Fusion": somewhere the article calls the name a
 * detection technology (a model, an engine, an algorithm), not software run by attackers.
 */
function calledTechnology(ctx: ExtractionContext, surface: string): boolean {
  const name = surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b${name}\\s+(?:machine[- ]learning|model|engine|algorithm|classifier)\\b|\\b(?:tech|technology|model|engine|algorithm)\\s+(?:known as|called|named|dubbed)\\s+${name}\\b`,
  ).test(ctx.text);
}

const calledAService = (ctx: ExtractionContext, hit: KbHit) =>
  SERVICE_APPOSITIVE.test(ctx.text.slice(hit.span[1], Math.min(hit.sentence.span[1], hit.span[1] + 90)));

/**
 * "the RAMP hacking forum", "posted to the Exploit forum": a catalogue name the article gives a forum or
 * a marketplace names the venue, where criminals meet, not a gang or its software; not "the LockBit
 * forum post", the gang's post on one.
 */
function forumAt(hit: KbHit): boolean {
  const words = hit.after.slice(0, 4).map((w) => w.text);
  const venue = words.slice(0, 3).findIndex((w) => /^(?:forums?|marketplaces?)$/i.test(w));
  // "LockBit forum post about REvil": the gang's post on a forum.
  if (/^(?:posts?|messages?|threads?|ads?|advertisements?)$/i.test(words[venue + 1] ?? "")) return false;
  return (
    venue === 0 ||
    (venue > 0 &&
      words
        .slice(0, venue)
        .every((w) =>
          /^(?:hacking|hacker|cybercrime|underground|criminal|dark|web|darknet|Russian-language)$/i.test(w),
        ))
  );
}

/**
 * "the SolarWinds Orion platform", "The SolarWinds Orion supply-chain attack": a catalogue name read
 * as a vendor's product, followed by a product noun or right after a capitalised word (the vendor)
 * that does not open the sentence.
 */
function productAt(ctx: ExtractionContext, hit: KbHit): boolean {
  if (hit.after.slice(0, 2).some((w) => PRODUCT_NOUN.test(w.text))) return true;
  // "the Microsoft 365 Defender portal": a vendor and a version number before the name.
  const version = /^\d+$/.test(hit.before.at(-1)?.text ?? "") ? 1 : 0;
  const previous = hit.before.at(-1 - version);
  if (!previous || isTitle(ctx, hit.sentence) || inSoftwareList(hit.sentence, hit.span)) return false;
  return (
    !opensSentence(ctx, hit, previous) &&
    /^\p{Lu}[\p{L}\p{N}]*$/u.test(previous.text) &&
    !DEMONYM.test(previous.text) &&
    ctx.text.slice(previous.end, hit.span[0]) === (version ? ` ${hit.before.at(-1)?.text ?? ""} ` : " ")
  );
}

/**
 * The mention ends a longer capitalised name: a capitalised word right before it ("Phoenix
 * CryptoLocker") that neither opens the sentence nor is an article, a demonym or a cue word.
 */
function endsLongerName(ctx: ExtractionContext, hit: KbHit): boolean {
  const previous = hit.before.at(-1);
  if (!previous || isTitle(ctx, hit.sentence)) return false;
  if (ctx.text.slice(previous.end, hit.span[0]) !== " ") return false;
  if (opensSentence(ctx, hit, previous)) return false;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(previous.text) &&
    // Not an everyday word capitalised ("“Like WastedLocker"), a word that opens no name (a month: "in
    // September HelloKitty joined") or a victim company before its attack ("the Saudi Aramco Shamoon attack").
    !writtenInLowerCase(ctx, previous.text) &&
    !NEVER_NAMES.has(previous.text) &&
    !isKnownOrg(previous.text) &&
    !/^(?:New|Ransomware|Malware|Operation|Or|Of|To|Either|Including|Than)$/.test(previous.text) &&
    !DEMONYM.test(previous.text) &&
    !CUE_BEFORE.test(previous.text) &&
    !KB_CUES.test(previous.text)
  );
}

/** The text around a mention speaks of software: "the LockBit ransomware encrypted…", "malware such as Winnti". */
function speaksOfSoftware(hit: KbHit): boolean {
  // "the CovidLock Android ransomware": a phone platform stands between the name and its kind; mobile
  // families are apps, seldom a gang's brand ("the Conti Linux encryptor" is still Conti's).
  const skip = /^(?:Android|iOS|mobile)$/.test(hit.after[0]?.text ?? "") ? 1 : 0;
  const next = hit.after[skip]?.text ?? "";
  const following = hit.after[skip + 1]?.text ?? "";
  // "the Roaming Mantis Android malware campaign": a catalogued group's campaign, not its software.
  const groupsCampaign = CAMPAIGN.test(following) && hit.entries.some((e) => e.kind === "threat-actor");
  if (SOFTWARE_CUE.test(next) && !GANG_CUE.test(following) && !groupsCampaign) return true;
  if (otherKindAfter(hit) === "software") return true;
  return (
    SOFTWARE_BEFORE.test(hit.before.map((w) => w.text).join(" ")) || inSoftwareList(hit.sentence, hit.span)
  );
}

/** A CVE id in brackets right after a name: "SambaCry (assigned CVE-2017-7494", "(CVE-2021-34527)". */
const FLAW_ID_AFTER = /^\s*\((?:[\w\s]{0,20}\s)?CVE-\d{4}-\d{4,}/i;

/** A program's file name: "Cmd.exe", "rundll32.dll", "script.ps1". */
const FILE_NAME = /\.(?:exe|dll|sys|ps1|bat|cmd|vbs|js|jar|msi|scr)$/i;

/** "the LockBit gang", "LockBit ransomware operators": a mention of the people, not of an attack. */
const GANG_WORD = /^(?:gangs?|groups?|operators?|crews?|actors?|affiliates?|cartels?|members)$/i;
const namesGang = (hit: KbHit, word = GANG_WORD) =>
  // "ransomware gangs like Ryuk, Conti and Maze": every name of a list of gangs (for a family that
  // names its gang; a tool in "operators use tools including Cobalt Strike" stays a tool).
  (word === GANG_WORD && inGangList(hit.sentence, hit.span)) ||
  // "the ransomware group known as Apostle", "a gang dubbed Coldhollow".
  GANG_NAMED_AS.test(hit.before.map((w) => w.text).join(" ")) ||
  // "the LockBit 2.0 and BlackCat gangs": a listed name takes the plural the list ends with.
  word.test(singular(hit.after[0]?.text ?? "")) ||
  ((SOFTWARE_CUE.test(hit.after[0]?.text ?? "") ||
    /^(?:cybercrime|hacking|criminal|threat)$/i.test(hit.after[0]?.text ?? "")) &&
    word.test(hit.after[1]?.text ?? "")) ||
  sharesPluralGang(hit);

const GANG_NAMED_AS =
  /\b(?:gang|group|crew|cartel)\s+(?:(?:known|tracked|referred\s+to)\s+as|dubbed|called|named)$/i;

/** "the LockBit 2.0 and BlackCat gangs": a name joined to another before one plural gang word. */
function sharesPluralGang(hit: KbHit): boolean {
  const [joint, ...rest] = hit.after.map((w) => w.text);
  if (/^(?:and|&)$/.test(joint ?? "")) {
    const plural = rest.findIndex((w) => /^(?:gangs|groups|crews|cartels)$/i.test(w));
    if (plural >= 1 && plural <= 3 && rest.slice(0, plural).every((w) => /^[\p{Lu}\p{N}]/u.test(w)))
      return true;
  }
  // "Conti, Maze, Avaddon and Babuk ransomware groups": a name that opens or goes on such a list.
  return joint === "," && listedBeforeGangs(hit.sentence, hit.span);
}
/** Words that make a malware family's name a gang's even where the catalogue knows no such gang. */
const GANG_ONLY = /^(?:gang|group|crew|cartel)$/i;

const campaignAt = (hit: KbHit) => CAMPAIGN.test(hit.after[0]?.text ?? "");

/**
 * A ransomware family, whose name also stands for the gang that runs it ("the LockBit gang", "a REvil
 * attack"); not an outbreak such as WannaCry or NotPetya, whose "attack" is the software's, run by
 * another, named group.
 */
const runByGang = (e: KbEntry) => e.ransomware === true && e.outbreak !== true;

const entryKey = (e: KbEntry) => `${e.source}:${e.key}`;

/**
 * The farthest apart two names can stand and still be joined as aliases (the longest join below is 90
 * characters); farther pairs are passed over at once, so a text of thousands of names stays linear.
 */
const ALIAS_REACH = 120;

/** True where the text between two mentions joins them as names of one thing. */
export function joinsAsAliases(text: string, first: Span, second: Span): boolean {
  if (second[0] < first[1] || second[0] - first[1] > ALIAS_REACH) return false;
  const between = text.slice(first[1], second[0]);
  if (between.length <= 30 && ALIAS_JOIN.test(between)) return true;
  if (joinableClause(between) && ALIAS_PHRASE_BEFORE.test(between)) return true;
  if (REBRANDED_AS.test(between)) return true;
  // A list of aliases inside the parenthesis right after a name, or after its kind word: "APT31 (also
  // known as Zirconium and Judgment Panda)", "WizardUpdate malware (aka UpdateAgent or Vigram)".
  const open = between.lastIndexOf("(");
  return (
    open >= 0 &&
    between.length - open <= 60 &&
    !/[()]/.test(between.slice(open + 1)) &&
    // Not "the Darkside ransomware (and its later BlackMatter rebrand)": inside, only alias words and names.
    (between.slice(open + 1).match(/\b\p{Ll}[\p{L}.]*/gu) ?? []).every((w) =>
      /^(?:aka|a\.k\.a\.?|also|known|as|formerly|previously|or|and|called|tracked|dubbed|named)$/.test(w),
    ) &&
    /^\s*(?:(?:malware|ransomware|trojan|RAT|botnet|backdoor|spyware|group|gang)\s*)?$/i.test(
      between.slice(0, open),
    )
  );
}

/**
 * True where only separators and further catalogue aliases of the same entry stand between two
 * mentions: "(aka APT35, Charming Kitten, Newscaster, TA453" when "Newscaster" needed a cue to count.
 */
function bridgedByAliases(text: string, first: Span, second: Span, aliases: ReadonlySet<string>): boolean {
  const between = text.slice(first[1], second[0]);
  if (second[0] < first[1] || between.length > 80 || !/[,/]/.test(between)) return false;
  return between
    .split(/\s*(?:[,/]|\bor\b|\baka\b)\s*/)
    .every((part) => part.trim() === "" || aliases.has(normaliseName(part)));
}

/** Groups the distinct surfaces of one catalogue entry into the actors the article treats as one. */
function aliasGroups(ctx: ExtractionContext, hits: readonly KbHit[]): Map<string, string> {
  const aliases = new Set((hits[0]?.entries ?? []).flatMap((e) => e.aliases.map(normaliseName)));
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    return p === k ? k : find(p);
  };
  for (const hit of hits) parent.set(normaliseName(hit.surface), normaliseName(hit.surface));
  // "the Desorden Group" and "Desorden", "RedLine Stealer" and "RedLine": a name with and without its
  // kind word is one group or family.
  const bare = new Map<string, string>();
  for (const hit of hits) {
    const key = normaliseName(
      hit.surface
        .replace(/^the\s+/i, "")
        .replace(/\s+(?:group|team|gang|stealer|loader|rat|backdoor|botnet|trojan)$/i, ""),
    );
    const first = bare.get(key);
    if (first === undefined) bare.set(key, normaliseName(hit.surface));
    else parent.set(find(normaliseName(hit.surface)), find(first));
  }
  // In text order, each hit is compared only with the hits that follow it within ALIAS_REACH.
  const ordered = [...hits].sort((x, y) => x.span[0] - y.span[0]);
  // "The group attempted a comeback, rebranding as BlackMatter": a name the entry's gang took on is
  // that gang's, named first by another of the entry's names.
  const renamed = ordered.find((h) =>
    REBRANDED_BEFORE.test(ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 60), h.span[0])),
  );
  const earlier = renamed && ordered.find((h) => normaliseName(h.surface) !== normaliseName(renamed.surface));
  if (renamed && earlier && earlier.span[0] < renamed.span[0])
    parent.set(find(normaliseName(renamed.surface)), find(normaliseName(earlier.surface)));
  for (const [i, a] of ordered.entries())
    for (let j = i + 1; j < ordered.length; j++) {
      const b = ordered[j] as KbHit;
      if (b.span[0] - a.span[1] > ALIAS_REACH) break;
      if (
        joinsAsAliases(ctx.text, a.span, b.span) ||
        joinsAsAliases(ctx.text, b.span, a.span) ||
        bridgedByAliases(ctx.text, a.span, b.span, aliases) ||
        bridgedByAliases(ctx.text, b.span, a.span, aliases)
      )
        parent.set(find(normaliseName(b.surface)), find(normaliseName(a.surface)));
    }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}

/**
 * What joins two names of a list: "REvil, Egregor, Netwalker, and Clop", also across up to three items
 * the catalogue does not know ("Conti, Hive and LockBit").
 */
const LIST_SEPARATOR = (() => {
  // "REvil (Sodinokibi), and Ragnar Locker": an alias in brackets stays within its item.
  const join = String.raw`(?:\)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)|\s+\()(?:the\s+)?`;
  const item = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*)?(?: \([\p{Lu}\p{N}][\p{L}\p{N}.-]*\))?`;
  return new RegExp(`^${join}(?:${item}${join}){0,3}$`, "u");
})();

/** A hit with the names of the list it stands in, itself included. */
type ListedHit = KbHit & { readonly listedWith?: readonly KbHit[] };

/**
 * "the REvil, Egregor, Netwalker, and Clop ransomware gangs", "malware such as Emotet, TrickBot and
 * Qbot": the words after a list's last name describe every name in it, and the words before its first
 * name too. Each listed hit gets the list's context and its fellow names.
 */
function sharedListContext(ctx: ExtractionContext, hits: readonly KbHit[]): ListedHit[] {
  const sorted = [...hits].sort((a, b) => a.span[0] - b.span[0]);
  const out = new Map<KbHit, ListedHit>(sorted.map((h) => [h, h]));
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const [prev, hit] = [sorted[i - 1], sorted[i]];
    const joined =
      prev !== undefined &&
      hit !== undefined &&
      hit.sentence === prev.sentence &&
      hit.span[0] > prev.span[1] &&
      hit.span[0] - prev.span[1] <= 80 &&
      LIST_SEPARATOR.test(ctx.text.slice(prev.span[1], hit.span[0]));
    if (joined) continue;
    const list = sorted.slice(start, i);
    const [first, last] = [list[0], list.at(-1)];
    if (first && last && list.length >= 2)
      for (const item of list)
        out.set(item, {
          ...item,
          before: item === first ? item.before : first.before,
          after: item === last ? item.after : last.after,
          listedWith: list,
        });
    start = i;
  }
  return hits.map((h) => out.get(h) ?? h);
}

/** A company word right before a name: "HR services provider Kronos", "the software firm Orion". */
const COMPANY_BEFORE =
  /\b(?:provider|company|firm|maker|vendor|giant|retailer|manufacturer|supplier|insurer|bank|chain)\s+$/i;
/** Words before a name that make it the one attacked: "a ransomware attack against Kronos", "the attack that hit Kronos". */
const ATTACKED_BEFORE =
  /\b(?:attacks?|breach|intrusion)\s+(?:against|on|at|(?:that|which)\s+(?:hit|struck|breached|compromised))\s+$/i;
/** Words after a name that make it the one attacked: "Kronos has suffered a ransomware attack". */
const SUFFERED_AFTER = /^\s+(?:(?:has|had|have)\s+)?suffered\b/i;

/**
 * The mention names a company, or the one attacked, not a group or its software; only for a name
 * spelt as a word ("Kronos", "Emennet Pasargad"): a coined one ("DarkSide") is the gang even where
 * the police attack it.
 */
function victimAt(ctx: ExtractionContext, hit: KbHit): boolean {
  if (coined(hit)) return false;
  const before = ctx.text.slice(Math.max(hit.sentence.span[0], hit.span[0] - 40), hit.span[0]);
  return (
    COMPANY_BEFORE.test(before) ||
    ATTACKED_BEFORE.test(before) ||
    SUFFERED_AFTER.test(ctx.text.slice(hit.span[1], Math.min(hit.sentence.span[1], hit.span[1] + 30)))
  );
}

/** What stands between a list item's name and what the item says of it: a colon or a spaced dash. */
const ITEM_SEPARATOR = /^(?::|[ \t][–—-][ \t])/;

/** Adds actor and malware entities from knowledge-base hits; returns the hits it used. */
export function addKnowledgeEntities(
  ctx: ExtractionContext,
  table: EntityTable,
  hits: readonly KbHit[],
): KbHit[] {
  const used: KbHit[] = [];
  // A coined name with no cue of its own is read as a ransomware gang only where the article speaks of ransomware.
  const aboutRansomware = /\bransomware\b/i.test(ctx.text);
  const usable = sharedListContext(
    ctx,
    hits.filter((hit) => !continuesName(ctx, hit)),
  );
  // "* Sodinokibi: Victims that paid were re-extorted…", "Ryuk – $150 million": catalogue names that
  // each open a list item or a paragraph (the cleaner drops the bullets), before a colon or a dash, are
  // the names the list is about; two such items of different entries cue them.
  const opensItem = (hit: KbHit) =>
    ITEM_SEPARATOR.test(ctx.text.slice(hit.span[1], hit.span[1] + 3)) &&
    /^[ \t]*(?:(?:[*•\-–—]|\d{1,2}[.)])[ \t]*)?$/.test(
      ctx.text.slice(ctx.text.lastIndexOf("\n", hit.span[0]) + 1, hit.span[0]),
    );
  const itemEntries = new Set(
    usable.filter(opensItem).flatMap((hit) => (hit.entries[0] ? [entryKey(hit.entries[0])] : [])),
  );
  const glossary = itemEntries.size >= 2;
  const byEntry = new Map<string, ListedHit[]>();
  for (const hit of usable) {
    const entry = hit.entries[0];
    if (!entry) continue;
    const known = byEntry.get(entryKey(entry));
    if (known) known.push(hit);
    else byEntry.set(entryKey(entry), [hit]);
  }
  for (const entryHits of byEntry.values()) {
    const entries = entryHits[0]?.entries ?? [];
    const actorEntry = entries.find((e) => e.kind === "threat-actor");
    const malwareEntry = entries.find((e) => e.kind === "malware");
    // Ransomware catalogues hold everyday phrases ("Christmas", "Sanctions"): a ransomware name, or one
    // read as a place ("the office in Milan"), needs a cue beside one of its mentions in the article.
    const ransomware = entries.some(runByGang);
    const placeLike = entryHits.every((h) => PLACE_PREPOSITION.test(h.before.at(-1)?.text ?? ""));
    const cued = entryHits.some(
      (h) => cuedAt(h) || listedUnderCue(ctx, h.sentence) || (glossary && opensItem(h)),
    );
    // "Haron and BlackMatter are among those that have emerged": a plain word listed beside a coined
    // ransomware name reads as that list does.
    const coinedOrListedWithOne = (h: ListedHit) =>
      coined(h) || (h.listedWith?.some((m) => m !== h && coined(m) && m.entries.some(runByGang)) ?? false);
    if (
      !actorEntry &&
      (ransomware || placeLike) &&
      !cued &&
      !(aboutRansomware && entryHits.some(coinedOrListedWithOne))
    )
      continue;
    // "Keybase, a recent end-to-end encrypted (E2EE) service": the article says what the name is.
    if (!actorEntry && !cued && entryHits.some((h) => calledAService(ctx, h))) continue;
    if (entryHits.some(forumAt) && !entryHits.some((h) => namesGang(h))) continue;
    // "Microsoft's Fusion machine learning model … Fusion ransomware detections": a vendor's technology.
    if (
      !entryHits.some((h) => namesGang(h)) &&
      [...new Set(entryHits.map((h) => h.surface))].some((surface) => calledTechnology(ctx, surface))
    )
      continue;
    // A plain word from a ransomware catalogue that only ever names a vendor's product.
    if (!actorEntry && ransomware && !entryHits.some(coined) && entryHits.every((h) => productAt(ctx, h)))
      continue;
    // "AMD's Vega and Polaris chipsets": a catalogue name only ever written before hardware is a product line.
    if (entryHits.every((h) => HARDWARE_NOUN.test(h.after[0]?.text ?? ""))) continue;
    // "Phoenix CryptoLocker": a catalogue name only ever written as the end of a longer capitalised
    // name is that other family's, not the catalogue's.
    if (entryHits.every((h) => endsLongerName(ctx, h))) continue;
    // A software name the article only ever uses for a campaign ("the SnatchCrypto campaign") is no family.
    // A ransomware "operation" is the gang that runs it ("a member of the AvosLocker operation").
    if (!actorEntry && !ransomware && entryHits.some(campaignAt) && !entryHits.some(speaksOfSoftware))
      continue;
    // "HR services provider Kronos has suffered a ransomware attack": a name the article gives a victim
    // company is that company wherever it stands ("the Kronos ransomware attack"), unless a mention
    // calls it a gang.
    if (entryHits.some((h) => victimAt(ctx, h)) && !entryHits.some((h) => namesGang(h))) continue;
    // "named EternalRed or SambaCry (assigned CVE-2017-7494)": a flaw's nickname is no family or group.
    if (entryHits.every((h) => FLAW_ID_AFTER.test(ctx.text.slice(h.span[1], h.span[1] + 40)))) continue;
    // "Operation Lyrebird": a named operation (police or campaign) is no group.
    if (entryHits.every((h) => /^Operation\s/i.test(h.surface))) continue;
    // "Evil Corp was seen using WastedLocker ransomware": a family only ever spoken of as software
    // names no gang of its own.
    // "the group deployed ransomware families such as LockerGoga": a family the article lists as the
    // software someone used names a gang only where a mention says so ("the LockerGoga gang").
    const gangNamed = entryHits.some((h) => inSoftwareList(h.sentence, h.span))
      ? entryHits.some((h) => namesGang(h))
      : !entryHits.every(speaksOfSoftware);
    const groups = aliasGroups(ctx, entryHits);
    const canonical = new Map<string, string>();
    for (const hit of entryHits) {
      const group = groups.get(normaliseName(hit.surface)) ?? "";
      // "the BlackByte ransomware" (a catalogue alias) names BlackByte: the kind word is no part of the name.
      if (!canonical.has(group))
        canonical.set(
          group,
          hit.surface.replace(/^the\s+/i, "").replace(/(?<=\S)\s+(?:ransomware|malware)$/i, ""),
        );
    }
    // Worked out once per entry (and per group), not once per mention: a text may name one group thousands of times.
    const surfaces = new Set(entryHits.map((h) => normaliseName(h.surface)));
    const others = new Map<string, Set<string>>();
    const otherSurfaces = (group: string) => {
      let known = others.get(group);
      if (!known) {
        known = new Set([...surfaces].filter((s) => groups.get(s) !== group));
        others.set(group, known);
      }
      return known;
    };
    const gangOnly = entryHits.some((h) => namesGang(h, GANG_ONLY));
    // "the Havex malware": a group's alias the article only ever gives to software names the tool.
    const toolOnly = malwareEntry !== undefined && entryHits.every(speaksOfSoftware);
    for (const hit of entryHits)
      addHit(
        table,
        hit,
        groups,
        canonical,
        otherSurfaces,
        actorEntry,
        malwareEntry,
        gangNamed,
        gangOnly,
        // Known only by its coined spelling, with no cue: listed, but too thinly read to be linked.
        !actorEntry && ransomware && !cued,
        toolOnly,
      );
    used.push(...entryHits);
  }
  return used;
}

function addHit(
  table: EntityTable,
  hit: KbHit,
  groups: ReadonlyMap<string, string>,
  canonical: ReadonlyMap<string, string>,
  otherSurfaces: (group: string) => Set<string>,
  actorEntry: KbEntry | undefined,
  malwareEntry: KbEntry | undefined,
  gangNamed: boolean,
  gangCalled: boolean,
  uncued: boolean,
  toolOnly: boolean,
): void {
  const group = groups.get(normaliseName(hit.surface)) ?? "";
  const name = canonical.get(group) ?? hit.surface;
  const others = otherSurfaces(group);
  const aliasesOf = (entry: KbEntry) =>
    entry.aliases.filter((a) => !others.has(normaliseName(a))).slice(0, 12);
  const ransomware = hit.entries.some(runByGang);
  // A ransomware family names its gang too: the gang is the actor; the payload is malware when the
  // text speaks of software ("the LockBit ransomware encrypted…", "a LockBit sample"). A name both a
  // group and a tool ("Naikon") is the group unless the text speaks of software.
  const softwareCue = speaksOfSoftware(hit);
  const asSoftware = malwareEntry && !malwareEntry.benign && (!(ransomware || actorEntry) || softwareCue);
  // "the TrickBot gang": a family named for the people behind it is their gang too; a program's file
  // name ("through Cmd.exe the threat actors can …") never is.
  const actor = FILE_NAME.test(hit.surface)
    ? undefined
    : ((toolOnly ? undefined : actorEntry) ??
      ((ransomware && gangNamed) || (gangCalled && !malwareEntry?.benign) ? malwareEntry : undefined));
  if (actor)
    table.add({
      type: "threat-actor",
      name,
      span: hit.span,
      aliases: aliasesOf(actor),
      kb: { source: actor.source, key: actor.key, matchedAlias: hit.surface },
      ...(actor.country ? { attributes: { country: actor.country } } : {}),
      confidence: uncued ? 60 : 85,
      rule: uncued ? UNCUED_RULE : "actors#kb-alias",
    });
  if (asSoftware && malwareEntry)
    table.add({
      type: "malware",
      name,
      span: hit.span,
      aliases: aliasesOf(malwareEntry),
      kb: { source: malwareEntry.source, key: malwareEntry.key, matchedAlias: hit.surface },
      confidence: 85,
      rule: "actors#kb-alias",
    });
}

/** "Gamaredon Group" → "Gamaredon": catalogue names often carry a kind word the news drops. */
const shortForm = (alias: string) => alias.replace(/\s+(?:Group|Team|APT|Gang)$/i, "");

/**
 * Adds the later mentions of established actors and malware: their names and catalogue aliases
 * (and short forms) wherever the article repeats them, cued or not.
 */
export function addRepeatMentions(ctx: ExtractionContext, table: EntityTable): void {
  const taken = new Coverage(ctx.text.length);
  for (const k of table.keys()) for (const m of table.get(k)?.mentions ?? []) taken.mark(m.span);
  for (const type of ["threat-actor", "malware"] as const) {
    for (const key of table.keys(type)) {
      const entity = table.get(key);
      if (!entity) continue;
      const names = new Set(
        [...entity.aliases, ...entity.aliases.map(shortForm)].filter(
          (a) => (a.length >= 4 && /^\p{Lu}/u.test(a)) || /^\p{Lu}{3}$/u.test(a),
        ),
      );
      for (const name of names) {
        for (const at of wholeWordsAt(ctx.text, name)) {
          const span: Span = [at, at + name.length];
          if (taken.overlaps(span)) continue;
          taken.mark(span);
          table.add({ type, name: entity.name, span, confidence: 80, rule: "actors#repeat-mention" });
        }
      }
    }
  }
}

type TableEntry = NonNullable<ReturnType<EntityTable["get"]>>;

/** Calls `visit` with each ordered pair of distinct entities of one kind still in the table. */
function forEachPair(
  table: EntityTable,
  type: "threat-actor" | "malware",
  visit: (a: string, b: string, first: TableEntry, second: TableEntry) => void,
): void {
  const keys = table.keys(type);
  for (const a of keys)
    for (const b of keys) {
      const first = table.get(a);
      const second = table.get(b);
      if (a !== b && first && second) visit(a, b, first, second);
    }
}

/**
 * Merges actors the article names as one ("TMT (aka SilverTerrier)"): an unlisted name joined to
 * another actor's mention becomes its alias. Merges malware families it names as one in words too.
 */
export function mergeAliasedActors(ctx: ExtractionContext, table: EntityTable): void {
  forEachPair(table, "threat-actor", (a, b, first, second) => {
    const joinedBy = (join: (text: string, x: Span, y: Span) => boolean) =>
      first.mentions.some((ma) => second.mentions.some((mb) => join(ctx.text, ma.span, mb.span)));
    // Two catalogue entries are one actor only where the article says so in words ("Clop, also
    // tracked as TA505 and FIN11"); a slash or a comma between them may as well list two groups.
    if (first.kb && second.kb) {
      if (joinedBy(namesAsAlias)) table.merge(b, a);
      return;
    }
    if (
      joinedBy(joinsAsAliases) ||
      misspells(first.name, second.name) ||
      namedAlike(first.aliases, second.aliases)
    )
      table.merge(second.kb ? a : b, second.kb ? b : a);
  });
  mergeListedAliases(ctx, table);
  // "DemonWare ransomware – also known as Black Kingdom and DEMON": two catalogue families the article
  // names as one in words are one family; only the name right after the phrase, as malware lists run
  // on ("Bazar aka KEGTAP and Cobalt Strike", "BADFLICK aka GreenCrash, PHOTO aka Derusbi").
  forEachPair(table, "malware", (a, b, first, second) => {
    if (
      first.mentions.some((ma) =>
        second.mentions.some((mb) => namesAsAlias(ctx.text, ma.span, mb.span, false)),
      )
    )
      table.merge(b, a);
  });
}

/** An alias phrase, then up to two further names of a list before the second: "also tracked as TA505 and". */
const ALIAS_PHRASE_THEN_LIST = new RegExp(
  ALIAS_PHRASE +
    String.raw`(?:\s*[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*)?["“”'‘’]?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?["“”'‘’]?){0,2}$`,
  "iu",
);

/** A word of the short description between a name and its alias phrase: "a North Korean state-sponsored hacking group". */
const DESCRIBING_WORD =
  /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)(?:-\p{Ll}+)?|North|South|East|West)$/u;
/** Words that make the text before an alias phrase a relation, not a description: "tied to", "such as". */
const RELATION_WORD =
  /^(?:to|by|with|from|for|of|on|such|like|including|and|or|than|after|before|behind|linked|tied|used|via)$/;

/**
 * The text between two mentions names the second as another name of the first in words, right after
 * the first and at most a short description of it: "X, also known as Y", "X, a Chinese-speaking group
 * also tracked as Z and Y", "X (aka Z, Y)"; never a bare slash or comma, and never an alias given to a
 * name between them ("FIN7 … ransomware groups such as REvil (aka Sodinokibi)").
 */
function namesAsAlias(text: string, first: Span, second: Span, listed = true): boolean {
  if (second[0] < first[1] || second[0] - first[1] > ALIAS_REACH) return false;
  const between = text.slice(first[1], second[0]);
  if (!joinableClause(between)) return false;
  const phrase = (listed ? ALIAS_PHRASE_THEN_LIST : ALIAS_PHRASE_BEFORE).exec(between);
  if (!phrase) return false;
  const words = between.slice(0, phrase.index).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // A capitalised word right after the name is the rest of it: "Babuk Locker, also known internally as Babyk".
  const rest = /^ \p{Lu}/u.test(between) ? 1 : 0;
  return (
    words.length <= 6 && words.slice(rest).every((w) => DESCRIBING_WORD.test(w) && !RELATION_WORD.test(w))
  );
}

/** A sentence listing the other names a group goes by: "attributed to groups under different names, such as …". */
const ALIAS_LIST =
  /\b(?:(?:under|by|with) (?:different|other|various|several|many) names|other names,? (?:including|such as)|(?:a |an )?(?:variety|number|host|range|series) of (?:other |different )?names|also-known-as|also (?:known|tracked|referred to) (?:as|by)|a\.?k\.?a\.?|aka|other(?:wise)? known as|also called)\b/i;

/**
 * Catalogue names of one entry the article only ever names in a list of aliases are that entry's
 * other names, not further groups: "US officials said Hainan Xiandun was responsible for hacks …
 * attributed to groups under different names, such as BRONZE MOHAWK, Kryptonite Panda, Leviathan".
 */
function mergeListedAliases(ctx: ExtractionContext, table: EntityTable): void {
  const byEntry = new Map<string, string[]>();
  for (const key of table.keys("threat-actor")) {
    const link = table.get(key)?.kb;
    if (!link) continue;
    const entry = `${link.source}:${link.key}`;
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), key]);
  }
  const onlyListed = (key: string) =>
    (table.get(key)?.mentions ?? []).every((m) => ALIAS_LIST.test(ctx.analysis.sentenceAt(m.span[0]).text));
  for (const keys of byEntry.values()) {
    if (keys.length < 2) continue;
    const lead = keys.find((k) => !onlyListed(k)) ?? keys[0];
    if (lead === undefined) continue;
    for (const key of keys) if (key !== lead && onlyListed(key)) table.merge(key, lead);
  }
}

/** "Gamaredon" (an unlisted "group known as Gamaredon") and the catalogue's "Gamaredon Group": one actor. */
function namedAlike(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.flatMap((n) => [normaliseName(n), normaliseName(shortForm(n))]));
  return b.some((n) => keys.has(normaliseName(n)) || keys.has(normaliseName(shortForm(n))));
}

/** "APP31" beside "APT31": a designator one letter off a catalogued one is the same group, misspelt. */
function misspells(a: string, b: string): boolean {
  const designator = /^(\p{Lu}{2,5})(\d+)$/u;
  const ma = designator.exec(a);
  const mb = designator.exec(b);
  if (!ma || !mb || ma[2] !== mb[2] || ma[1]?.length !== mb[1]?.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

const SPONSOR =
  /\b(?:operat\w* under|affiliated with|sponsored by|backed by|linked to|tied to|working for|on behalf of|part of|unit of|associated with|directed by|controlled by|run by|operated by|acting for|connected to|(?:element|unit|arm) (?:of|within)|(?:is|are|was|were) behind)\b/i;

/** Between an actor and the body employing it: "the Gamaredon hackers are officers of the Crimean FSB". */
/** "the Department of Justice said was behind …": the body speaks of the group, it does not run it. */
const SAID_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says|alleges|alleged|claimed|claims|believes|stated|announced)\b/i;
const STAFF_OF = /\b(?:officers|members|agents|employees) of\b/i;
/** "OFAC has imposed sanctions against Kazemi …, part of the Emennet Pasargad": the body acts on the group's people. */
const ACTS_ON_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:has |have |had )?(?:also )?(?:imposed sanctions|sanctioned|designated|charged|indicted|arrested|added)\b/i;
const LINKED_TO_BEFORE = /\b(?:linked|tied|attributed|traced)\b[^.;]{0,100}\bto\s+(?:[\w'’]+\s+){0,2}$/i;
const ACTOR_NOUN_AFTER =
  /^\s+(?:(?:hacker|hacking|threat|cyber|state|intelligence)\s+)?(?:group|groups|APTs?|hackers|actors?|operators|cyberspies|spies)\b/i;

/** Unnamed attackers and the cue that a body runs them, right before its name: "hackers affiliated with China's". */
const HACKERS_OF_BEFORE =
  /\b(?:hackers|hacking (?:groups?|crews?|units?)|(?:threat|cyber) actors|APTs|(?:cyber ?)?spies|cyberspies|operatives)\s+(?:\w+\s+){0,2}?(?:affiliated with|sponsored by|backed by|linked to|tied to|working (?:for|with)|on behalf of|associated with|directed by|controlled by|run by|operated by|acting for|connected to|employed by|(?:an? )?(?:element|unit|arm|part) of)\s+(?:(?:the|[\p{Lu}][\p{L}-]*['’]s)\s+)?$/u;

/** A sentence about hacking or the service's people, where such a service is the hackers' sponsor. */
const HACKING_CONTEXT =
  /\b(?:hack\w*|cyber\w*|espionage|attack\w*|APTs?|intrusions?|breach\w*|malware|zero-days?|exploit\w*|officers|operatives|front compan(?:y|ies)|behest|backing|backed|directed|supervis\w+)\b/i;

/** A state body named only as a threat actor's sponsor is an organisation, not an agency (facts.md). */
export function retypeSponsors(ctx: ExtractionContext, table: EntityTable): void {
  const actorSentences = new Set(
    table
      .keys("threat-actor")
      .flatMap((k) => table.get(k)?.mentions.map((m) => ctx.analysis.sentenceAt(m.span[0]).index) ?? []),
  );
  const actorMentions = table
    .keys("threat-actor")
    .flatMap((k) => table.get(k)?.mentions.map((m) => m.span) ?? []);
  const agencyMentions = table
    .keys("agency")
    .flatMap((k) => table.get(k)?.mentions.map((m) => ({ key: k, span: m.span })) ?? []);
  for (const key of table.keys("agency")) {
    // Another body between the two: "the US Department of Justice charged six Russian Main Intelligence
    // Directorate (GRU) operatives believed to be part of Sandworm" makes the GRU the sponsor, not the DOJ.
    // Its acronym in brackets is no other body ("Ministry of State Security (MSS) is behind").
    const bodyBetween = (from: number, to: number) =>
      agencyMentions.some(
        (b) =>
          b.key !== key &&
          b.span[0] >= from &&
          b.span[1] <= to &&
          !/^\s*\($/.test(ctx.text.slice(from, b.span[0])),
      );
    // An acronym in brackets right after the full name ("… Security Service (FSB)") shares its verdict.
    const all = table.get(key)?.mentions ?? [];
    const mentions = all.filter(
      (m) => !all.some((o) => o !== m && /^\s*\($/.test(ctx.text.slice(o.span[1], m.span[0]))),
    );
    const entity = table.get(key);
    const spyService = isSpyService([entity?.name ?? "", ...(entity?.aliases ?? [])]);
    const sponsorOnly =
      mentions.length > 0 &&
      mentions.every((m) => {
        // "the MSS directed the group's hacking campaigns", "three were MSS officers": a spy service
        // in a sentence of hacking or of its officers is the hackers' sponsor.
        if (spyService && HACKING_CONTEXT.test(ctx.analysis.sentenceAt(m.span[0]).text)) return true;
        // "MOIS hacker group MuddyWater", "Iranian MOIS APTs", "FSB hackers": the body's own attackers.
        if (ACTOR_NOUN_AFTER.test(ctx.text.slice(m.span[1], m.span[1] + 40))) return true;
        // "hackers affiliated with China's Ministry of State Security": unnamed attackers the body runs.
        if (HACKERS_OF_BEFORE.test(ctx.text.slice(Math.max(0, m.span[0] - 120), m.span[0]))) return true;
        const sentence = ctx.analysis.sentenceAt(m.span[0]);
        if (!actorSentences.has(sentence.index)) return false;
        // The cue stands between an actor's mention and the body: "APT31, believed to operate under …",
        // …or between the body and a later actor: "the Ministry of State Security (MSS) is behind … APT40".
        const inSentence = actorMentions.filter((a) => a[0] >= sentence.span[0] && a[1] <= sentence.span[1]);
        // "Linked by Ukraine's services to Russia's Federal Security Service (FSB), this group is tracked as …"
        if (inSentence.length > 0 && LINKED_TO_BEFORE.test(ctx.text.slice(sentence.span[0], m.span[0])))
          return true;
        return inSentence.some((a) =>
          a[1] <= m.span[0]
            ? SPONSOR.test(ctx.text.slice(a[1], m.span[0])) || STAFF_OF.test(ctx.text.slice(a[1], m.span[0]))
            : SPONSOR.test(ctx.text.slice(m.span[1], a[0])) &&
              !SAID_AFTER.test(ctx.text.slice(m.span[1], a[0])) &&
              !ACTS_ON_AFTER.test(ctx.text.slice(m.span[1], a[0])) &&
              !bodyBetween(m.span[1], a[0]),
        );
      });
    if (sponsorOnly) table.retype(key, "organization");
  }
  mergeIntoSponsors(table);
}

/**
 * A bare acronym or short form of a body retyped as a sponsor ("MSS", "Ministry of State Security" beside
 * "China's Ministry of State Security") is the same organisation; run again once acronyms are expanded.
 */
export function mergeIntoSponsors(table: EntityTable): void {
  for (const key of table.keys("organization")) {
    const entity = table.get(key);
    const aliases = new Set([entity?.name ?? "", ...(entity?.aliases ?? [])].map(normaliseName));
    for (const agency of table.keys("agency"))
      if (aliases.has(normaliseName(table.get(agency)?.name ?? ""))) table.merge(agency, key);
  }
}

/**
 * @module extract/event-filters
 * Tests that tell a trigger hit is no event of the article's own: a flaw exploited elsewhere, known
 * by name or patched months before, a patch not made or made months before, an attack a rule guards
 * against, ransomware gangs named as another's customers, a takedown with no one to do it, a sentence
 * opening on an earlier year, an event or police step its noun phrase or the words after it date
 * months back, a directive on known flaws, an update with no security fix, a parenthesised list of
 * kinds, what a lure says, a trigger word inside a capitalised name, the flaws a bug bounty programme
 * pays for. Input: the extraction context and a trigger hit or sentence. Output: whether the test
 * holds. buildRecord (record.ts) applies them.
 */
import type { Sentence } from "./analyse.ts";
import type { Cue } from "../contracts.ts";
import {
  isTitle,
  MONTHS,
  monthsBefore,
  pastMonthCue,
  pastMonthYearCue,
  pastYearCue,
  type ExtractionContext,
} from "./context.ts";
import type { TriggerHit } from "./events.ts";
import { KNOWN_FLAWS } from "./lexicon/known-flaws.ts";

/** "ProxyShell is a name given to…", "X is a chain of three flaws", "X refers to": a known flaw explained. */
const DEFINES_FLAW =
  /\b(?:is|are) (?:the |a )?(?:name|names|term) (?:given|used) (?:to|for)\b|\b(?:is|are) (?:a |the )?(?:combination|chain|set|collection|trio|pair) of\b|\brefers? to\b|\b(?:is|are) (?:collectively )?known as\b|\btracked as CVE-\d{4}-\d{4,7}\b[^.]{0,80}?\b(?:allows?|lets?|enables?|could (?:allow|let|enable)|was found in|impacts|affects)\b/i;
/** Words that say a flaw was put to use. */
const EXPLOITED = /\b(?:exploit\w*|used|uses|using|leverag\w+|abus\w+|weaponi[sz]\w+)\b/i;

/**
 * "ProxyShell is a name given to a combination of three vulnerabilities: CVE-…" in a report of an attack
 * that used ProxyShell: a known flaw explained where an attack put it to use is the attack's means, not
 * news disclosed by the article. Only such explanations count: a report that an attack exploited a
 * flaw it also discloses ("Actively exploited bug bypasses authentication") keeps its disclosure.
 */
export function exploitedElsewhere(ctx: ExtractionContext, sentence: Sentence): boolean {
  if (!DEFINES_FLAW.test(sentence.text)) return false;
  const names = new Set<string>(
    sentence.text.match(/\bCVE-\d{4}-\d{4,7}\b|\b\p{Lu}[\p{Ll}]+\p{Lu}[\p{L}]*\b/gu) ?? [],
  );
  if (names.size === 0) return false;
  return ctx.analysis.sentences.some(
    (other) =>
      other !== sentence &&
      EXPLOITED.test(other.text) &&
      [...names].some((name) => other.text.includes(name)),
  );
}

/**
 * Who takes a site or service down for the law: without one in the sentence, "shut down" is what an
 * attack did to a victim ("causing IT systems to shut down") or what a gang or a company did itself.
 */
export const TAKEDOWN_AGENT =
  /\b(?:[Pp]olice|[Aa]uthorities|[Ll]aw [Ee]nforcement|[Aa]genc(?:y|ies)|FBI|Europol|Eurojust|Interpol|INTERPOL|DOJ|Justice|[Pp]rosecutors?|[Ii]nvestigators|[Cc]ourts?|[Jj]udge|[Oo]fficials|[Gg]overnments?|[Mm]inistr(?:y|ies)|[Oo]fficers|[Ss]eiz\w+|[Ss]inkhol\w*|[Ww]arrant|FSB|SBU|NCA|BKA|[Oo]peration|(?:Russian|Federal) Security|[Ss]ecurity [Ss]ervices?)\b/;

/** "In 2017, US officials sanctioned …", "In late 2019 the FBI …": a sentence opening on an earlier year. */
const YEAR_OPENING =
  /^\W*(?:(?:back|and|but|earlier) )?in (?:(?:early|mid|late|[A-Z][a-z]{2,8}\.?) )?((?:19|20)\d\d)\b/i;

/** The months' names as one alternation. */
const MONTH = MONTHS.join("|");

/**
 * A patch not (yet) made: "until a patch is released", "before operators have applied the patch", "No
 * workarounds, mitigations, or security patches are available", "a bogus Microsoft security update".
 */
const PATCH_NOT_MADE = new RegExp(
  String.raw`\b(?:before|until)\b(?! (?:${MONTH}|\d))[^.;]{0,50}$|\bno (?:[\w-]+,? (?:or |and )?){0,4}$|\b(?:bogus|fake|fraudulent|malicious|phony)\s+(?:[\w-]+\s+){0,2}$`,
  "i",
);

/** A fix told as made: "released", "issued", "shipped", "rolled out". */
const PATCH_RELEASED =
  /\b(?:releas(?:ed|es|ing)|issu(?:ed|es|ing)|ship(?:ped|s|ping)|roll(?:ed|s|ing) out|push(?:ed|es|ing) out)\b/i;

/**
 * A patch advised, not made: "companies are advised to apply patches", "install the available patch",
 * "ensure systems are patched".
 */
const PATCH_ADVISED =
  /\b(?:apply|applying|install|installing|deploy|deploying)\s+(?:(?:the|any|all|available|latest|these|those|relevant|necessary|security|vendor['’]s)\s+)*$|\bensure (?:[\w-]+ ){0,4}(?:are|is) $|\bprioriti[sz]e for $/i;

/**
 * A patch that is not this article's news: one not made (PATCH_NOT_MADE), or one dated two or more
 * months, or a year, before the article right after its trigger ("Microsoft fixed the ProxyLogon
 * vulnerabilities in March", "patched in April and May").
 */
export function patchNotOwn(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type !== "vulnerability/patch" || isTitle(ctx, h.sentence)) return false;
  const before = ctx.text.slice(h.sentence.span[0], h.span[0]);
  if (PATCH_NOT_MADE.test(before)) return true;
  // Advice to apply a patch tells of no fix unless the sentence says one was released: "apply the
  // available security patches released by Siemens".
  if (
    PATCH_ADVISED.test(before) &&
    !PATCH_RELEASED.test(before) &&
    !PATCH_RELEASED.test(ctx.text.slice(h.span[1], h.sentence.span[1]))
  )
    return true;
  return cueRightAfter(pastDateCue(ctx, h.sentence), h.span[1], 60);
}

/** A month two or more back, a month and year, or a year before the article's, in the sentence. */
const pastDateCue = (ctx: ExtractionContext, sentence: Sentence) =>
  pastMonthCue(ctx, sentence) ?? pastMonthYearCue(ctx, sentence) ?? pastYearCue(ctx, sentence);

/** A date cue that starts within `within` characters after an offset (a trigger's end). */
const cueRightAfter = (cue: Cue | null, from: number, within: number) =>
  cue !== null && cue.span[0] >= from && cue.span[0] - from <= within;

/**
 * "was disclosed on December 17, 2019", "had been made public in March 2020", "discovered in early
 * 2021": a flaw's disclosure, dated.
 */
const DISCLOSED_ON = new RegExp(
  String.raw`^[^.;]{0,20}?\b(?:(?:was|were|had been|has been|have been)\s+)?(?:first\s+)?(?:disclosed|made public|reported|revealed|published|discovered)\s+(?:on|in)\s+(early\s+)?((?:(?:${MONTH})\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d)\b`,
  "i",
);

/** Two months: a disclosure dated this much before the article is older news. */
const OLDER_NEWS_MS = 60 * 86_400_000;

/**
 * "OIG mentioning that the vulnerability was disclosed on December 17, 2019", in an article of 2021: a
 * flaw whose disclosure the text dates two months or more before the article is not disclosed by it.
 */
export function disclosedEarlier(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type !== "vulnerability/disclosure" || !ctx.published || isTitle(ctx, h.sentence)) return false;
  if (KNOWN_BEFORE.test(ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 60), h.span[0]))) return true;
  // "to address the CVE-2021-1675 bugs in June", in an article of August.
  if (cueRightAfter(pastDateCue(ctx, h.sentence), h.span[1], 4)) return true;
  const after = ctx.text.slice(h.span[1], h.sentence.span[1]);
  // "vulnerabilities discovered in early 2021": early in a year is its first quarter.
  const dated = DISCLOSED_ON.exec(after);
  const date = dated?.[1] && /^\d{4}$/.test(dated[2] ?? "") ? `March 31, ${dated[2]}` : dated?.[2];
  if (date !== undefined && olderNews(ctx.published, date)) return true;
  // "CVE-2021-22205, a vulnerability that GitLab patched back in April 2021", "three security flaws
  // (patched in April and May)": a flaw fixed months before is no news; a month alone is the last
  // such month up to the article's.
  const patched = PATCHED_IN.exec(after);
  if (!patched?.[1]) return false;
  const year = Number(ctx.published.slice(0, 4));
  const month = MONTHS.indexOf(patched[1]) + 1;
  const inYear = patched[2] ?? String(month > Number(ctx.published.slice(5, 7)) ? year - 1 : year);
  return olderNews(ctx.published, `${patched[1]} 1, ${inYear}`);
}

/**
 * "weaponized two recently disclosed vulnerabilities", "a previously patched flaw", "known bugs": a
 * flaw the words before it say was public before the article.
 */
const KNOWN_BEFORE =
  /\b(?:(?:recently|previously|already|publicly|earlier) (?:disclosed|reported|patched|fixed|revealed|known)|(?:well-|already |publicly )?known|old|older|existing)\s+(?:(?:and|or|but|[\w-]+,?)\s+){0,3}$/i;

/** A flaw the words before it say was public already, right before a participle: "a known vulnerability ". */
const PUBLIC_FLAW_BEFORE =
  /\b(?:(?:recently|previously|already|publicly|earlier) (?:disclosed|reported|revealed|known)|(?:well-|already |publicly )?known|old|older|existing)\s+(?:[\w-]+\s+){0,2}(?:vulnerabilit(?:y|ies)|flaws?|bugs?|holes?)\s+$/i;

/**
 * "the attacks target a known vulnerability patched in newer versions of firmware": a fix that a flaw
 * already public had received before, not one the article reports.
 */
export function knownFlawPatched(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  return (
    h.type === "vulnerability/patch" &&
    /^(?:patched|fixed)$/i.test(ctx.text.slice(h.span[0], h.span[1])) &&
    PUBLIC_FLAW_BEFORE.test(ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 80), h.span[0]))
  );
}

/** A fix the words after a flaw date: "that GitLab patched back in April 2021", "(patched in April". */
const PATCHED_IN = new RegExp(
  String.raw`^[^.;]{0,30}?\b(?:patched|fixed|addressed)\s+(?:back\s+)?in\s+(${MONTH})\b(?:\s+((?:19|20)\d\d)\b)?`,
);

/**
 * Whether a date written in the text ("2019", "March 2020", "December 17, 2019") lies two months or
 * more before the article's day. A year alone counts as its last day, a month as its first: the step
 * dated was no later than that.
 */
function olderNews(published: string, date: string): boolean {
  const day = Date.parse(/^\d{4}$/.test(date) ? `${date}-12-31` : `${date.replace(",", "")} UTC`);
  return !Number.isNaN(day) && Date.parse(published.slice(0, 10)) - day >= OLDER_NEWS_MS;
}

/** "the February 2018 destructive malware attack", "the 2017 NotPetya outbreak": an event its own noun phrase dates. */
const DATED_BEFORE = new RegExp(
  String.raw`\b(?:the|a|an|its|their|this|that)\s+((?:(?:${MONTH})\s+)?(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$`,
  "i",
);

/**
 * "this summer's ransomware attack", "last year's breach", "July's attack": an event its noun phrase
 * dates by a possessive season, year or month. The season's or month's name is captured.
 */
const PAST_POSSESSIVE = new RegExp(
  String.raw`\b(?:(last year|last (?:spring|summer|fall|autumn|winter)|this summer|this spring)|(${MONTH}))['’]s\s+(?:[\w-]+\s+){0,3}$`,
  "i",
);

/**
 * "culminating with the February 2018 destructive malware attack against the Olympics opening
 * ceremony", in an article of 2021, or "this summer's ransomware attack" in one of September: an event
 * whose noun phrase dates it two months or more before the article is another, earlier case.
 */
export function datedEarlier(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!ctx.published || isTitle(ctx, h.sentence)) return false;
  const before = ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 80), h.span[0]);
  const date = DATED_BEFORE.exec(before)?.[1];
  if (date !== undefined && olderNews(ctx.published, date)) return true;
  const possessive = PAST_POSSESSIVE.exec(before);
  if (!possessive) return false;
  const published = Number(ctx.published.slice(5, 7));
  const [, season, month] = possessive;
  if (month !== undefined) return monthsBefore(published, month) >= 2;
  // "this summer's attack" in an article of September or later; "this spring's" from July on.
  if (/^this summer$/i.test(season ?? "")) return published >= 9;
  if (/^this spring$/i.test(season ?? "")) return published >= 7;
  return true;
}

/**
 * "a nonprofit that tracks spam and associated cyber threats (phishing, botnets, malware)": a trigger
 * in a parenthesised list of three or more kinds, each a few words, names what someone deals with, not
 * an event.
 */
export function inKindList(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  const open = ctx.text.lastIndexOf("(", h.span[0]);
  if (open < h.sentence.span[0] || ctx.text.slice(open, h.span[0]).includes(")")) return false;
  const close = ctx.text.indexOf(")", h.span[1]);
  if (close < 0 || close > h.sentence.span[1] || close - open > 100) return false;
  const inside = ctx.text.slice(open + 1, close);
  const items = inside.split(",");
  return items.length >= 3 && items.every((item) => /^\s*(?:(?:and|or) )?[\p{L}'’ -]{1,30}$/u.test(item));
}

/**
 * What a lure says: "impersonating FBI warnings that the recipients' network was breached", "emails
 * claiming the account was hacked", "text messages claim that users need to download a security
 * update". The breach or the update is the bait's story, not an event.
 */
const LURE_SAYS =
  /\b(?:(?:fake|bogus|hoax|spoofed|phony|fraudulent|impersonat\w+)\s+(?:[\w'’-]+\s+){0,2}(?:warnings?|alerts?|e-?mails?|messages?|notices?|notifications?|letters?)\s+(?:that|about|saying|of)|(?:e-?mails?|messages?|texts?|SMS|notifications?|alerts?|warnings?|letters?|calls?|pop-ups?)\s+(?:[\w'’-]+\s+){0,3}?(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)|purport(?:s|ed|ing)|alleging)|\btrick\w*\s[^.;]{0,60}\bby (?:falsely )?(?:claiming|pretending|saying|telling))\b[^.;]{0,140}$/i;

export function lureSays(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!h.type.startsWith("attack/") && h.type !== "vulnerability/patch") return false;
  return LURE_SAYS.test(ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 240), h.span[0]));
}

/** A heading in title case: "Teen Rakes in $2.74M Worth of Bitcoin in Phishing Scam". */
function isHeading(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * "a DDOS attack on our free consumer Breach Check website": a trigger word capitalised after a word
 * in lower case and before a capitalised word is part of a name (a product, a team, a report).
 */
export function inProperName(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type.startsWith("vulnerability/") || !/^\p{Lu}\p{Ll}/u.test(ctx.text.slice(h.span[0], h.span[1])))
    return false;
  if (isTitle(ctx, h.sentence) || isHeading(h.sentence.text)) return false;
  const before = ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 30), h.span[0]);
  // A trigger's span may end on the space before the next word.
  return (
    /\b\p{Ll}[\p{L}-]* $/u.test(before) && /^ ?\p{Lu}\p{Ll}/u.test(ctx.text.slice(h.span[1], h.span[1] + 3))
  );
}

/**
 * "a response to the recent “hate raids”": a police step closing a quoted phrase of one to three words
 * is a term the article names, not a deed it reports. Not a flaw or an attack: a quoted "design flaw"
 * or "compromised accounts" is a speaker's word for one.
 */
export function quotedTerm(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!h.type.startsWith("law-enforcement/")) return false;
  const before = ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 40), h.span[0]);
  const after = ctx.text.slice(h.span[1], h.span[1] + 2);
  return /[“"‘']\s*(?:[\w-]+\s+){0,2}$/.test(before) && /^\s?[”"’']/.test(after);
}

/**
 * "Ransomware attack risk increases on holidays", "the phishing risks of QR codes": an attack named as
 * a risk is one that may come, not one that came.
 */
export function namedAsRisk(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!h.type.startsWith("attack/") && h.type !== "fraud/scam") return false;
  return /^\s?risks?\b/i.test(ctx.text.slice(h.span[1], h.span[1] + 7));
}

/** A title about a bug bounty programme, platform or project: "The Graph Foundation launches bug bounty program". */
const BOUNTY_PROGRAMME = /\bbug bounty (?:program|programme|project|platform|initiative)s?\b/i;

/**
 * "Bugs in scope include those leading to the loss of user funds", "expands Internet Bug Bounty
 * project to tackle open source bugs": in a piece about a bounty programme, the flaws named are what it
 * pays for, not one disclosed; a flaw named by its CVE id still is.
 */
export function bountyScope(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type !== "vulnerability/disclosure") return false;
  const title = ctx.text.slice(ctx.titleSpan[0], ctx.titleSpan[1]);
  return BOUNTY_PROGRAMME.test(title) && !/\bCVE-\d{4}-\d/.test(h.sentence.text);
}

/** A trigger that names the group, not its deed. */
const GROUP_NOUN = /\b(?:gangs?|groups?|operators?|operations?|actors?)\b/i;

/**
 * "Cox Media Group suffered a ransomware attack in June 2021 that took down …", in an article of 2022:
 * an attack or a police step dated right after its trigger, to a month and year at least a month gone
 * or to an earlier year, is an earlier case ("Fahd was indicted in 2017"). The caller leaves alone an
 * attack in a sentence of an arrest or a charge, whose crime is dated so.
 */
export function stepDatedEarlier(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!(h.type.startsWith("attack/") || h.type.startsWith("law-enforcement/")) || isTitle(ctx, h.sentence))
    return false;
  const cue = pastMonthYearCue(ctx, h.sentence) ?? pastYearCue(ctx, h.sentence);
  // "targeting US companies in ransomware attacks since November 2020": attacks that go on to this day.
  // A group active since then ("the LockBit ransomware group has been operating since 2019") is no deed.
  const ongoing =
    cue?.text.toLowerCase().startsWith("since") && !GROUP_NOUN.test(ctx.text.slice(h.span[0], h.span[1]));
  return !ongoing && cueRightAfter(cue, h.span[1], 40);
}

/** A known flaw's name within the three words before a flaw noun: "the Log4j vulnerability", "ProxyLogon & ProxyShell bugs". */
const KNOWN_FLAW_BEFORE = KNOWN_FLAWS.map(
  ([names, disclosed]) =>
    [new RegExp(String.raw`\b(?:${names})\b(?:\S*\s+){0,3}$`), Date.parse(disclosed)] as const,
);

/** The days after a named flaw's disclosure in which an article may still be telling of it first. */
const DISCLOSURE_NEWS_DAYS = 10;

/**
 * "after the Log4J vulnerabilities exposed critical infrastructure", in an article ten days or more
 * after Log4Shell was made public: a flaw the news knows by name is disclosed news only near its day.
 */
export function knownFlawRetold(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type !== "vulnerability/disclosure" || !ctx.published) return false;
  const published = Date.parse(ctx.published.slice(0, 10));
  if (Number.isNaN(published)) return false;
  const before = ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 60), h.span[0]);
  return KNOWN_FLAW_BEFORE.some(
    ([name, disclosed]) => published - disclosed > DISCLOSURE_NEWS_DAYS * 86_400_000 && name.test(before),
  );
}

/**
 * What a rule, a tool or a campaign is meant to prevent: "FCC to work on rules to prevent SIM swapping
 * attacks", "protecting Americans from scams". An attack it stopped ("blocked a DDoS attack") happened,
 * and so did one it should not repeat ("to prevent further unauthorized access").
 */
const GUARDED_AGAINST =
  /\b(?:prevent\w*(?! (?:further|future|more)\b)|fight\w*|combat\w*|(?:to|help|helps) counter|countering|tackl\w*|curb\w*|crack\w* down on|(?:protect|defend|guard|secur|shield)\w* (?:\w+ ){0,3}(?:from|against))\s+(?:[\w-]+\s+){0,3}$/i;

export function guardedAgainst(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (!h.type.startsWith("attack/") && h.type !== "fraud/scam") return false;
  return GUARDED_AGAINST.test(ctx.text.slice(Math.max(h.sentence.span[0], h.span[0] - 80), h.span[0]));
}

/**
 * A government's order or plea to patch flaws already known, or their addition to a catalogue of
 * exploited ones (CISA's Known Exploited Vulnerabilities): what agencies must do, not a flaw disclosed
 * or fixed as the article's news.
 */
export const KNOWN_FLAW_DIRECTIVE =
  /\b(?:(?:orders?|ordered|urges?|urged|requires?|required|directs?|directed|mandates?|mandated)\s+(?:[\w-]+\s+){0,4}(?:agencies|organi[sz]ations|orgs)\s+to\s+(?:patch|fix|update|remediate|mitigate)|(?:agencies|organi[sz]ations|orgs)\s+(?:have been|has been|were|are)\s+(?:ordered|urged|required|directed|mandated)\s+to\s+(?:patch|fix|update|remediate|mitigate)|known exploited vulnerabilities|(?:added|adds|adding)\s+(?:[^.]{0,60}?\s)?to\s+(?:its|the|CISA['’]?s?)\s+(?:[\w-]+\s+){0,3}?catalog(?:ue)?|catalog(?:ue)? of (?:known |actively )?(?:exploited )?(?:vulnerabilities|flaws|bugs))\b/i;

/** An update the article says holds no security fix. */
export const NON_SECURITY_UPDATE =
  /\b(?:(?:do|does|will) not|don['’]t|doesn['’]t|won['’]t) (?:contain|include|bring|offer) (?:any )?security (?:updates|fixes|patches)\b|\bnon-security (?:update|release|fix)|\bno security (?:updates|fixes|patches)\b/i;

/** The sentence opens on a year before the article's: it tells another, earlier case, whatever it reports. */
export function opensInPastYear(ctx: ExtractionContext, sentence: Sentence): boolean {
  if (isTitle(ctx, sentence)) return false;
  const year = YEAR_OPENING.exec(sentence.text)?.[1];
  return year !== undefined && Number(year) < Number(ctx.published?.slice(0, 4) ?? NaN);
}

/**
 * "a VPN service used by ransomware gangs", "exchanges that launder payments for ransomware groups",
 * "sanctioned for work with ransomware groups": the gangs named as another's customers, not an attack.
 */
const SERVES_BEFORE =
  /\b(?:used by|for use by|(?:work|working|worked) with|popular (?:with|among)|favou?red by|catering to|serv(?:ing|es|ed)|launder\w* (?:\w+ ){0,3}for|(?:linked|tied) to|associated with|helping|helped|assisting|assisted|(?:cash(?:ing)? out|convert\w*) (?:\w+ ){0,3}for) (?:the |many |several |major |various |multiple |other |\w+ )?$/i;
const SERVED_GANGS = /^ransomware (?:gang|group|operator|operation|actor|affiliate)s\b/i;

export function servesCriminals(ctx: ExtractionContext, h: TriggerHit<string>): boolean {
  if (h.type !== "attack/ransomware") return false;
  const at = h.span[0] - h.sentence.span[0];
  return (
    SERVED_GANGS.test(h.sentence.text.slice(at)) &&
    SERVES_BEFORE.test(h.sentence.text.slice(Math.max(0, at - 80), at))
  );
}

/** "… in 2021", "… of 2021", "… during 2021": a year the title is about. */
const YEAR_IN_TITLE = /\b(?:in|of|during|for) ((?:19|20)\d\d)\b/i;
/** Words of a count or a ranking: "almost tripled", "35% growth", "the biggest data breaches". */
const TALLY_CUE =
  /\d|%|\b(?:most|biggest|top|record|all-time|trends?|stories|growth|grows?|grew|doubled|tripled|tracking|warnings)\b/i;
/** Words of one incident: "Olympus suffers second cyberattack in 2021". */
const INCIDENT_VERB = /\b(?:suffers?|suffered|confirms?|confirmed|second|third|hits?|responsible)\b/i;

/**
 * A year's tally or review, of this year or the last ("Data breaches reached an all-time high in 2021",
 * "Our most-read cyber stories of 2021"): the cases it counts are not its own incident.
 */
export function yearTally(title: string, published: string | null | undefined): boolean {
  const year = YEAR_IN_TITLE.exec(title)?.[1];
  const now = Number(published?.slice(0, 4) ?? NaN);
  return (
    year !== undefined &&
    Number(year) >= now - 1 &&
    TALLY_CUE.test(title.replace(YEAR_IN_TITLE, "")) &&
    !INCIDENT_VERB.test(title)
  );
}

/**
 * A title about a law, a plan, guidance, rules or a debate rather than an incident. Not a law firm, a
 * law broken ("a fine for violating EU privacy laws"), a group or insurance policy, or an
 * infrastructure bill named as the moment of an attack.
 */
const POLICY_TITLE =
  /\b(?:(?<!\b(?:infrastructure|spending) )bill|(?<!\b(?:violat\w*|breach\w*|break\w*) (?:[\w-]+ ){0,2})laws?(?! firms?\b)|rules?|regulations?|strateg(?:y|ies)|(?:new|national|action|ransomware|security|cyber(?:security)?) plan|initiative|(?<!\b(?:group|insurance|privacy) )polic(?:y|ies)|guidance|guides?|debate|predicts?)\b/i;

/** Whether a title speaks of a law, a plan, guidance, rules or a debate (POLICY_TITLE). */
export const aboutPolicy = (title: string): boolean => POLICY_TITLE.test(title);

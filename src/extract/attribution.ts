/**
 * @module extract/attribution
 * The attribution claim for each threat actor: asserted, alleged or not linked, with the cue that
 * decided it. No false attribution is the first rule. An actor is linked only when the title or lead
 * names it with the incident, a sentence says it did this, or a sentence links "the group" / "the
 * three groups" to the incident right after naming them. A group seen only in background (an earlier
 * year, a comparison, a list of other gangs) is never linked, and a denial for the actor anywhere in
 * the article ("no evidence connects", "has not been linked") wins over every link.
 */
import type { AttributionModality, Cue, Span } from "../contracts.ts";
import type { Sentence } from "./analyse.ts";
import {
  isTitle,
  matchesIn,
  pastMonthCue,
  pastYearCue,
  prefiltered,
  recentDayCue,
  type ExtractionContext,
} from "./context.ts";
import { parseNumber } from "./number-words.ts";
import { UNCUED_RULE } from "./actors.ts";
import type { EntityTable } from "./entities.ts";
import { inGangList, LIST_ITEMS_AFTER, LIST_ITEMS_BEFORE } from "./lookup.ts";

const NOT_LINKED = prefiltered(
  /\b(?:(?:has|have|had|was|were|is|are) not (?:been )?(?:directly |yet |officially |publicly |formally )?(?:linked|tied|attributed|connected|blamed)|not (?:been )?(?:directly )?linked|no (?:evidence|indication|sign|proof) (?:of|that|linking|connecting|to|suggest\w*|indicat\w*|showing|pointing|ties)|not made any claims? connecting|unrelated to|no (?:known )?(?:link|connection|ties) (?:to|with|between)|not (?:believed to be )?(?:behind|responsible|involved)|denied (?:any )?(?:involvement|responsibility)|(?:copy|copying|copied|imitat\w+|mimic\w*) (?:a |the )?(?:successful )?(?:attack|tactics?|techniques?|playbook)|copycats?)\b/gi,
);
const BACKGROUND = prefiltered(
  /\b(?:such as|similar to|similar|echo(?:es|ing)?|mirror(?:s|ed|ing)?|reminiscent of|previously|earlier(?! (?:today|this (?!year\b)|on|in the day))|in the past|known for|notorious for|is known|are known|(?<!\b(?:attacks?|intrusions?|campaigns?|operations?|hacks?|wave) (?:that|which) )(?:has|have) targeted|also targeted|other (?:groups|gangs|actors)|compared (?:to|with)|like the|last year|in a separate|another (?:group|gang)|former|formerly|inspired|years? ago|history of|last (?:week|month|year)'s|(?:previous|prior) (?:attacks?|campaigns?|incidents?)|(?:also )?(?:came|comes|come) (?:as|after|amid|just as|days after|weeks after))\b/gi,
);
const LINKED = prefiltered(
  /\b(?:claim(?:ed|s|ing)? (?:responsibility|credit|the attack|to have)|took (?:responsibility|credit)|(?:is|are|was|were|been|be) behind (?:a |an |the |this |these |those |thousands of |many |several |multiple |dozens of )?(?:[\w-]+ ){0,3}?(?:attacks?|breach\w*|hacks?|intrusions?|campaigns?|incidents?|operations?|emails|streak|wave|series|spree)|behind (?:the|this|these) (?:[\w-]+ ){0,2}(?:attacks?|breach(?:es)?|hacks?|intrusions?|campaigns?|incidents?|operations?|activit(?:y|ies)|espionage)|carried out|attribut(?:ed|es|ing) (?:[\w-]+ ){0,4}?to|responsible for the|responsible for (?:(?:a|an|these|those|many|several|multiple|numerous|widespread|dozens of|hundreds of|a series of|a wave of|a string of) )?(?:[\w-]+ ){0,2}?(?:attacks|breaches|hacks|intrusions|campaigns|incidents|operations)|(?<!launch\w* (?:a |an |its |their )?(?:new )?(?:data )?|\b(?:stopped|ceased|no longer) [^.;]{0,40})(?:leak|data leak|extortion|dark web) (?:site|portal|blog)|(?:list|roster) of victims (?:for|of)|victims? list of|hit by|attacked by|claimed by|targeted by|breached by|compromised by|hacked by|victim of|deployed by|conducted by|orchestrated by|coordinated by|launched by|the work of|linked (?:[\w-]+ ){0,3}?to (?:the )?(?:[\w-]+ )?(?:attacks?|intrusions?|breach|campaign|activity|incident|hacks?)|link(?:ed|s|ing)? (?:the|this|these|those) (?:[\w-]+ )?(?:attacks?|intrusions?|breach(?:es)?|campaigns?|activity|incidents?|hacks?) to|named (?:the|this) (?:gang|group|crew|ring|operation)|implicated in (?:the |a |an |this |these |those )?(?:[\w-]+ ){0,3}?(?:attacks?|breach(?:es)?|hacks?|intrusions?|campaigns?|incidents?)|attributed|blamed|belong(?:s|ed|ing)? to|(?:activity|activities|attacks?|intrusions?|campaigns?|breach(?:es)?|hacks?|incidents?)\b[^.;]{0,80}?\b(?:was|were|has been|have been) (?:also )?(?:linked|tied) to)\b/gi,
);
const ALLEGED =
  /\b(?:suspected|suspect|allegedly|alleged|believed|believes|likely|reportedly|possibly|probably|appears? to|thought to|assess(?:ed|es)?|moderate confidence|low confidence|may have|might have|could be|could have|theori[sz]\w*|speculat\w*|implicated|either|some (?:security |cybersecurity |threat )?(?:experts|researchers|analysts))\b/gi;
/** "the group", "the three groups", "the gang": an earlier-named actor referred back to. */
const ANAPHOR =
  /\bthe (?:(two|three|four|five|six|\d) )?(?:same )?(?:[\w-]+ )?(groups?|gangs?|actors?|clusters?|crews?)\b/i;

/** "That report attributes the attack to Evilnum, but the researchers disagreed": a claim disputed later in the sentence. */
const DISPUTED =
  /\b(?:but|however|yet)\b[^.;]{0,60}\b(?:disagree[sd]?|disputed?s?|dismiss(?:ed|es)|reject(?:ed|s)|rebut(?:s|ted)?|contradict(?:ed|s)?|doubt(?:ed|s)?)\b/gi;

/** The dispute cue standing after an actor's mention in its sentence: the claim about that actor is doubted. */
function disputedAfter(sentence: Sentence, span: Span): Cue | null {
  for (const { match, span: at } of matchesIn(DISPUTED, sentence))
    if (at[0] >= span[1]) return { text: match[0], span: at };
  return null;
}

/** A sentence that opens on "if": a supposition, not a claim ("If the document was encrypted by X…"). */
const SUPPOSITION = /^\s*["“‘']?\s*if\b/i;

/**
 * "files were planted by the group known as X", "data stolen by X", "a massive attack on the retailer
 * MediaMarkt by the Hive Ransomware operation": the actor named as the agent of a harm.
 */
const AGENT_BY =
  /\b(?:(?:planted|installed|stolen|leaked|encrypted|exfiltrated|dumped|published)|(?:attacks?|breach(?:es)?|hacks?|intrusions?) (?:on|against) [^.;]{1,70}?) by (?:(?:the|two|different|groups?|[\w-]+ group known as|known as)\W+){0,6}$/i;

/**
 * "The Night Sky ransomware gang has started to exploit …", "HelloKitty ransomware is targeting …",
 * "APT35 is using the Log4j vulnerability to distribute …": the actor as the subject of a harm going
 * on now. A past one ("In May, the Avaddon gang hit AXA") is mostly an earlier case told as
 * background, and a passive ("was targeted") makes it the victim.
 */
const HARM_AFTER =
  /^(?:['’]s)?(?:\s+(?:ransomware|gang|group|operation|operators?|hackers|actors?|crew|affiliates?))*\s+(?:(?:has|have)\s+(?:now\s+)?(?:started|begun)\s+(?:to\s+)?(?:exploit|hack|breach|attack|hit|target|encrypt|steal|deploy|compromise|infect|extort)\w*|(?:is|are)\s+(?:now\s+)?(?:exploiting|hacking|breaching|attacking|targeting|encrypting|stealing|deploying|compromising|infecting|extorting)|(?:is|are)\s+(?:now\s+)?(?:using|leveraging|abusing|weaponi[sz]ing)\s+(?:(?:the|a|an|new|its|their)\s+)*(?:[\w-]+\s+){0,3}?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?|zero-days?|malware|backdoors?|toolkits?|ransomware|loaders?|trojans?)|now\s+(?:exploits|hacks|breaches|attacks|hits|targets|encrypts|steals|deploys|compromises|infects|extorts))\b/i;

/** "Hive ransomware now encrypts Linux and FreeBSD systems": what a strain can do, not a harm done. */
const PLATFORMS_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:Linux|FreeBSD|Windows|macOS|ESXi|VMware|Hyper-V|NAS|Unix|Solaris|Android|iOS)\b/i;

/** The words after a group's mention and the harm they tell of, if any. */
function harmWords(sentence: Sentence, span: Span): { rest: string; match: RegExpExecArray | null } {
  const rest = sentence.text.slice(span[1] - sentence.span[0], span[1] - sentence.span[0] + 90);
  return { rest, match: HARM_AFTER.exec(rest) };
}

/** The harm after the mention is what its strain can now do on a platform. */
function isCapability({ rest, match }: { rest: string; match: RegExpExecArray | null }): boolean {
  return (
    match !== null &&
    /\bnow\s+encrypts$/i.test(match[0]) &&
    PLATFORMS_AFTER.test(rest.slice(match.index + match[0].length))
  );
}

/** The group's mention is followed by what its strain can now do on a platform. */
const capabilityAfter = (sentence: Sentence, span: Span) => isCapability(harmWords(sentence, span));

function harmAfter(sentence: Sentence, span: Span): Cue | null {
  const words = harmWords(sentence, span);
  const { match } = words;
  if (!match || SUPPOSITION.test(sentence.text) || isCapability(words)) return null;
  // "MuddyWater, Phosphorus, and Moses Staff are targeting …": a list of groups characterised, not the case.
  const before = sentence.text.slice(Math.max(0, span[0] - sentence.span[0] - 8), span[0] - sentence.span[0]);
  if (/(?:,|\band|&)\s*$/i.test(before)) return null;
  return { text: match[0].trim(), span: [span[1], span[1] + match[0].length] };
}

/**
 * "has suffered a Clop ransomware attack", "was hit by a Conti ransomware attack": a victim's attack
 * named by its group. Not "in an Egregor attack against …", mostly an earlier case given as an example.
 */
const SUFFERED_BEFORE = /\b(?:suffered|experienced|endured|(?:hit|struck) (?:by|with)) (?:a|an|the)\s+$/i;
const ATTACK_AFTER = /^(?:\s+ransomware)?\s+(?:attack|breach|intrusion|infection)\b/i;

function suffered(sentence: Sentence, span: Span): Cue | null {
  return ATTACK_AFTER.test(sentence.text.slice(span[1] - sentence.span[0]))
    ? cueEndingAt(sentence, span, SUFFERED_BEFORE, 40)
    : null;
}

/**
 * "Ransomware gangs that coordinated attacks against tribal communities include REvil, Bitpaymer, …":
 * the gangs a relative clause says did the harm, listed by the clause's verb. A record ("that have
 * targeted") is background; "such as" examples are left to `examplesAt`.
 */
const PERPETRATOR_LIST = new RegExp(
  String.raw`\b((?:gangs|groups|operations|operators|crews|actors)\s+(?:that|which|who)\s+(?:coordinated|carried out|launched|conducted|staged|mounted|orchestrated|(?:are|were) behind)\s+[^.;:!?]{0,80}?\s+(?:include|includes|included))\s+` +
    LIST_ITEMS_BEFORE,
  "u",
);

/**
 * "ransomware groups, including Bitpaymer, Conti, … and Snatch, which have launched successful attacks
 * on casinos": a list of gangs and, after its last name, a relative clause telling of their attacks.
 */
const LIST_THEN_HARM = new RegExp(
  LIST_ITEMS_AFTER +
    String.raw`,\s+((?:which|who|that)\s+(?:(?:have|has|had)\s+)?(?:launched|carried out|conducted|staged|mounted|hit|attacked|breached|compromised)\b([^.;]{0,60}))`,
  "u",
);

/** The gangs a sentence lists as the ones that did the harm, by a clause before or after the list. */
const perpetratorListed = (ctx: ExtractionContext, sentence: Sentence, span: Span): Cue | null =>
  SUPPOSITION.test(sentence.text)
    ? null
    : (listedByClauseBefore(sentence, span) ?? listedBeforeHarmOnTitle(ctx, sentence, span));

/** "Ransomware gangs that coordinated attacks against … include REvil": the clause, as the cue. */
function listedByClauseBefore(sentence: Sentence, span: Span): Cue | null {
  const from = span[0] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, from - 300), from);
  const match = PERPETRATOR_LIST.exec(before);
  if (!match) return null;
  const start = span[0] - before.length + match.index;
  return { text: match[1] ?? "", span: [start, start + (match[1] ?? "").length] };
}

/**
 * "ransomware groups, including Bitpaymer, … and Snatch, which have launched successful attacks on
 * casinos" under "Native Tribal Casinos Taking Millions in Ransomware Losses": a gang list whose
 * clause after it names the title's victims.
 */
function listedBeforeHarmOnTitle(ctx: ExtractionContext, sentence: Sentence, span: Span): Cue | null {
  if (!inGangList(sentence, span)) return null;
  const after = LIST_THEN_HARM.exec(sentence.text.slice(span[1] - sentence.span[0]));
  if (!after) return null;
  const title = ctx.text.slice(ctx.titleSpan[0], ctx.titleSpan[1]).toLowerCase();
  const victims = (after[2] ?? "").match(/\p{Ll}{4,}/gu) ?? [];
  if (!victims.some((w) => title.includes(w.replace(/s$/, "")))) return null;
  const start = span[1] + after[0].length - (after[1] ?? "").length;
  return { text: after[1] ?? "", span: [start, start + (after[1] ?? "").length] };
}

/** A warning of attacks, before a mention: "warned local firms of ongoing cyberattacks coordinated by". */
const WARNED_OF =
  /\bwarn(?:s|ed|ing)?\b[^.;:]{0,60}\b(?:of|about|against)\b[^.;:]{0,40}\b(?:cyber-?)?(?:attacks?|campaigns?|intrusions?|activity|operations?)\b[^.;:]{0,60}$/i;

function warningBefore(sentence: Sentence, span: Span): boolean {
  const from = span[0] - sentence.span[0];
  return WARNED_OF.test(sentence.text.slice(Math.max(0, from - 160), from));
}

/**
 * The cue `re` finds in the `reach` characters right before a mention, as a cue of the sentence; none
 * in a supposition ("If the document was encrypted by X…").
 */
function cueEndingAt(sentence: Sentence, span: Span, re: RegExp, reach: number): Cue | null {
  if (SUPPOSITION.test(sentence.text)) return null;
  const from = span[0] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, from - reach), from);
  const match = re.exec(before);
  if (!match) return null;
  const start = span[0] - before.length + match.index;
  return { text: match[0].trim(), span: [start, start + match[0].trimEnd().length] };
}

const agentOfHarm = (sentence: Sentence, span: Span) => cueEndingAt(sentence, span, AGENT_BY, 80);

/**
 * The background cue of a sentence as it bears on one mention: examples introduced by "such as" or
 * "like the" are background, a group named before them is not ("conducted by members of the Evil Corp
 * gang, who attack under other names, such as Hades").
 */
function backgroundFor(ctx: ExtractionContext, sentence: Sentence, span: Span): Cue | null {
  const cue = backgroundCue(ctx, sentence) ?? earlierAttackReferredTo(ctx, sentence);
  if (!cue || cue.span[0] < span[1]) return cue;
  const relative = /^[^.;]*?,\s*(?:which|who|whom|whose)\b/i.test(ctx.text.slice(span[1], cue.span[0]));
  if (!/^(?:such as|like the)$/i.test(cue.text) && !relative) return cue;
  // A cue after the group speaks of the group's record ("X, which is behind various operations, such
  // as …", "APT29, which agencies linked to the SVR earlier this year"), not of this case, where the
  // link is told before the group ("The attacks were attributed to … APT29").
  const before = { ...sentence, text: sentence.text.slice(0, span[0] - sentence.span[0]) };
  if (!firstCue(LINKED, before)) return cue;
  return backgroundCue(ctx, { ...sentence, text: sentence.text.slice(0, cue.span[0] - sentence.span[0]) });
}

/** "the ransomware attack", "the breach": a definite attack the sentence refers back to. */
const THE_ATTACK = /\bthe (?:[\w-]+ )?(?:attack|breach|hack|incident|intrusion)\b/i;

/**
 * "…a ransomware breach the company suffered last August. The REvil gang took credit for the
 * ransomware attack": a sentence that refers back to an attack the sentence before dates months or
 * years ago speaks of that earlier case.
 */
function earlierAttackReferredTo(ctx: ExtractionContext, sentence: Sentence): Cue | null {
  // Two sentences may go on about the earlier attack ("…took credit for the attack. … disrupt the attack").
  for (let k = sentence.index; k > sentence.index - 3; k--) {
    const [current, previous] = [ctx.analysis.sentences[k], ctx.analysis.sentences[k - 1]];
    if (!current || !previous || !THE_ATTACK.test(current.text)) return null;
    // An earlier year, or "last August": "in July" may date the very attack the article is about.
    const month = pastMonthCue(ctx, previous);
    const cue = pastYearCue(ctx, previous) ?? (month && /^last\s/i.test(month.text) ? month : null);
    if (cue) return cue;
  }
  return null;
}

const backgroundCue = (ctx: ExtractionContext, sentence: Sentence): Cue | null =>
  firstCue(BACKGROUND, sentence) ?? pastYearCue(ctx, sentence) ?? pastMonthCue(ctx, sentence);

function firstCue(re: RegExp, sentence: Sentence): Cue | null {
  for (const { match, span } of matchesIn(re, sentence)) return { text: match[0], span };
  return null;
}

export interface Attribution {
  readonly actorKey: string;
  readonly modality: AttributionModality;
  readonly cue: Cue | null;
  readonly span: Span;
  readonly confidence: number;
}

interface Link {
  readonly cue: Cue | null;
  readonly span: Span;
  readonly alleged: Cue | null;
}

/** A short line with no closing stop is one item of a list ("Naikon APT", "TG-3390 (APT27, Emissary Panda)"). */
const isListItem = (s: Sentence) => s.text.trim().length <= 80 && !/[.!?]["”’]?$/.test(s.text.trim());

/** "the NEW Cooperative attack", "the Colonial Pipeline ransomware attack": an attack named by its victim. */
const NAMED_ATTACK =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4})(?:ransomware\s+|cyber\s*)?(?:attack|breach|hack|intrusion)\b/gu;
const NOT_A_VICTIM_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ransomware|Cyber)$/;

/**
 * "The threat actors behind the NEW Cooperative attack are demanding $5.9 million", in a story on
 * Crystal Valley: an attack named by a victim the title and lead never name is another case than the
 * article's. Not an attack named by a group ("the REvil attack").
 */
function otherVictimsAttack(table: EntityTable, sentence: Sentence, lead: string): Cue | null {
  for (const { match, span } of matchesIn(NAMED_ATTACK, sentence)) {
    const nameStart = span[0] + match[0].indexOf(match[1] ?? "");
    const words = (match[1] ?? "").trim().split(/\s+/);
    if (words.some((w) => w.length < 3 || NOT_A_VICTIM_WORD.test(w) || lead.includes(w))) continue;
    const named = (type: "threat-actor" | "malware") =>
      table
        .keys(type)
        .some((key) => table.get(key)?.mentions.some((m) => m.span[0] >= nameStart && m.span[0] < span[1]));
    if (named("threat-actor") || named("malware")) continue;
    return { text: match[0], span };
  }
  return null;
}

/** The end of the lead: the title and the first two body sentences. */
function leadEndOf(ctx: ExtractionContext): number {
  const body = ctx.analysis.sentences.filter((s) => !isTitle(ctx, s));
  return (body[1] ?? body[0])?.span[1] ?? ctx.titleSpan[1];
}

/**
 * Actors a body sentence with a link cue points at without naming them: a list it introduces ("…
 * linked the intrusions to three Chinese threat actors:" followed by one name per line), or the last
 * N actors named just before it ("Cybereason linked the three groups to intrusions at five telcos").
 */
function referredLinks(ctx: ExtractionContext, table: EntityTable): Map<string, Link> {
  const links = new Map<string, Link>();
  const mentions = table
    .keys("threat-actor")
    .flatMap((key) => (table.get(key)?.mentions ?? []).map((m) => ({ key, span: m.span })))
    .sort((a, b) => a.span[0] - b.span[0]);
  // With no group named, no sentence can refer to one.
  if (mentions.length === 0) return links;
  const { sentences } = ctx.analysis;
  const lead = ctx.text.slice(0, leadEndOf(ctx));
  for (const sentence of sentences) {
    const own = mentions.some((m) => m.span[0] >= sentence.span[0] && m.span[0] < sentence.span[1]);
    if (own || isTitle(ctx, sentence) || backgroundCue(ctx, sentence)) continue;
    const linkCue = firstCue(LINKED, sentence);
    // "no evidence indicating that the campaign is the work of the same group": a denial, not a link.
    if (!linkCue || firstCue(NOT_LINKED, sentence)) continue;
    if (otherVictimsAttack(table, sentence, lead)) continue;
    const anaphor = ANAPHOR.exec(sentence.text);
    const link = { cue: linkCue, span: linkCue.span, alleged: firstCue(ALLEGED, sentence) };
    if (sentence.text.trimEnd().endsWith(":")) {
      const items = sentences
        .slice(sentence.index + 1)
        .findIndex((s) => s.paragraph === sentence.paragraph || !isListItem(s));
      const listEnd = sentences[sentence.index + 1 + (items < 0 ? sentences.length : items)]?.span[0];
      for (const m of mentions)
        if (m.span[0] >= sentence.span[1] && m.span[0] < (listEnd ?? ctx.text.length) && !links.has(m.key))
          links.set(m.key, link);
      continue;
    }
    if (!anaphor) continue;
    // "the cybercriminal group has been a victim of a ransomware attack": named before an agent's
    // cue, the group is the one hit.
    if (AGENT_AFTER_CUE.test(linkCue.text) && sentence.span[0] + anaphor.index < linkCue.span[0]) continue;
    const plural = /s$/.test(anaphor[2] ?? "");
    const wanted = anaphor[1] ? (parseNumber(anaphor[1]) ?? 1) : plural ? 2 : 1;
    const windowStart = ctx.analysis.sentences[Math.max(0, sentence.index - 3)]?.span[0] ?? 0;
    // "It emerged from the DarkSide ransomware gang … The threat actor steals data": a group named as
    // another's lineage is not the one referred back to.
    const before = mentions.filter(
      (m) => m.span[0] >= windowStart && m.span[0] < sentence.span[0] && !lineageAt(ctx, m.span),
    );
    const recent: string[] = [];
    for (const m of [...before].reverse()) if (!recent.includes(m.key)) recent.push(m.key);
    if (recent.length < wanted) continue;
    for (const key of recent.slice(0, wanted)) if (!links.has(key)) links.set(key, link);
  }
  return links;
}

/** A law-enforcement action taken on a group's people: "sanctioned REvil affiliates", "Charges APT41 Hackers". */
const ACTION_ON =
  /\b(?:charg(?:es|ed)|indict(?:s|ed)|arrest(?:s|ed)|sanction(?:s|ed)|sentenc(?:es|ed)|extradit(?:es|ed)|detain(?:s|ed)|convict(?:s|ed)|prosecut(?:es|ed))\s+(?:[\w-]+\s+){0,3}$/i;
const MEMBERS_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:hackers|members|affiliates|operators|suspects|associates|leaders|admins|administrators|developers)\b/i;
/** The people this article's action took are members of the group named next. */
const ARRESTED_MEMBERS =
  /\b(?:those|people|suspects|individuals|men|women|persons|defendants|\d+)\s+(?:arrested|detained|charged|indicted|apprehended)\s+(?:are|were)\s+(?:\w+\s+){0,2}?(?:members|part)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:called|named|known as|dubbed)\s+)?['"‘“]?$/i;
/** "detained members of the REvil gang": the people acted on, named before the group. */
const MEMBERS_BEFORE =
  /\b(?:hackers|members|affiliates|operators|suspects|associates|leaders|admins|administrators|developers) of (?:the )?$/i;
/** The sentence tells today's news: "Today, the Treasury also sanctioned …". */
const TODAY = /\b(?:today|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/** A heading line inside the body, as in a weekly round-up: short, no closing stop. */
const isHeading = (s: Sentence) => s.text.trim().length <= 120 && !/[.!?:]["”’]?$/.test(s.text.trim());

/** Headings a body must hold, each over its own item, to be a round-up of several stories. */
const ROUNDUP_HEADINGS = 3;

/**
 * The item headings of a round-up ("The Week in Ransomware": "Chaos ransomware targets gamers via fake
 * Minecraft alt lists", then the item's text): a paragraph of one short line with no closing stop,
 * followed by a paragraph of text. Each heads a story of its own, told as a title tells the article's.
 * Empty for articles with fewer.
 */
function roundupHeadings(ctx: ExtractionContext): Set<number> {
  const { sentences } = ctx.analysis;
  const headings = new Set<number>();
  for (const sentence of sentences) {
    const [previous, next] = [sentences[sentence.index - 1], sentences[sentence.index + 1]];
    if (
      isTitle(ctx, sentence) ||
      !isHeading(sentence) ||
      previous?.paragraph === sentence.paragraph ||
      !next ||
      next.paragraph === sentence.paragraph ||
      isHeading(next)
    )
      continue;
    headings.add(sentence.index);
  }
  return headings.size >= ROUNDUP_HEADINGS ? headings : new Set();
}

/**
 * "Hive ransomware attacks Memorial Health System", "Clop gang exploiting SolarWinds Serv-U flaw": a
 * heading's group as the subject of a harm, told as a title tells it.
 */
const HEADLINE_HARM_AFTER =
  /^(?:['’]s)?(?:\s+(?:ransomware|gang|group|hacking group|operation|operators?|hackers|actors?|crew|affiliates?))*\s+(?:(?:is|are|now)\s+)?(?:attack(?:s|ed|ing)?|hits?|hitting|breach(?:es|ed|ing)?|target(?:s|ed|ing)?|exploit(?:s|ed|ing)?|encrypt(?:s|ed|ing)?|steals?|stole|stealing|leak(?:s|ed|ing)?|extort(?:s|ed|ing)?|compromise[sd]?|compromising|infect(?:s|ed|ing)?|claim(?:s|ed|ing)?)\b/i;

function headlineHarmAfter(sentence: Sentence, span: Span): Cue | null {
  // The group opens the heading, as its subject ("FBI: Ranzy Locker ransomware hit …"), not "for Conti
  // ransomware attacks".
  if (!/^\s*(?:[\w.]+:\s*)?(?:the\s+)?$/i.test(sentence.text.slice(0, span[0] - sentence.span[0])))
    return null;
  const rest = sentence.text.slice(span[1] - sentence.span[0]);
  const match = HEADLINE_HARM_AFTER.exec(rest);
  // "Hive ransomware now encrypts Linux", "New Polaris ransomware targeting Linux": what a strain does.
  if (!match || PLATFORMS_AFTER.test(rest.slice(match[0].length))) return null;
  return { text: match[0].trim(), span: [span[1], span[1] + match[0].length] };
}

/**
 * The article's own law-enforcement action names the group whose members it targets, in a heading
 * or in a sentence about today: the group is linked to the crimes alleged.
 */
function actionOnMembers(ctx: ExtractionContext, sentence: Sentence, span: Span): boolean {
  // "Some of those arrested are allegedly members of a cybercrime network called SilverTerrier."
  if (ARRESTED_MEMBERS.test(ctx.text.slice(Math.max(sentence.span[0], span[0] - 140), span[0]))) return true;
  if (!(isHeading(sentence) || TODAY.test(sentence.text) || recentDayCue(ctx, sentence))) return false;
  const before = ctx.text.slice(Math.max(sentence.span[0], span[0] - 60), span[0]);
  return (
    ACTION_ON.test(before) &&
    (MEMBERS_BEFORE.test(before) ||
      MEMBERS_AFTER.test(ctx.text.slice(span[1], Math.min(sentence.span[1], span[1] + 60))))
  );
}

/** Between a linked operation and the group said to run it: "Conti … believed to be controlled by … Wizard Spider". */
const RUN_BY = /\b(?:controlled|operated|run|managed|developed|maintained|owned)\s+by\b/i;
/** A looser tie from a linked operation to a group, which makes the group's link alleged: "linked to the Wizard Spider group". */
const TIED_TO = /\b(?:linked|tied|connected)\s+to\b|\bassociated\s+with\b/i;
/** Between a group and the linked operation it runs: "Wizard Spider, which operates Conti". */
const RUNS = /\b(?:controls|operates|runs|manages|develops|maintains|owns|(?:is|are|was|were) behind)\b/i;

/**
 * The group a sentence says runs a linked operation shares its link: "Conti ransomware is a RaaS
 * operation believed to be controlled by … Wizard Spider". Only for a linked operation, never from
 * a background sentence, and alleged where the sentence hedges.
 */
function operatorLinks(
  ctx: ExtractionContext,
  table: EntityTable,
  claims: readonly Attribution[],
): Attribution[] {
  const linked = new Set(claims.filter((c) => c.modality !== "not-linked").map((c) => c.actorKey));
  const spans = table
    .keys("threat-actor")
    .flatMap((key) => (table.get(key)?.mentions ?? []).map((m) => ({ key, span: m.span })));
  const found: Attribution[] = [];
  for (const claim of claims) {
    if (claim.modality !== "not-linked" || claim.cue) continue;
    for (const mention of table.get(claim.actorKey)?.mentions ?? []) {
      const sentence = ctx.analysis.sentenceAt(mention.span[0]);
      // What the sentence adds after the group names the group's own record ("…, also known for
      // Ryuk"), not a background case: only the words up to the group count.
      const upToGroup = { ...sentence, text: sentence.text.slice(0, mention.span[1] - sentence.span[0]) };
      if (isTitle(ctx, sentence) || backgroundCue(ctx, upToGroup)) continue;
      let tied = false;
      const operation = spans.find(({ key, span }) => {
        if (!linked.has(key) || span[0] < sentence.span[0] || span[1] > sentence.span[1]) return false;
        const [from, to, cue] =
          span[1] <= mention.span[0] ? [span[1], mention.span[0], RUN_BY] : [mention.span[1], span[0], RUNS];
        const between = ctx.text.slice(from, to);
        const interloper = spans.some((o) => o.span[0] >= from && o.span[1] <= to);
        if (from > to || between.length > 160 || interloper) return false;
        tied = cue === RUN_BY && !cue.test(between) && TIED_TO.test(between);
        return cue.test(between) || tied;
      });
      if (!operation) continue;
      const alleged = firstCue(ALLEGED, sentence) ?? (tied ? firstCue(TIED_TO, sentence) : null);
      found.push({
        actorKey: claim.actorKey,
        modality: alleged ? "alleged" : "asserted",
        cue: alleged ?? firstCue(operation.span[1] <= mention.span[0] ? RUN_BY : RUNS, sentence),
        span: mention.span,
        confidence: alleged ? 60 : 80,
      });
      break;
    }
  }
  return found;
}

/**
 * "Even after Emotet takedown, Office docs deliver 43% of malware": a group named as the subject of an
 * earlier event the title or lead dates the news by is not the news's actor.
 */
function earlierEventOf(ctx: ExtractionContext, span: Span): boolean {
  const before = ctx.text.slice(Math.max(0, span[0] - 24), span[0]);
  const after = ctx.text.slice(span[1], span[1] + 30);
  return (
    DAYS_AFTER.test(
      ctx.text.slice(Math.max(ctx.analysis.sentenceAt(span[0]).span[0], span[0] - 200), span[0]),
    ) ||
    (/\b(?:after|following|since|before)\s+(?:the\s+)?(?:last\s+\w+['’]s\s+)?$/i.test(before) &&
      (/^(?:['’]s)?\s+(?:\w+\s+)?(?:takedown|attacks?|arrests?|hacks?|breach|shutdown|disruption|raids?|collapse|demise|leaks?)\b/i.test(
        after,
      ) ||
        // "after REvil got hit by law enforcement": the group the earlier event befell.
        /^\s+(?:was|were|got|had been)\s+(?:\w+\s+)?(?:hit|raided|disrupted|seized|attacked|hacked|dismantled|taken down|shut down)\b/i.test(
          after,
        ))) ||
    ENDED_BEFORE.test(ctx.text.slice(Math.max(0, span[0] - 120), span[0])) ||
    ((LEGAL_OVER.test(ctx.text.slice(Math.max(0, span[0] - 80), span[0])) ||
      LEGAL_CAUSE.test(ctx.text.slice(Math.max(0, span[0] - 200), span[0])) ||
      yearBefore(ctx, before)) &&
      /^(?:['’]s)?\s+(?:\w+\s+)?(?:attacks?|hacks?|breach|cyberattacks?|incident)\b/i.test(after))
  );
}

/**
 * "Google announced new protections one day after telling 14,000 Gmail users that they had been
 * targets of Russian-government group APT28": a group named in a clause dated days before the news.
 */
const DAYS_AFTER =
  /\b(?:(?:a|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?)|a day|shortly|just|soon) after\b[^;]*$/i;

/** "a lawsuit against its insurer, which declined to cover the losses caused by the NotPetya attack". */
const LEGAL_CAUSE =
  /\b(?:lawsuits?|suits?|sued|insurers?|insurance|payouts?|court|settle\w*|compensation)\b[^.]{0,160}\b(?:losses|damages?|costs)\s+(?:caused by|from|of)\s+(?:the\s+)?$/i;

/** "the 2017 NotPetya cyberattacks": a year before the article's, right before the name. */
function yearBefore(ctx: ExtractionContext, before: string): boolean {
  const year = /\b((?:19|20)\d\d)\s+$/.exec(before)?.[1];
  const published = Number(ctx.published?.slice(0, 4) ?? NaN);
  return year !== undefined && Number(year) < published;
}

/** "Insurance Payout over NotPetya Attack", "lawsuit related to NotPetya attack": a claim about an attack long done. */
const LEGAL_OVER =
  /\b(?:payouts?|lawsuits?|suits?|sues|sued|settle\w*|fined?|claims?|compensation|damages|insurance)\b[^.]{0,40}\b(?:over|related to|relating to|stemming from|arising from|tied to)\s+(?:the\s+)?$/i;

/**
 * "the sudden retirement of rival operations Darkside, Avaddon, and REvil": groups named for how they
 * ended, the list's later names included, are the news's background. A takedown or shutdown is often
 * the news itself, so only words for a group's own end count.
 */
const ENDED_BEFORE =
  /\b(?:retirement|demise|disappearance|exit|collapse|retired|defunct)\s+(?:of\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.-]*)?(?:,\s*(?:and\s+)?|\s+and\s+)){0,4}$/u;

/** "the leaked Babuk code", "Maze, Egregor decryptors": a gang's code or its keys, not the gang acting. */
const TOOLS_AFTER =
  /^(?:\s+ransomware)?\s+(?:source\s+)?(?:code|builder|decryptors?|decryption\s+keys?|master\s+keys?)\b/i;
const KEYS_FOR_BEFORE =
  /\b(?:(?:[Dd]ecryptors?|[Dd]ecryption [Kk]eys?|[Mm]aster [Kk]eys?|[Kk]eys)(?: (?:[Pp]ublished|[Rr]eleased|[Ll]eaked|[Ss]hared|[Pp]osted|[Oo]ut))? for|(?:source )?code (?:of|from)|builder (?:of|from)) (?:the )?(?:leaked )?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:,\s*(?:and\s+)?|\s+and\s+))*$/u;

/**
 * A group named in the title or lead for its code ("yet another spawn of the leaked Babuk code") or for
 * the keys to its encryption ("shared the master decryption keys for the Egregor, Maze, and Sekhmet
 * ransomware operations") is what the news is about, not who acted in it.
 */
function namedForItsTools(ctx: ExtractionContext, span: Span): boolean {
  const after = ctx.text.slice(span[1], span[1] + 40);
  const before = ctx.text.slice(Math.max(0, span[0] - 100), span[0]);
  // The list's last name carries the kind word: "… for the Egregor, Maze, and Sekhmet ransomware operations".
  return (
    TOOLS_AFTER.test(after.replace(/^(?:,\s*(?:and\s+)?[\p{Lu}][\p{L}\p{N}.-]*)+/u, "")) ||
    KEYS_FOR_BEFORE.test(before)
  );
}

/**
 * "the Maze ransomware developers reemerged as they shared the master decryption keys for …": a lead
 * that tells of keys handed out tells of no attack by the group that hands them out.
 */
const KEYS_RELEASED =
  /\b(?:(?:shar|releas|publish|leak|post|dump|hand)\w*\s+(?:(?:out|over)\s+)?(?:[\w-]+\s+){0,3}?(?:decryption|master|private)\s+keys?|(?:decrypt(?:ion|or)|master|private)\s+keys?\s+(?:(?:were|was|are|is|have been|has been)\s+)?(?:shared|released|published|leaked|posted|dumped))\b/i;

/**
 * After a group's name, a passive that makes it the one attacked: "Babuk Ransomware Gang Ransomed, New
 * Forum Stuffed With Porn", "the REvil gang's forum was hacked". An active verb has its object after it
 * ("REvil hacked Kaseya"), so only a verb the clause ends at, or "by"/"after" follows, is read.
 */
const ATTACKED_AFTER =
  /^(?:['’]s?)?(?:\s+(?:ransomware|gang|group|operation|operators?|forum|site|servers?|infrastructure|crew))*\s+(?:(?:was|were|got|gets|has been|have been|had been|is|are|being)\s+)?(?:ransomed|hacked|breached|doxx?ed|pwned|defaced)(?=\s*(?:[,:;.!?–—]|$)|\s+(?:by|after|in an?|over)\b)/i;

function attackedAt(ctx: ExtractionContext, span: Span): boolean {
  return ATTACKED_AFTER.test(ctx.text.slice(span[1], span[1] + 60));
}

/** Words that set a group beside another as the one it outdoes: "has overtaken Conti", "more active than LockBit". */
const RIVAL_BEFORE =
  /\b(?:overtak(?:e|es|en|ing)|overtook|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|outrank(?:s|ed|ing)?|dethron(?:e|es|ed|ing)|edg(?:es|ed|ing) out|ahead of|than)\s+(?:the\s+)?$/i;

/** The name of a group and, after it, more names joined by commas or "and" (a list's first names). */
const GROUP_LIST = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:,\s*(?:and\s+)?|\s+and\s+))*`;
/**
 * "the successor of DarkSide", "a rebrand of the now-defunct REvil", "rises from the ashes of DarkSide,
 * REvil", "the best features of Darkside and REvil", "It emerged from the DarkSide ransomware gang".
 */
const LINEAGE_BEFORE = new RegExp(
  String.raw`\b(?:(?:successors?|succesors?|heirs?|rebrand(?:ing)?|rebirth|reincarnation|offshoots?|spin-?offs?|descendants?|continuation|evolution|ashes|footsteps|playbook|(?:best )?features|elements|tactics|mistakes|lessons|failures|fate) (?:of|to|from)|(?:emerged|emerges|emerging|grew out|grown out|spun off|splintered|split off|broke away|evolved|descended|derived) from) (?:the )?(?:now-defunct |defunct |former |older |notorious )?(?:[\p{Ll}-]+ )?` +
    GROUP_LIST +
    "$",
  "u",
);
/** "claims to be Darkside and REvil succesor", "DarkSide's successor", "REvil rebrand". */
const LINEAGE_AFTER =
  /^(?:(?:,\s*(?:and\s+)?|\s+and\s+)[\p{Lu}\p{N}][\p{L}\p{N}.-]*)*(?:['’]s)?(?:\s+(?:ransomware|gang|group|operation))?\s+(?:successor|succesor|heir|rebrand|offshoot|spin-?off|descendant)\b/u;

/**
 * "New BlackMatter ransomware group claims to be Darkside and REvil succesor": a group named as the one
 * another descends from, rebrands or borrows from is its lineage, not the actor of the case.
 */
function lineageAt(ctx: ExtractionContext, span: Span): boolean {
  return (
    LINEAGE_BEFORE.test(ctx.text.slice(Math.max(0, span[0] - 100), span[0])) ||
    LINEAGE_AFTER.test(ctx.text.slice(span[1], span[1] + 80))
  );
}

/**
 * "claiming that it combined the features of notorious groups like REvil and DarkSide", "larger
 * operations like REvil, Netwalker, Ryuk": groups given as examples of a kind, not the case's actors.
 */
const EXAMPLES_BEFORE = new RegExp(
  String.raw`\b(?:gangs|groups|operations|operators|crews|actors|families|strains)\s*,?\s+(?:such as|like)\s+` +
    LIST_ITEMS_BEFORE,
  "u",
);

function examplesAt(ctx: ExtractionContext, span: Span): boolean {
  return EXAMPLES_BEFORE.test(ctx.text.slice(Math.max(0, span[0] - 300), span[0]));
}

/** "PYSA has overtaken Conti as the top ransomware group", "fellow ransomware gang REvil": a rival or a peer, not the case's actor. */
function rivalAt(ctx: ExtractionContext, span: Span): boolean {
  const before = ctx.text.slice(Math.max(0, span[0] - 40), span[0]);
  // "after news broke that fellow ransomware gang REvil had its servers taken over": a peer of the actor.
  return RIVAL_BEFORE.test(before) || /\bfellow\s+(?:[\w-]+\s+){0,3}$/i.test(before);
}

/**
 * ", the Russia-based criminal gang that was", " ransomware gang, a criminal group that": an apposition
 * after a name (and its kind), opening a relative clause.
 */
const APPOSITIVE_RECORD =
  /^(?:\s+(?:ransomware|hacking|cybercrime|threat|gang|group|crew|operation|actors?))*,\s+(?:the|a|an)\s+[^,.;()]{0,80}?\b(?:that|which|who)\s+(?:(?:was|were|is|are|has been|had been)\s+)?$/i;

/** A passive cue whose agent follows it: "hit by X", "the work of X". */
const AGENT_AFTER_CUE = /(?:\bby|\bvictim of|\bwork of)$/i;
/** Words that open a new clause between a passive cue and a later name: "attacked by X have ties with …". */
const NEW_CLAUSE = /\b(?:have|has|had|is|are|was|were|which|that|who|while|and then)\b/i;
/** A naming phrase right before a name: "tracking as", "known as", "dubbed", "called". */
const NAMED_AS_BEFORE = /\b(?:track(?:s|ed|ing)? as|known as|dubbed|called|named)\s*[*"“'‘]*\s*(?:the\s+)?$/i;

/**
 * The sentence's link cue as it bears on one mention: "REvil got hit by law enforcement" makes REvil
 * the one hit, not the one who hit, so a passive cue after the mention does not link it.
 */
function linkCueFor(sentence: Sentence, span: Span): Cue | null {
  const cue = firstCue(LINKED, sentence);
  if (!cue) return null;
  if (cue.span[0] < span[1]) {
    // "organizations attacked by PseudoManuscrypt have ties with victims of the Lazarus campaign": the
    // agent a passive cue names stands right after it; a new clause before the mention is another's.
    const between = sentence.text.slice(cue.span[1] - sentence.span[0], span[0] - sentence.span[0]);
    // "the work of a new threat actor the company was tracking as DEV-0322": a clause that names the agent.
    const namesAgent = NAMED_AS_BEFORE.test(between);
    return AGENT_AFTER_CUE.test(cue.text) && NEW_CLAUSE.test(between) && !namesAgent ? null : cue;
  }
  const between = sentence.text.slice(span[1] - sentence.span[0], cue.span[0] - sentence.span[0]);
  // "the servers of REvil, the Russia-based criminal gang that was behind the massive attack": an
  // apposition that tells who the group is, by its record, not what it did here.
  if (APPOSITIVE_RECORD.test(between)) return null;
  if (!AGENT_AFTER_CUE.test(cue.text)) return cue;
  return /^(?:['’]s)?(?:\s+(?:ransomware|gang|group|operation|operators?|servers?|sites?|infrastructure))*\s+(?:(?:was|were|got|gets|has been|have been|had been|is|are|being)\s+)?(?:\w+ly\s+)?$/i.test(
    between,
  )
    ? null
    : cue;
}

/** Decides, for every threat-actor entity, whether the article links it to its own incident. */
export function attributeActors(ctx: ExtractionContext, table: EntityTable): Attribution[] {
  const leadEnd = leadEndOf(ctx);
  const lead = ctx.text.slice(0, leadEnd);
  const referredBack = referredLinks(ctx, table);
  const itemHeadings = roundupHeadings(ctx);
  const policeTitle = LAW_ENFORCEMENT_TITLE.test(ctx.text.slice(ctx.titleSpan[0], ctx.titleSpan[1]));
  const claims: Attribution[] = [];
  /** Actors the title or lead links, and the sentence each body-only link was read in. */
  const headlined = new Set<string>();
  const bodyLinkSentence = new Map<string, Sentence>();
  const itemLinked = new Set<string>();
  for (const key of table.keys("threat-actor")) {
    const entity = table.get(key);
    if (!entity) continue;
    if (entity.rule === UNCUED_RULE) {
      const span = entity.mentions[0]?.span ?? [0, 0];
      claims.push({ actorKey: key, modality: "not-linked", cue: null, span, confidence: 60 });
      continue;
    }
    let denial: Cue | null = null;
    let link: Link | null = null;
    // "Babuk Ransomware Gang Ransomed": a group the title says was attacked is the story's victim; the
    // title and lead then name it as such, and only a cue of its own links it.
    const titleVictim = entity.mentions.some(
      (m) => isTitle(ctx, ctx.analysis.sentenceAt(m.span[0])) && attackedAt(ctx, m.span),
    );
    for (const mention of entity.mentions) {
      const sentence = ctx.analysis.sentenceAt(mention.span[0]);
      const denied = firstCue(NOT_LINKED, sentence) ?? disputedAfter(sentence, mention.span);
      const background =
        backgroundFor(ctx, sentence, mention.span) ?? otherVictimsAttack(table, sentence, lead);
      // "X is not linked to last month's attacks" denies another case, not this one.
      if (denied && !background) denial ??= denied;
      if (
        denied ||
        rivalAt(ctx, mention.span) ||
        lineageAt(ctx, mention.span) ||
        examplesAt(ctx, mention.span) ||
        attackedAt(ctx, mention.span)
      )
        continue;
      const itemHarm = itemHeadings.has(sentence.index) ? headlineHarmAfter(sentence, mention.span) : null;
      // A round-up's item heading tells its own story: linked there, the group is never a side case.
      if (itemHarm && !background) itemLinked.add(key);
      const linkCue =
        itemHarm ??
        linkCueFor(sentence, mention.span) ??
        agentOfHarm(sentence, mention.span) ??
        suffered(sentence, mention.span) ??
        perpetratorListed(ctx, sentence, mention.span) ??
        harmAfter(sentence, mention.span);
      const prominent =
        !titleVictim &&
        (isTitle(ctx, sentence) || (mention.span[0] < leadEnd && !RETOLD.test(sentence.text))) &&
        !earlierEventOf(ctx, mention.span) &&
        !namedForItsTools(ctx, mention.span) &&
        !KEYS_RELEASED.test(sentence.text) &&
        !capabilityAfter(sentence, mention.span);
      // "Last week, the BfV warned local firms of ongoing cyberattacks coordinated by APT27": past the
      // lead, attacks another body warned of are that warning's, not this incident's.
      const warnedOf = !prominent && linkCue !== null && warningBefore(sentence, mention.span);
      // "… have attributed this month's attacks to Ghostwriter", in a report of a sanction: attacks the
      // sentence dates to this or last week or month are another case than the police or court action.
      const sideAttacks = !prominent && policeTitle && DATED_ATTACKS.test(sentence.text);
      if (
        ((linkCue && !warnedOf) || prominent || actionOnMembers(ctx, sentence, mention.span)) &&
        !background &&
        !sideAttacks
      ) {
        if (prominent) headlined.add(key);
        else if (!link) bodyLinkSentence.set(key, sentence);
        link ??= { cue: linkCue, span: mention.span, alleged: firstCue(ALLEGED, sentence) };
      }
    }
    if (headlined.has(key) || itemLinked.has(key)) bodyLinkSentence.delete(key);
    // A sentence that only refers back to a group the title says was attacked tells its history.
    if (!titleVictim) link ??= referredBack.get(key) ?? null;
    if (link && !denial) {
      const modality: AttributionModality = link.alleged ? "alleged" : "asserted";
      claims.push({
        actorKey: key,
        modality,
        cue: link.alleged ?? link.cue,
        span: link.span,
        confidence: modality === "asserted" ? 85 : 60,
      });
    } else {
      const span = entity.mentions[0]?.span ?? [0, 0];
      claims.push({ actorKey: key, modality: "not-linked", cue: denial, span, confidence: denial ? 85 : 70 });
    }
  }
  // A round-up tells many stories: none is a side case of another's.
  const kept =
    itemHeadings.size > 0
      ? claims
      : withoutSideLinks(ctx, table, claims, headlined, bodyLinkSentence, policeTitle);
  const operators = new Map(operatorLinks(ctx, table, kept).map((c) => [c.actorKey, c]));
  return kept.map((c) => operators.get(c.actorKey) ?? c);
}

/** A sentence opened by a concession: "While X, …", "Although X, …". */
const CONCESSION = /^\s*["“]?(?:While|Whilst|Although|Though|Even though)\b[^,]*,/;

/** The part of a sentence a mention is read in: the concession it opens with, or the rest; else all of it. */
function clauseOf(ctx: ExtractionContext, sentence: Sentence, span: Span): Span {
  const concession = CONCESSION.exec(sentence.text);
  if (!concession) return sentence.span;
  const split = sentence.span[0] + concession[0].length;
  return span[0] < split ? [sentence.span[0], split] : [split, sentence.span[1]];
}

/** Words that date a sentence's case before the article's own: "Last week, …", "Earlier this month". */
const EARLIER_CASE =
  /\b(?:last (?:week|month)|earlier this (?:month|year)|(?:a|one|two|three) (?:weeks?|months?) ago|(?:first|previously) reported)\b/i;
/** A lead sentence that retells earlier news: "Last week, BleepingComputer first reported that …". */
const RETOLD = /\b(?:first|previously|earlier) reported\b/i;

/** The group's first mention stands in a sentence that dates its case earlier or tells background. */
function introducedAsEarlier(ctx: ExtractionContext, table: EntityTable, key: string): boolean {
  const first = table
    .get(key)
    ?.mentions.reduce<Span | null>((a, m) => (a === null || m.span[0] < a[0] ? m.span : a), null);
  if (!first) return false;
  const sentence = ctx.analysis.sentenceAt(first[0]);
  return EARLIER_CASE.test(sentence.text) || backgroundFor(ctx, sentence, first) !== null;
}

/**
 * Attacks a possessive dates to this or last week or month: "this month's attacks", "last week's
 * breach" (no word boundary before: the news writes "blamesthis month's attacks" too).
 */
const DATED_ATTACKS =
  /(?:this|last) (?:week|month)['’]s (?:[\w-]+ )?(?:attacks?|cyberattacks?|breach(?:es)?|hacks?|intrusions?|incidents?)\b/i;

/** A title that reports police or court action against people: charges, arrests, sentences. */
const LAW_ENFORCEMENT_TITLE =
  /\b(?:arrest\w*|charg\w*|indict\w*|sentenc\w*|extradit\w*|convict\w*|pleads?|pleaded|jail\w*|prison|detain\w*|raid\w*|sanction\w*|seiz\w*)\b/i;

/**
 * "Russia charges 8 REvil members … one suspect was also behind the Colonial Pipeline attack. The
 * malware was deployed by the DarkSide gang": where the title or lead links one group, another group
 * linked only by a body sentence that never names the first one is linked to a side case, not this
 * one. In reports of police and court action (`policeTitle`), where other groups are mostly the
 * suspects' past; elsewhere only a group the body brings in as an earlier case.
 */
function withoutSideLinks(
  ctx: ExtractionContext,
  table: EntityTable,
  claims: readonly Attribution[],
  headlined: ReadonlySet<string>,
  bodyLinkSentence: ReadonlyMap<string, Sentence>,
  policeTitle: boolean,
): Attribution[] {
  const leading = claims.filter((c) => c.modality !== "not-linked" && headlined.has(c.actorKey));
  if (leading.length === 0) return [...claims];
  return claims.map((c) => {
    const sentence = bodyLinkSentence.get(c.actorKey);
    if (!sentence || c.modality === "not-linked") return c;
    // Beyond police reports, only a group the body brings in as an earlier case ("Last week, … first
    // reported that the Ragnar Locker gang threatened …") is a side case of the leader's story.
    if (!policeTitle && !introducedAsEarlier(ctx, table, c.actorKey)) return c;
    // "While the attack on Colonial Pipeline was attributed to DarkSide, experts said those involved
    // were close to REvil": a concession sets the other group's case against the leader's.
    const [from, to] = clauseOf(ctx, sentence, c.span);
    const namesLeader = leading.some((l) =>
      (table.get(l.actorKey)?.mentions ?? []).some((m) => m.span[0] >= from && m.span[1] <= to),
    );
    return namesLeader
      ? c
      : { actorKey: c.actorKey, modality: "not-linked", cue: null, span: c.span, confidence: 60 };
  });
}

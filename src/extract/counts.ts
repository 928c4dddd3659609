/**
 * @module extract/counts
 * People arrested or detained: the total, its parts by nationality and sex, a consistency flag when
 * parts and total disagree, and the remainder ("others") derived from them. Numbers written as words
 * count; vague amounts ("dozens", "more than two dozen") are kept as vague, with no value.
 */
import type { CountPart, Span } from "../contracts.ts";
import type { Sentence } from "./analyse.ts";
import { isTitle, matchesIn, prefiltered, testPrefiltered, type ExtractionContext } from "./context.ts";
import { DEMONYM, nationalityParts, type PartDraft } from "./nationality-parts.ts";
import { NUMBER, parseNumber } from "./number-words.ts";

const VAGUE = String.raw`(?:more than|over|at least|nearly|almost|about|around|roughly|some|up to|approximately)`;
const PEOPLE = String.raw`(?:people|persons|individuals|suspects|members|men|women|nationals|citizens|foreigners|others|accused|culprits|criminals|fraudsters|scammers|hackers|operators|perpetrators|defendants|employees|workers|mules|recruiters|couriers|traffickers|ringleaders|leaders|associates|affiliates|participants|organi[sz]ers|launderers|alleged \w+|suspected \w+|\w+ nationals)`;
/** A time phrase between the verb and its count: "have arrested this week two Belarusian nationals". */
const WHEN = String.raw`(?:(?:this|last|that) (?:week|month|weekend)|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)) `;
const ARREST = String.raw`(?:arrested|detained|apprehended|nabbed|rounded up|taken into custody|held|caught)`;

/** People counted together: "a couple", "the trio"; "X and his wife" is two. */
const GROUP_SIZE: Readonly<Record<string, number>> = { couple: 2, pair: 2, duo: 2, trio: 3, quartet: 4 };
const GROUP = Object.keys(GROUP_SIZE).join("|");

const PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${ARREST} (?:${WHEN})?(?:a total of |${VAGUE} )?(${NUMBER}) (?:[\w-]+ ){0,3}?${PEOPLE}`,
    "gi",
  ),
  // "14 members of the notorious digital gang had been detained": a short phrase may name whose members.
  new RegExp(
    String.raw`\b(?:${VAGUE} )?(${NUMBER}) (?:[\w-]+ ){0,3}?${PEOPLE} (?:of (?:the |an? )?(?:[\w-]+ ){1,4}?|(?:\w+ ){0,2}?)(?:were|have been|had been|was|are|being) (?:also |subsequently |later )?${ARREST}`,
    "gi",
  ),
  new RegExp(
    String.raw`\b(?:arrests? of|detention of|arresting|detaining) (?:a total of |${VAGUE} )?(${NUMBER}) (?:[\w-]+ ){0,3}?${PEOPLE}`,
    "gi",
  ),
  new RegExp(String.raw`\b(?:${VAGUE} )?(${NUMBER}) arrests\b`, "gi"),
  // Headlines and reduced relatives: "Police arrest two in operation…", "the two people arrested".
  new RegExp(
    String.raw`\b(?:arrests?|detains?|nabs?) (${NUMBER})(?= (?:in|over|for|after|on|from|as|at|across|suspected|alleged)\b)`,
    "gi",
  ),
  new RegExp(String.raw`\bthe (${NUMBER}) ${PEOPLE} (?:${ARREST})\b`, "gi"),
  // "arrested a New York couple", "the pair were detained", "arrested an engineer and his wife":
  // people counted by what they are together ("a couple of suspects" is a few, not two).
  new RegExp(
    String.raw`\b${ARREST} (?:${WHEN})?(?:an?|the) (?:[\w-]+ ){0,3}?(${GROUP})\b(?! of)|\b(?:the|an?) (?:[\w-]+ ){0,2}?(${GROUP})\b(?<!couple(?= of))(?: of [\w-]+|,[^.;]{0,100},)? (?:were|have been|had been|are being) (?:also |subsequently |later )?${ARREST}`,
    "gi",
  ),
  new RegExp(
    String.raw`\b${ARREST} (?:${WHEN})?(?:an?|the) (?:[\w-]+ ){0,3}?[\w-]+ (and (?:his|her) (?:[\w-]+ ){0,2}?(?:wife|husband|son|daughter|brother|sister|father|mother|partner|girlfriend|boyfriend|accomplice))\b`,
    "gi",
  ),
].map(prefiltered);
/** The number a count pattern captured: a numeral, a word number, or a group of people. */
function countOf(match: RegExpExecArray): number | null {
  const word = (match[1] ?? match[2] ?? "").toLowerCase();
  return parseNumber(word) ?? GROUP_SIZE[word] ?? (/^and (?:his|her)\b/.test(word) ? 2 : null);
}
/** "Seven other REvil gang members were also arrested": people of another case, not this one's count. */
const OTHERS_ALSO = /^\S+ other\b.*\balso\b/i;
/** How many sentences after a vague count an exact one may stand for it. */
const EXACT_REACH = 5;
/** "one of the individuals who was arrested": one of a group arrested, not how many were. */
const PART_OF_ARRESTED = /^\S+ of (?:the|those) .*\b(?:who|that)\b/i;
/** A word every pattern above and `VAGUE_ONLY` needs: the rest are not tried on a sentence without one. */
const ARREST_WORD = prefiltered(
  /arrest|detain|detention|apprehended|nab|rounded up|taken into custody|held|caught/i,
);
const VAGUE_INSIDE = new RegExp(String.raw`\b${VAGUE} (?=${NUMBER})`, "i");
const VAGUE_BEFORE = new RegExp(String.raw`${VAGUE} $`, "i");
const VAGUE_ONLY = prefiltered(
  new RegExp(
    String.raw`\b${ARREST} (?:dozens|scores|hundreds|several|a number|a group) of ${PEOPLE}|\b(?:dozens|scores|hundreds) of ${PEOPLE} (?:were|have been) ${ARREST}`,
    "gi",
  ),
);

export interface CountDraft {
  readonly counted: "arrested";
  readonly value: number | null;
  readonly vague: string | null;
  readonly span: Span;
  readonly sentence: Sentence;
  readonly parts: CountPart[];
  consistent: boolean;
}

const ONE_ARRESTED = prefiltered(
  /\b(?:was|has been|had been|is being) (?:\w+ )?(?:arrested|detained|apprehended|taken into custody)\b/g,
);

/**
 * A sentence about one unnamed person: "A Moroccan man suspected of being 'Dr HeX' … has been arrested",
 * "The chief executive of Group-IB has been arrested".
 */
const ONE_SUBJECT =
  /^(?:(?:An?|One|Another) (?:[\w-]+ ){0,3}?(?:man|woman|national|citizen|teenager|teen|youth|hacker|suspect|student|developer|individual|person|member|affiliate|operator|administrator)\b|The (?:[\w-]+ ){0,2}?(?:chief executive|CEO|founder|co-founder|head|director|owner|leader|administrator|operator) of\b|The \d+-year-old\b)/;
/** A headline about one person of a nationality: "Ukrainian extradited for selling logins", "Russian hacker jailed". */
const ONE_IN_TITLE = new RegExp(
  // The demonym is tried short first ("Ukrainian" before "Ukrainian Hacker"); the words after it in any casing.
  String.raw`^([A-Z][\w-]+(?: [A-Z][\w-]+)??) (?:(?:man|woman|national|citizen|hacker|teen|teenager|developer|programmer|student) )?(?:extradited|arrested|detained|charged|indicted|sentenced|jailed|convicted|pleads|admits|gets|faces)\b`,
  "i",
);

/** "announced the arrest of a suspect", "this week's arrest of an Ottawa man": one unnamed person. */
const ARREST_OF_ONE = prefiltered(
  /\barrest of (?:a|an|one) (?:[\w-]+ ){0,3}?(?:man|woman|national|citizen|teenager|teen|youth|hacker|suspect|student|developer|individual|person|member|operator|administrator|admin)\b/g,
);
/** The sentence names a year before the article's, in any phrase ("In August 2020", "the 2019 arrest"). */
function earlierYearIn(ctx: ExtractionContext, sentence: Sentence): boolean {
  const published = Number(ctx.published?.slice(0, 4) ?? NaN);
  return (sentence.text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((year) => Number(year) < published);
}

/**
 * "they arrested last week a local suspect", "the suspect was arrested last week": one person, told
 * after the verb or as the one suspect the article is about.
 */
const ONE_ARRESTED_AFTER = prefiltered(
  /\b(?:arrested|detained|apprehended)\s+(?:(?:this|last)\s+(?:week|month)\s+|yesterday\s+|on\s+\w+day\s+)?(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|suspect|national|citizen|teenager|teen|youth|hacker|student|developer|individual|person|resident)\b|\bthe\s+(?:[\w-]+\s+)?(?:suspect|man|woman|hacker|teenager)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:arrested|detained)\b/g,
);
/** Before an arrest that has not happened: "could lead to the arrest of a suspect", "a reward for". */
const NOT_YET = /\b(?:could|would|may|might|will|reward|wanted|seeking|sought)\b/i;

/** "Volkanov was arrested in Valencia", "the arrest of an Ottawa man": one person arrested counts as one. */
function singlePersonArrest(
  ctx: ExtractionContext,
  background: ReadonlySet<number>,
  people: readonly Span[],
  demonyms: ReadonlyMap<string, string>,
): CountDraft | null {
  const one = (span: Span, sentence: Sentence): CountDraft => ({
    counted: "arrested",
    value: 1,
    vague: null,
    span,
    sentence,
    parts: [],
    consistent: true,
  });
  for (const sentence of ctx.analysis.sentences) {
    if (background.has(sentence.index)) continue;
    for (const { match, span } of matchesIn(ONE_ARRESTED, sentence)) {
      if (/\bnot\b/.test(match[0])) continue;
      const subject =
        ONE_SUBJECT.test(sentence.text) ||
        people.some(([s, e]) => s >= sentence.span[0] && e <= span[0] && span[0] - e < 60);
      if (subject) return one(span, sentence);
    }
    for (const { span } of matchesIn(ARREST_OF_ONE, sentence))
      if (!NOT_YET.test(ctx.text.slice(sentence.span[0], span[0]))) return one(span, sentence);
    // "In August 2020, the FBI arrested a Russian national…": an earlier case, dated.
    if (!earlierYearIn(ctx, sentence))
      for (const { span } of matchesIn(ONE_ARRESTED_AFTER, sentence)) return one(span, sentence);
  }
  // "UK national arrested in Spain after …": a headline about one person's arrest.
  const title = ctx.analysis.sentences.find((s) => isTitle(ctx, s));
  const match = title ? ONE_IN_TITLE.exec(title.text) : null;
  const arrested = /^(?:arrested|detained)$/i.test(match?.[0].split(" ").at(-1) ?? "");
  if (title && match && arrested && demonyms.has(match[1] ?? ""))
    return one([title.span[0], title.span[0] + match[0].length], title);
  return null;
}

const ARRESTED_NAMES = prefiltered(/\b(?:arrested|detained|apprehended)\b/g);
/** Descriptors before a name: "arrested 34-year-old Ilya …", "detained former director …", "detained its founder and chief executive officer, Ilya …". */
const BEFORE_NAME = /^\s(?:[\w-]+\s){0,3}$|^\s(?:its|his|her|their|the|an?)\s(?:[\w-]+\s){0,5}[\w-]+,\s$/;
/** What joins listed names: ", ", " and ", " and his 31-year-old wife ". */
const BETWEEN_NAMES = /^(?:,\s*|,?\s+and\s+)(?:(?:his|her|their)\s+)?(?:[\w-]+\s){0,3}$/;

/** "The DOJ arrested 34-year-old Ilya X and his 31-year-old wife Heather Y": the named people listed count. */
function namedPeopleArrest(
  ctx: ExtractionContext,
  background: ReadonlySet<number>,
  people: readonly Span[],
): CountDraft | null {
  const sorted = [...people].sort((a, b) => a[0] - b[0]);
  for (const sentence of ctx.analysis.sentences) {
    if (background.has(sentence.index)) continue;
    for (const { span } of matchesIn(ARRESTED_NAMES, sentence)) {
      let end = span[1];
      let named = 0;
      for (const [start, stop] of sorted) {
        if (start < end || stop > sentence.span[1]) continue;
        const between = ctx.text.slice(end, start);
        if (!(named === 0 ? BEFORE_NAME : BETWEEN_NAMES).test(between)) break;
        named += 1;
        end = stop;
      }
      if (named > 0)
        return {
          counted: "arrested",
          value: named,
          vague: null,
          span: [span[0], end],
          sentence,
          parts: [],
          consistent: true,
        };
    }
  }
  return null;
}

const DETAINEE_TALK =
  /\b(?:arrest\w*|detain\w*|detainees|suspects|those (?:arrested|held|detained)|apprehended|custody|nationals|citizens)\b/i;

const ALL_OF = new RegExp(
  String.raw`\b(?:suspects|detainees|they|all|those arrested|the accused)\b[^.;]{0,80}?\b(?:are|were)\b (?:(?:all|believed to be|said to be|thought to be|reportedly) )*(${DEMONYM}) (?:nationals|citizens)\b`,
  "g",
);

/** "The suspects … are believed to be Nigerian nationals": every detainee has one stated nationality. */
function allOfOneNationality(
  ctx: ExtractionContext,
  count: CountDraft,
  demonyms: ReadonlyMap<string, string>,
  background: ReadonlySet<number>,
): CountPart | null {
  for (const sentence of ctx.analysis.sentences.slice(count.sentence.index, count.sentence.index + 4)) {
    if (background.has(sentence.index)) continue;
    for (const { match, span } of matchesIn(ALL_OF, sentence)) {
      const code = demonyms.get(match[1] ?? "");
      if (code && count.value !== null)
        return {
          dimension: "nationality",
          key: code,
          value: count.value,
          evidence: { spans: [span], sentence: sentence.span },
          derived: false,
        };
    }
  }
  return null;
}

/** The nationality of the one person arrested, from a headline about them ("Ukrainian extradited for …"). */
function oneFromTitle(
  ctx: ExtractionContext,
  count: CountDraft,
  demonyms: ReadonlyMap<string, string>,
): CountPart | null {
  if (count.value !== 1) return null;
  const title = ctx.analysis.sentences.find((s) => isTitle(ctx, s));
  const match = title ? ONE_IN_TITLE.exec(title.text) : null;
  const code = match ? demonyms.get(match[1] ?? "") : undefined;
  if (!title || !match || !code) return null;
  return onePersonOf(code, [title.span[0], title.span[0] + (match[1] ?? "").length], title.span);
}

/** The one arrested person's nationality, stated at `span` in the sentence at `sentence`. */
const onePersonOf = (code: string, span: Span, sentence: Span): CountPart => ({
  dimension: "nationality",
  key: code,
  value: 1,
  evidence: { spans: [span], sentence },
  derived: false,
});

/** "a Russian national", "a 22-year old UK national", "Ukrainian man": one person and where they are from. */
const ONE_PERSON = new RegExp(
  String.raw`\b(${DEMONYM}) (?:man|woman|national|citizen|resident|hacker|developer|programmer|teen|teenager|student|executive|exec|businessman|operator|admin|administrator)\b`,
  "g",
);

/** Words that turn a sentence to another case: "… charged a Turkish national over another botnet". */
const OTHER_CASE = /\b(?:another|other|separate|separately|earlier|previously)\b/i;

/**
 * The nationality of the one person arrested where the headline, lead or count describes one person by it
 * ("US arrests and charges Ukrainian man…", "A Russian national who operated two forums…"); only when
 * every such description there names the same country.
 */
function onePersonDescribed(
  ctx: ExtractionContext,
  count: CountDraft,
  demonyms: ReadonlyMap<string, string>,
  background: ReadonlySet<number>,
): CountPart | null {
  if (count.value !== 1) return null;
  // The headline, the first four sentences of the body and the count's own sentence: further on, "a
  // Turkish national" is as likely someone else's case, and so is one in a lead sentence that turns to
  // "another botnet".
  const lead = ctx.analysis.sentences.filter((s) => !isTitle(ctx, s)).slice(0, 4);
  const window = ctx.analysis.sentences.filter(
    (s) =>
      isTitle(ctx, s) ||
      s === count.sentence ||
      s === lead[0] ||
      (s === lead[1] && !OTHER_CASE.test(s.text)) ||
      lead.slice(2).includes(s),
  );
  const seen: { code: string; span: Span; sentence: Span }[] = [];
  for (const sentence of window) {
    if (background.has(sentence.index)) continue;
    // Past the first two body sentences, only a definite description refers back to the one person
    // of the story ("The Russian national, who is an alleged developer …").
    const definiteOnly = lead.slice(2).includes(sentence);
    for (const { match, span } of matchesIn(ONE_PERSON, sentence)) {
      if (
        definiteOnly &&
        sentence !== count.sentence &&
        !/^the\s/i.test(match[0]) &&
        !/\bthe\s+$/i.test(ctx.text.slice(Math.max(sentence.span[0], span[0] - 5), span[0]))
      )
        continue;
      const words = (match[1] ?? "").split(" ");
      // "A Russian national": the demonym may follow a capitalised article or age.
      const demonym = [words.join(" "), words.at(-1) ?? ""].find((w) => demonyms.has(w));
      const code = demonym ? demonyms.get(demonym) : undefined;
      if (code) seen.push({ code, span: [span[1] - match[0].length, span[1]], sentence: sentence.span });
    }
  }
  const [first] = seen;
  if (!first || seen.some((s) => s.code !== first.code)) return null;
  return onePersonOf(first.code, first.span, first.sentence);
}

/** The arrest counts one sentence states, exact or vague, in the order the patterns find them. */
function countsIn(sentence: Sentence): CountDraft[] {
  const drafts: CountDraft[] = [];
  for (const re of PATTERNS) {
    for (const { match, span } of matchesIn(re, sentence)) {
      const value = countOf(match);
      if (value === null || value === 0 || value > 100_000 || PART_OF_ARRESTED.test(match[0])) continue;
      if (OTHERS_ALSO.test(match[0])) continue;
      const vague =
        VAGUE_INSIDE.exec(match[0]) ?? VAGUE_BEFORE.exec(sentence.text.slice(0, span[0] - sentence.span[0]));
      drafts.push({
        counted: "arrested",
        value: vague ? null : value,
        vague: vague ? `${vague[0].trim()} ${match[1]}` : null,
        span,
        sentence,
        parts: [],
        consistent: true,
      });
    }
  }
  return drafts;
}

/** "In total, the operation has resulted in seven arrests": the whole of a count told in parts. */
const IN_TOTAL = /\b(?:in total|a total of|in all|altogether)\b/i;
/** "arrested seven suspects linked to REvil this year in total": a tally over time, not one operation's count. */
const TALLY = /\b(?:this year|since|so far|to date|over the (?:past|last)|in (?:19|20)\d\d)\b/i;

/**
 * A larger count stated as the total later in the article replaces the first count found, which
 * is then one wave of the operation: "two affiliates arrested in Romania … In total, the operation
 * has resulted in seven arrests".
 */
function operationTotal(
  ctx: ExtractionContext,
  background: ReadonlySet<number>,
  first: CountDraft,
): CountDraft {
  for (const sentence of ctx.analysis.sentences.slice(first.sentence.index + 1)) {
    if (background.has(sentence.index) || isTitle(ctx, sentence)) continue;
    if (
      !IN_TOTAL.test(sentence.text) ||
      TALLY.test(sentence.text) ||
      !testPrefiltered(ARREST_WORD, sentence.text)
    )
      continue;
    const total = countsIn(sentence).find((d) => d.value !== null && d.value > (first.value ?? 0));
    if (total) return total;
  }
  return first;
}

/** "The detained members", "the arrested suspects": people a sentence says were held, counted before. */
const HELD_REFERRED =
  /\bthe (?:detained|arrested) (members|suspects|individuals|people|men|hackers|operators|affiliates)\b/i;

/**
 * "Raids were conducted … at the homes of 14 members suspected to be part of the REvil team. … The
 * detained members were charged": a count the sentences before give of the people a later sentence
 * calls detained is the arrest count.
 */
function countReferredBack(ctx: ExtractionContext, background: ReadonlySet<number>): CountDraft | null {
  const { sentences } = ctx.analysis;
  for (const sentence of sentences) {
    if (background.has(sentence.index) || isTitle(ctx, sentence)) continue;
    const held = HELD_REFERRED.exec(sentence.text);
    if (!held) continue;
    const counted = new RegExp(
      String.raw`\b(${NUMBER}) (?:[\w-]+ ){0,2}?${held[1]?.toLowerCase() ?? ""}\b`,
      "gi",
    );
    for (const earlier of sentences.slice(Math.max(0, sentence.index - 3), sentence.index + 1).reverse()) {
      if (background.has(earlier.index) || isTitle(ctx, earlier)) continue;
      const found = [...matchesIn(counted, earlier)].at(-1);
      const value = found ? parseNumber(found.match[1] ?? "") : null;
      if (found && value !== null && value > 1)
        return {
          counted: "arrested",
          value,
          vague: null,
          span: found.span,
          sentence: earlier,
          parts: [],
          consistent: true,
        };
    }
  }
  return null;
}

/** Words that date a sentence's arrests before the news: "Just last week Europol apprehended 12 …". */
const EARLIER_ARRESTS =
  /\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|previously|in the past|(?:right|shortly|soon|just) after)\b/i;

/**
 * In an article whose title tells of no arrest (a bounty, a campaign), a count in a sentence dated
 * before the news is another case's: "the new campaign started right after the Civil Guard announced the
 * arrest of 16 people".
 */
const otherCaseArrests = (ctx: ExtractionContext, sentence: Sentence) =>
  EARLIER_ARRESTS.test(sentence.text) &&
  !testPrefiltered(ARREST_WORD, ctx.text.slice(ctx.titleSpan[0], ctx.titleSpan[1]));

/** The arrest count of the article's own incident, with its breakdown. */
export function findArrestCount(
  ctx: ExtractionContext,
  demonyms: ReadonlyMap<string, string>,
  background: ReadonlySet<number>,
  personSpans: readonly Span[] = [],
): CountDraft | null {
  let best: CountDraft | null = null;
  // Headlines round ("1,000 arrests" over a body's "1,003 individuals"): the body is read first.
  const { sentences } = ctx.analysis;
  const ordered = [...sentences.filter((s) => !isTitle(ctx, s)), ...sentences.filter((s) => isTitle(ctx, s))];
  let vagueAt = -1;
  for (const sentence of ordered) {
    // "More than a dozen members … arrested", then "… detained 14 individuals": the exact figure soon after wins.
    if (vagueAt >= 0 && (sentence.index > vagueAt + EXACT_REACH || isTitle(ctx, sentence))) break;
    if (background.has(sentence.index) || !testPrefiltered(ARREST_WORD, sentence.text)) continue;
    if (otherCaseArrests(ctx, sentence)) continue;
    for (const draft of countsIn(sentence))
      if (!best || (best.value === null && draft.value !== null)) best = draft;
    if (!best && vagueAt < 0) {
      for (const { match, span } of matchesIn(VAGUE_ONLY, sentence))
        best = {
          counted: "arrested",
          value: null,
          vague: match[0],
          span,
          sentence,
          parts: [],
          consistent: true,
        };
    }
    if (best?.value === null && vagueAt < 0) vagueAt = sentence.index;
    else if (best && best.value !== null) break;
  }
  if (best?.value != null) best = operationTotal(ctx, background, best);
  best ??=
    countReferredBack(ctx, background) ??
    namedPeopleArrest(ctx, background, personSpans) ??
    singlePersonArrest(ctx, background, personSpans, demonyms);
  if (!best) return null;
  // Breakdowns come from the count's sentence and the sentences after it that still talk about detainees.
  const drafts: PartDraft[] = [];
  // One person's nationality is told beside the arrest, or in the headline (oneFromTitle), not sentences later.
  const reach = best.value === 1 ? 1 : 10;
  for (const sentence of ctx.analysis.sentences.slice(best.sentence.index, best.sentence.index + reach)) {
    if (background.has(sentence.index) || !DETAINEE_TALK.test(sentence.text)) continue;
    drafts.push(...nationalityParts(sentence, demonyms));
  }
  const byCountry = new Map<string, PartDraft[]>();
  for (const d of drafts) byCountry.set(d.key, [...(byCountry.get(d.key) ?? []), d]);
  const evidence = (span: Span) => ({ spans: [span], sentence: ctx.analysis.sentenceAt(span[0]).span });
  for (const [code, list] of byCountry) {
    const stated = list.find((d) => d.dimension === "nationality");
    const sexes = list.filter((d) => d.dimension === "sex");
    const sum = sexes.reduce((n, d) => n + d.value, 0);
    if (stated)
      best.parts.push({
        dimension: "nationality",
        key: code,
        value: stated.value,
        evidence: evidence(stated.span),
        derived: false,
      });
    for (const s of sexes)
      best.parts.push({
        dimension: "sex",
        key: `${code}:${s.sex ?? "unknown"}`,
        value: s.value,
        evidence: evidence(s.span),
        derived: false,
      });
    if (stated && sexes.length && sum !== stated.value) best.consistent = false;
    if (!stated && sexes.length)
      best.parts.push({ dimension: "nationality", key: code, value: sum, evidence: null, derived: true });
  }
  if (best.value !== null && !best.parts.length) {
    const all =
      allOfOneNationality(ctx, best, demonyms, background) ??
      oneFromTitle(ctx, best, demonyms) ??
      onePersonDescribed(ctx, best, demonyms, background);
    if (all) best.parts.push(all);
  }
  const nationalities = best.parts.filter((p) => p.dimension === "nationality");
  const known = nationalities.reduce((n, p) => n + p.value, 0);
  if (best.value !== null && known > best.value) best.consistent = false;
  if (best.value !== null && nationalities.length && known < best.value)
    best.parts.push({
      dimension: "nationality",
      key: "other",
      value: best.value - known,
      evidence: null,
      derived: true,
    });
  return best;
}

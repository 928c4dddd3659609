/**
 * @module extract/record
 * Assembles the full record of one article from the extractors: entities (with mentions and
 * knowledge-base links), roles, events with arguments, counts, attributions, money, crime types,
 * dates and indicators. Every fact carries evidence spans into `Article.text`, confidence and
 * provenance; derived facts name their sources.
 */
import type {
  Article,
  CountFact,
  CrimeType,
  DateFact,
  Entity,
  EventFact,
  EventType,
  IncidentRecord,
  IocFact,
  LabelFact,
  Span,
} from "../contracts.ts";
import { isoDay } from "../clean/index.ts";
import { normaliseName } from "../link/normalise.ts";
import { findUnlistedMalware } from "./unlisted-malware.ts";
import { addUnlistedTowns } from "./unlisted-towns.ts";
import {
  addKnowledgeEntities,
  addRepeatMentions,
  mergeAliasedActors,
  mergeIntoSponsors,
  retypeSponsors,
} from "./actors.ts";
import { addCoordinatedBodies, addLowerCaseBodies, linkKnownAgencies } from "./agencies.ts";
import { attributeActors } from "./attribution.ts";
import { analyseText, type Analysis } from "./analyse.ts";
import { mergeCompanyForms } from "./company-forms.ts";
import type { ExtractionContext } from "./context.ts";
import { isTitle, matchesIn, pastYearCue, testPrefiltered, textOf } from "./context.ts";
import { findArrestCount } from "./counts.ts";
import { findDates } from "./dates.ts";
import { EntityTable } from "./entities.ts";
import { eventArguments, type EventArgsInput } from "./event-args.ts";
import {
  exploitedElsewhere,
  guardedAgainst,
  namedAsRisk,
  KNOWN_FLAW_DIRECTIVE,
  knownFlawRetold,
  NON_SECURITY_UPDATE,
  opensInPastYear,
  yearTally,
  aboutPolicy,
  patchNotOwn,
  disclosedEarlier,
  knownFlawPatched,
  datedEarlier,
  inKindList,
  lureSays,
  inProperName,
  quotedTerm,
  bountyScope,
  stepDatedEarlier,
  servesCriminals,
  TAKEDOWN_AGENT,
} from "./event-filters.ts";
import {
  CRIME_TRIGGERS,
  EVENT_TRIGGERS,
  GENERIC_CLAIM,
  namesAttackKind,
  ownTypes,
  triggersIn,
  withBackground,
  type TriggerHit,
} from "./events.ts";
import { baseFact, factId, EXTRACTOR_VERSION, provenance } from "./facts.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { CVE_PATTERN, cveId, findIndicators } from "./indicators.ts";
import { lookupNames, type LookupResult } from "./lookup.ts";
import { findMoney } from "./money.ts";
import { dropPlatformsUsedAsTools } from "./platforms.ts";
import { findNames } from "./names.ts";
import { addCountries, addPlaces } from "./places.ts";
import { findRoles } from "./roles.ts";

/**
 * The crimes an attack of the article's own consists of. A data breach is not one by itself (most are
 * records left exposed or leaked by a misconfiguration, no theft and no intrusion), and espionage
 * need not be a hack (an insider passing trade secrets or military secrets): the text names those.
 */
const CRIMES_OF_EVENT: Partial<Record<EventType, readonly CrimeType[]>> = {
  "attack/ransomware": ["ransomware", "hacking", "extortion"],
  "attack/espionage": ["espionage"],
  "attack/malware": ["hacking"],
  "attack/phishing": ["phishing"],
  "attack/ddos": ["ddos"],
};

/** Software made to steal data, or what it steals: "an infostealer", "to steal passwords", "stealing card details", "password-stealing". */
const STEALER =
  /\b(?:(?:info-?)?stealers?|info-?stealing|(?:password|credential|data|info|cookie|token|card|crypto(?:currency)?|wallet)s?-steal(?:ing|er)|banking trojans?|(?:steal(?:s|ing)?|stole|harvest(?:s|ing)?) (?:[\w'’-]+ ){0,3}(?:passwords|credentials|log-?ins|tokens|cookies|(?:credit )?card (?:details|data|numbers)|bank(?:ing)? (?:details|credentials)|data|information|crypto-?wallets))\b/i;

/** Crimes that are another crime by definition. */
const CRIMES_OF_CRIME: Partial<Record<CrimeType, readonly CrimeType[]>> = { sextortion: ["extortion"] };

/**
 * What makes a ransomware attack an extortion too, somewhere in the article: a ransom, a demand, a
 * payment or a leak of the stolen data. A report that tells only of systems encrypted and restored
 * ("hit by ransomware, services down for a week") names no extortion, and the analysts' sheets then
 * leave it out: 25 of the 32 dev sheets whose ransomware attack has no such word. A decryptor is no
 * cue: a gang hands one over, or researchers release one, with no ransom paid.
 */
const EXTORTION_CUE =
  /\b(?:ransom(?!ware)|extort\w*|paid|pay(?:s|ing|ments?)?|demand\w*|leak site)\b|\b(?:publish|leak|post)\w* (?:[\w-]+ ){0,3}(?:stolen )?(?:data|files)\b/i;

/**
 * Crimes named in the text that count only beside an incident of their kind: "ransomware" in a report of
 * a flaw, a patch or a policy is its topic, not a crime of this case. The events that carry each, and
 * whether the article's own police or court action does too (the crimes it alleges).
 */
const CRIME_NEEDS: Partial<Record<CrimeType, { events: readonly EventType[]; lawEnforcement: boolean }>> = {
  ransomware: { events: ["attack/ransomware"], lawEnforcement: true },
  extortion: { events: ["attack/ransomware", "attack/ddos", "attack/data-breach"], lawEnforcement: true },
  phishing: { events: ["attack/phishing", "fraud/scam"], lawEnforcement: true },
  // DDoS is named as a threat in reports of every kind; only a DDoS attack (or its takedown) makes it one.
  ddos: { events: ["attack/ddos"], lawEnforcement: false },
};

/** Malware the article names that no threat actor of it is also called (not a gang's own strain). */
function otherMalwareNamed(table: EntityTable): boolean {
  const names = (key: string) => {
    const entity = table.get(key);
    return entity ? [entity.name, ...entity.aliases].map(normaliseName) : [];
  };
  const actorNames = new Set(table.keys("threat-actor").flatMap(names));
  return table.keys("malware").some((key) => !names(key).some((n) => actorNames.has(n)));
}

/** Police and court steps: a sentence telling of one names the crimes of this case. */
const POLICE_STEPS: ReadonlySet<EventType> = new Set<EventType>([
  "law-enforcement/arrest",
  "law-enforcement/charge",
  "law-enforcement/court",
  "law-enforcement/conviction",
  "law-enforcement/extradition",
  "law-enforcement/raid",
]);

/**
 * An institution named for where it stands ("University of Toronto", "Boston Public Library", "New
 * York Stock Exchange", "Central Texas College"): the place in its name is a place of the story, as
 * a judicial district's is. A company's is not ("Washington Post", "Texas Instruments").
 */
const SITED =
  /\b(?:University|College|Library|Stock Exchange|Hospital|Schools?|Medical Cent(?:er|re)|Health|Clinic|Airport|Museum|Council|Institute|Zoo)\b/;

const sited = (n: { type: string; name: string }) => n.type === "organization" && SITED.test(n.name);

/** What hackers do to a victim: the noun "hackers" names a hacking only beside one of these. */
const HACKING_ACTION =
  /\b(?:st[oe]le|steal\w*|stolen|breach\w*|broke into|break(?:s|ing)? into|access\w*|compromis\w*|attack\w*|target\w*|hijack\w*|infiltrat\w*|exploit\w*|gained|deface\w*|leak\w*|encrypt\w*|hit|hacked|penetrat\w*|intru\w*|took over|tak(?:e|es|ing) over|planted|install\w*|deploy\w*|spied|spying)\b/i;

/**
 * The noun "hackers" names people, not a deed of this case: anywhere without anything they did to
 * anyone ("Russia wasn't serious about catching hackers", "leaking data to Iranian hackers"), and past
 * the title and lead even beside such a verb ("North Korea's hackers and their ongoing hacking
 * operations", "contacting known hackers in order to learn their latest tricks"). "hacked", "hacking"
 * and "breached" still tell of a hacking.
 */
function idleHackers(ctx: ExtractionContext, hit: TriggerHit<string>): boolean {
  return (
    hit.type === "hacking" &&
    /^hackers?$/i.test(textOf(ctx, hit.span)) &&
    (!hit.prominent || !HACKING_ACTION.test(hit.sentence.text))
  );
}

/**
 * "via a compromised router", "lateral movement on the compromised network": in a report with no attack
 * of its own (a flaw's), "compromised" before a noun is the state an exploit needs or leaves, not a
 * hacking done.
 */
function compromisedAsState(ctx: ExtractionContext, hit: TriggerHit<string>): boolean {
  return (
    hit.type === "hacking" &&
    /^compromised$/i.test(textOf(ctx, hit.span)) &&
    /\b(?:a|an|the|any|already|previously)\s+(?:[\w-]+\s+)?$/i.test(
      ctx.text.slice(Math.max(hit.sentence.span[0], hit.span[0] - 30), hit.span[0]),
    ) &&
    /^\s+\p{L}/u.test(ctx.text.slice(hit.span[1], hit.span[1] + 3))
  );
}

/**
 * "Australia's new ransomware plan", "ransomware reporting rules", "recover from ransomware": a crime
 * named as the topic of a policy, a defence, a study or a product, not one committed here.
 */
const TOPIC_AFTER =
  /^(?:[\s-]+(?:attacks?|incidents?|threats?|gangs?|groups?|payments?|action|response|readiness))?[\s-]+(?:plans?|strateg(?:y|ies)|polic(?:y|ies)|rules?|reporting|regime|guidance|guides?|task ?force|legislation|bills?|laws?|amendments?|offen[cs]es|protection|defen[cs]es?|resilience|readiness|preparedness|insurance|summit|surveys?|research|decryptors?|recovery|friendly|prevention|playbooks?|simulations?|exercises?|training|awareness|victim)\b/i;
const TOPIC_BEFORE =
  /\b(?:anti|prevent(?:ing|s)?|thwart(?:ing|s)?|defend(?:ing|s)? against|protect(?:ing|s|ion)? (?:\w+ )?against|recover(?:ing|y|s)? from|resilien\w+ (?:to|against)|era of|address(?:ing)?|crack(?:ing|ed|s)? down on|fight(?:ing|s)?|combat(?:ing|s)?)[\s-]+(?:[\w-]+ ){0,2}$/i;

function crimeAsTopic(ctx: ExtractionContext, hit: TriggerHit<string>): boolean {
  const [start, end] = hit.span;
  return (
    TOPIC_AFTER.test(ctx.text.slice(end, end + 40)) ||
    TOPIC_BEFORE.test(ctx.text.slice(Math.max(hit.sentence.span[0], start - 50), start))
  );
}

/** A title reporting a plea or a sentence, which settles the charges. */
const SETTLED_TITLE =
  /\b(?:sentenc\w*|jail(?:ed|s)?|prison|pleads?|pleaded|guilty|admits|admitted|convict\w*)\b/i;
/** A title reporting a handover: with a plea or a sentence, a late step of a case. */
const HANDOVER_TITLE = /\b(?:extradit\w*|deport\w*)\b/i;

/** The steps such a report retells from the case's past. */
const EARLIER_STEPS: ReadonlySet<string> = new Set([
  "law-enforcement/arrest",
  "law-enforcement/raid",
  "law-enforcement/takedown",
  "law-enforcement/charge",
]);

/** Event and crime types a sentence about a linked group makes the article's own. */
const ESPIONAGE_TYPES: ReadonlySet<string> = new Set(["attack/espionage", "espionage"]);

/** The title and the first body paragraph. */
function leadOf(article: Article): Span {
  const [start, end] = article.bodySpan;
  const paragraphEnd = article.text.indexOf("\n\n", start);
  return [0, paragraphEnd === -1 || paragraphEnd > end ? end : paragraphEnd];
}

/** "Washington DC's Metropolitan Police Department", "New York's Department of Financial Services". */
const PLACE_POSSESSIVE = /^(.+?)['’]s (\p{Lu}.+)$/u;

/**
 * A body named after a possessive place ("Washington DC's Metropolitan Police Department") is the body
 * ("Metropolitan Police Department"), the possessive kept as an alias; null when the name has none.
 */
function placeOwned(n: { type: string; name: string }, gazetteer: Gazetteer): string | null {
  if (n.type !== "agency") return null;
  const match = PLACE_POSSESSIVE.exec(n.name);
  const [owner, body] = [match?.[1] ?? "", match?.[2] ?? ""];
  const place = owner.replace(/,?\s+(?:DC|D\.C\.)$/, "");
  return match && (gazetteer.places.has(place) || gazetteer.countries.has(owner)) ? body : null;
}

/**
 * What is found in an article's text alone, before any entity is settled: the listed names, the dates,
 * the indicators and the event and crime triggers (which sentences tell of other cases is known only
 * later, from the entities: `withBackground` marks them then). `extractRecords` finds them for a batch of articles one stage at a time, so each
 * stage's lists and patterns stay in the CPU caches from one article to the next.
 */
export interface FirstReading {
  readonly ctx: ExtractionContext;
  readonly lookups: LookupResult;
  readonly dates: DateFact[];
  readonly iocs: IocFact[];
  readonly eventTriggers: TriggerHit<EventType>[];
  readonly crimeTriggers: TriggerHit<CrimeType>[];
}

export function readFirst(
  article: Article,
  gazetteer: Gazetteer,
  analysis: Analysis = analyseText(article.text),
): FirstReading {
  const ctx: ExtractionContext = {
    articleId: article.id,
    analysis,
    text: article.text,
    titleSpan: article.titleSpan,
    published: isoDay(article.published),
  };
  return {
    ctx,
    lookups: lookupNames(ctx, gazetteer),
    dates: findDates(ctx),
    iocs: findIndicators(ctx),
    eventTriggers: triggersIn(ctx, EVENT_TRIGGERS),
    crimeTriggers: triggersIn(ctx, CRIME_TRIGGERS),
  };
}

export function buildRecord(
  article: Article,
  gazetteer: Gazetteer,
  first: FirstReading = readFirst(article, gazetteer),
): IncidentRecord {
  const { ctx, lookups } = first;
  const analysis = ctx.analysis;
  const table = new EntityTable(ctx);
  addCountries(table, lookups.countries);
  const knowledge = addKnowledgeEntities(ctx, table, lookups.kb);
  const unlisted = findUnlistedMalware(
    ctx,
    gazetteer,
    [...lookups.countries, ...lookups.kb].map((h) => h.span),
  );
  for (const m of unlisted)
    table.add({ type: "malware", name: m.name, span: m.span, confidence: 60, rule: "malware#unlisted-kind" });
  // "detected as 'Android.Cynos.7.origin' … a modified version of the Cynos malware": a detection name
  // is an alias of the family the article names on its own.
  for (const m of unlisted) {
    const family = m.family && table.resolve("malware", m.family);
    const detection = table.resolve("malware", m.name);
    if (family && detection) table.merge(detection, family);
  }
  // Countries and knowledge-base names are settled; a place candidate may still turn out to be part of a name.
  const claimed: Span[] = [...lookups.countries, ...knowledge, ...unlisted].map((h) => h.span);
  const countryCodes = new Set(lookups.countries.map((c) => c.code));
  const names = findNames(
    ctx,
    gazetteer,
    claimed,
    lookups.places.map((h) => h.span),
    countryCodes,
  );
  const byline = normaliseName(article.author ?? "");
  const outlet = normaliseName(article.outlet ?? "");
  const isPublisher = (m: { type: string; name: string }) =>
    (m.type === "person" && byline !== "" && normaliseName(m.name) === byline) ||
    (m.type === "organization" && outlet !== "" && normaliseName(m.name) === outlet);
  for (const n of names.filter((m) => !isPublisher(m))) {
    const owned = placeOwned(n, gazetteer);
    table.add({
      type: n.type,
      name: owned ?? n.name,
      span: n.span,
      aliases: owned ? [...n.aliases, n.name] : n.aliases,
      confidence: n.confidence,
      rule: n.rule,
    });
  }
  addCoordinatedBodies(ctx.text, table);
  addLowerCaseBodies(ctx.text, table);
  addPlaces(
    table,
    lookups.places,
    countryCodes,
    names.filter((n) => n.type !== "agency" && !sited(n)).map((n) => n.span),
    // A judicial district's name is where it sits ("Northern District of Florida"): its place counts.
    names.filter((n) => (n.type === "agency" && !/District of /.test(n.name)) || sited(n)).map((n) => n.span),
    names.filter((n) => n.type === "organization").map((n) => n.name),
  );
  addUnlistedTowns(ctx, table, gazetteer);
  for (const sentence of analysis.sentences)
    for (const { match, span } of matchesIn(CVE_PATTERN, sentence))
      table.add({
        type: "vulnerability",
        name: cveId(match),
        span,
        kb: { source: "cve", key: cveId(match), matchedAlias: match[0] },
        confidence: 99,
        rule: "indicators#cve",
      });

  addRepeatMentions(ctx, table);
  mergeAliasedActors(ctx, table);
  const claims = attributeActors(ctx, table);
  retypeSponsors(ctx, table);
  linkKnownAgencies(table);
  mergeCompanyForms(table);
  mergeIntoSponsors(table);
  dropPlatformsUsedAsTools(ctx, table);
  const unlinked = new Set(claims.filter((c) => c.modality === "not-linked").map((c) => c.actorKey));
  const background = new Set<number>();
  for (const key of unlinked)
    for (const m of table.get(key)?.mentions ?? []) background.add(analysis.sentenceAt(m.span[0]).index);

  const { entities, idOf } = table.build();
  const entityId = (key: string) => idOf.get(key) ?? key;
  const byType = (type: Entity["type"]) => entities.filter((e) => e.type === type);

  const personSpans = entities
    .filter((e) => e.type === "person")
    .flatMap((e) => e.mentions.map((m) => m.span));
  const count = findArrestCount(ctx, gazetteer.countries, background, personSpans);
  const counts: CountFact[] = [];
  if (count) {
    const base = baseFact(
      analysis,
      article.id,
      "count:arrested",
      String(count.value ?? count.vague),
      [count.span],
      count.vague ? 55 : 80,
      "counts#arrested",
    );
    counts.push({
      ...base,
      counted: count.counted,
      value: count.value,
      vague: count.vague,
      parts: count.parts,
      consistent: count.consistent,
    });
  }
  const money = findMoney(ctx, background);
  const dates = first.dates;

  const actorIds = (wanted: (modality: string) => boolean) =>
    new Set(claims.filter((c) => wanted(c.modality)).map((c) => entityId(c.actorKey)));
  const argsInput: EventArgsInput = {
    text: article.text,
    leadSpan: leadOf(article),
    entities,
    counts,
    money,
    dates,
    linkedActors: actorIds((m) => m !== "not-linked"),
    unlinkedActors: actorIds((m) => m === "not-linked"),
  };
  // A sentence about a group the article links ("Earth Lusca is mainly motivated by cyberespionage")
  // tells what that group did here, as the lead would: its espionage counts as the article's own.
  const linkedSentences = new Set(
    claims
      .filter((c) => c.modality !== "not-linked")
      .flatMap((c) => table.get(c.actorKey)?.mentions ?? [])
      .map((m) => analysis.sentenceAt(m.span[0]).index),
  );
  const aboutLinkedActor = <T extends string>(hits: readonly TriggerHit<T>[]) =>
    hits.map((h) =>
      ESPIONAGE_TYPES.has(h.type) && linkedSentences.has(h.sentence.index) ? { ...h, prominent: true } : h,
    );
  // A report of a later stage of a case (a sentence, a plea, an extradition) retells its earlier steps
  // with their years ("Zhukov was arrested in November 2018"): those steps are its history.
  const title = ctx.text.slice(ctx.titleSpan[0], ctx.titleSpan[1]);
  const settled = SETTLED_TITLE.test(title);
  const laterStage = settled || HANDOVER_TITLE.test(title);
  // "the latest versions, which contain patches for CVE-2021-40847": in a flaw report (a flaw in the
  // title or lead, no attack there), a patch for the flaw the article names first is its own flaw's
  // patch, told once as such reports often do.
  // The CVE ids are the vulnerability entities, each mention in its one spelling.
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.span[0]));
  const firstCve = byType("vulnerability").reduce<Entity | undefined>(
    (first, e) => (first === undefined || firstAt(e) < firstAt(first) ? e : first),
    undefined,
  );
  const aboutOwnFlaw = <T extends string>(hits: readonly TriggerHit<T>[]) => {
    const lead = hits.filter((h) => h.prominent && !h.background && h.realis === "actual");
    const flawReport =
      lead.some((h) => h.type === "vulnerability/disclosure") &&
      !lead.some((h) => h.type.startsWith("attack/"));
    return hits.map((h) =>
      flawReport &&
      h.type === "vulnerability/patch" &&
      firstCve?.mentions.some((m) => m.span[0] >= h.sentence.span[0] && m.span[1] <= h.sentence.span[1])
        ? { ...h, prominent: true }
        : h,
    );
  };
  const rawEventHits = aboutOwnFlaw(aboutLinkedActor(withBackground(first.eventTriggers, background)));
  // A sentence telling of an arrest, a charge or a trial names the crime alleged, plural or not:
  // "police arrest a resident for ransomware attacks" is this case's ransomware.
  const policeSentences = new Set(
    rawEventHits.filter((h) => POLICE_STEPS.has(h.type)).map((h) => h.sentence.index),
  );
  const eventHits = rawEventHits.map((h) =>
    (!h.prominent && testPrefiltered(GENERIC_CLAIM, h.sentence.text)) ||
    (!policeSentences.has(h.sentence.index) && namesAttackKind(h.type, ctx.text, h.sentence.span, h.span)) ||
    (h.type === "law-enforcement/takedown" && !TAKEDOWN_AGENT.test(h.sentence.text)) ||
    opensInPastYear(ctx, h.sentence) ||
    patchNotOwn(ctx, h) ||
    disclosedEarlier(ctx, h) ||
    knownFlawPatched(ctx, h) ||
    datedEarlier(ctx, h) ||
    inKindList(ctx, h) ||
    lureSays(ctx, h) ||
    inProperName(ctx, h) ||
    quotedTerm(ctx, h) ||
    namedAsRisk(ctx, h) ||
    bountyScope(ctx, h) ||
    // "Fahd was indicted in 2017": a police step dated right after it is history too, in its own sentence.
    // A sanction is no step of the case a late-stage report retells: dated earlier, it is history there too.
    ((!laterStage || h.type === "law-enforcement/sanction") &&
      (h.type.startsWith("law-enforcement/") || !policeSentences.has(h.sentence.index)) &&
      stepDatedEarlier(ctx, h)) ||
    knownFlawRetold(ctx, h) ||
    guardedAgainst(ctx, h) ||
    servesCriminals(ctx, h) ||
    (laterStage &&
      EARLIER_STEPS.has(h.type) &&
      !isTitle(ctx, h.sentence) &&
      // The charges a plea or sentence settles are the case's history, dated or not.
      (pastYearCue(ctx, h.sentence) || (h.type === "law-enforcement/charge" && settled)))
      ? { ...h, background: true }
      : h,
  );
  const own = ownTypes(eventHits, true);
  // A ransomware attack is malware at work: a malware event of its own needs other software named
  // beside the ransomware (a loader, a trojan, Cobalt Strike), not the gang's own strain.
  if (own.has("attack/ransomware") && own.has("attack/malware") && !otherMalwareNamed(table))
    own.delete("attack/malware");
  const disclosed = own.get("vulnerability/disclosure");
  if (
    disclosed &&
    [...own.keys()].some((t) => t.startsWith("attack/")) &&
    exploitedElsewhere(ctx, disclosed.sentence)
  )
    own.delete("vulnerability/disclosure");
  // "optional preview updates do not contain security updates": the update told of fixes bugs only,
  // unless the title speaks of security ("… update released with security fixes").
  if (
    own.has("vulnerability/patch") &&
    NON_SECURITY_UPDATE.test(ctx.text) &&
    !/\b(?:security|patch\w*|zero-days?|vulnerabilit\w*|flaws?|exploit\w*|CVE-\d)/i.test(title)
  )
    own.delete("vulnerability/patch");
  // "US orders federal agencies to patch critical Log4j bug", "CISA has added to the catalog of
  // vulnerabilities another 15 issues": a directive on known flaws, not a flaw disclosed or fixed.
  if (KNOWN_FLAW_DIRECTIVE.test(ctx.text.slice(...argsInput.leadSpan))) {
    own.delete("vulnerability/disclosure");
    own.delete("vulnerability/patch");
  }
  // "Australia passes bill allowing it to impose sanctions", "NSA chief predicts ransomware every
  // day", "Data breaches reached an all-time high in 2021": a title about a law, a plan, guidance, a
  // debate or a year's tally reports no incident of its own; only an event its title itself tells stays.
  if (aboutPolicy(title) || yearTally(title, ctx.published))
    for (const type of [...own.keys()])
      if (
        !eventHits.some(
          (h) => h.type === type && isTitle(ctx, h.sentence) && !h.background && h.realis === "actual",
        )
      )
        own.delete(type);
  const events: EventFact[] = [];
  const seen = new Set<string>();
  for (const hit of eventHits) {
    const isOwn = own.get(hit.type) === hit;
    const key = `${hit.type}|${hit.sentence.index}`;
    if (seen.has(key) || (!isOwn && !hit.background && hit.realis !== "negated" && hit.realis !== "future"))
      continue;
    seen.add(key);
    const args = eventArguments(hit, isOwn, argsInput);
    const date = dates.find((d) => d.evidence?.sentence[0] === hit.sentence.span[0])?.date ?? null;
    events.push({
      ...baseFact(
        analysis,
        article.id,
        `event:${hit.type}`,
        hit.type,
        [hit.span],
        isOwn ? (hit.realis === "actual" ? 75 : 60) : 50,
        "events#trigger",
      ),
      type: hit.type,
      trigger: hit.span,
      realis: hit.realis,
      cue: hit.cue,
      background: !isOwn,
      date,
      args,
    });
  }

  // A sentencing or plea report counts no arrest unless an arrest is its own news: the one it retells
  // ("Zhukov was arrested in November 2018") belongs to the case's history.
  const retoldArrestOnly =
    laterStage &&
    !events.some((e) => e.type === "law-enforcement/arrest" && !e.background && e.realis !== "future");
  // An article with no police or court action of its own counts no arrest: the twelve arrested "in a
  // recent international operation" that a gang's shutdown report recalls are another case's.
  const noLawEnforcement = !events.some((e) => e.type.startsWith("law-enforcement/") && !e.background);
  const keptCounts =
    retoldArrestOnly || noLawEnforcement ? counts.filter((c) => c.counted !== "arrested") : counts;

  // Sentences where the article's own police or court action is told: the crimes named there are the
  // charges of this case ("the five are facing charges related to money laundering, hacking…").
  const actionSentences = new Set(
    eventHits
      .filter(
        (h) =>
          h.type.startsWith("law-enforcement/") &&
          own.has(h.type) &&
          !h.background &&
          (h.realis === "actual" || h.realis === "alleged"),
      )
      .map((h) => h.sentence.index),
  );
  const attacked = [...own.keys()].some((t) => t.startsWith("attack/"));
  const crimeHits = aboutLinkedActor(withBackground(first.crimeTriggers, background)).map((h) =>
    testPrefiltered(GENERIC_CLAIM, h.sentence.text) ||
    idleHackers(ctx, h) ||
    crimeAsTopic(ctx, h) ||
    (!attacked && compromisedAsState(ctx, h))
      ? { ...h, background: true }
      : h,
  );
  const ownCrimes = ownTypes(crimeHits);
  for (const h of crimeHits)
    if (!ownCrimes.has(h.type) && !h.background && actionSentences.has(h.sentence.index))
      ownCrimes.set(h.type, h);
  const ownEvents = events.filter((e) => !e.background && e.realis !== "negated" && e.realis !== "future");
  for (const crime of Object.keys(CRIME_NEEDS) as CrimeType[]) {
    const needs = CRIME_NEEDS[crime];
    if (!needs) continue;
    const carried = ownEvents.some(
      (e) => needs.events.includes(e.type) || (needs.lawEnforcement && e.type.startsWith("law-enforcement/")),
    );
    if (!carried) ownCrimes.delete(crime);
  }
  // With no incident of its own, a crime counts only where the title or lead (its first three body
  // sentences) names it: "hacking" further on in an advice or policy piece is its topic, or another
  // case's.
  if (ownEvents.length === 0)
    for (const [crime, hit] of ownCrimes) if (!hit.prominent) ownCrimes.delete(crime);
  const crimeTypes: LabelFact[] = [...ownCrimes.values()].map((hit) => ({
    ...baseFact(analysis, article.id, "crime-type", hit.type, [hit.span], 70, "events#crime-trigger"),
    label: hit.type,
  }));
  // A crime derived from another fact, with that fact's evidence.
  const derivedCrime = (label: CrimeType, spans: readonly Span[], rule: string): LabelFact => ({
    ...baseFact(analysis, article.id, "crime-type", label, spans, 60, rule),
    label,
  });
  // Sextortion is blackmail: an extortion too, with its evidence.
  for (const crime of [...crimeTypes])
    for (const label of CRIMES_OF_CRIME[crime.label] ?? [])
      if (!crimeTypes.some((c) => c.label === label))
        crimeTypes.push(derivedCrime(label, crime.evidence?.spans ?? [], "events#crime-of-crime"));
  // An attack of the article's own is also the crimes it consists of: ransomware is hacking and
  // extortion, espionage and malware need an intrusion. Derived from the event, with its evidence.
  // "New Android malware records smartphones via VNC to steal passwords": a malware attack whose title
  // or lead tells of a stealer steals data, with that phrase as evidence.
  const stealer = events.some((e) => e.type === "attack/malware")
    ? STEALER.exec(ctx.text.slice(...argsInput.leadSpan))
    : null;
  const stealerAt = stealer ? argsInput.leadSpan[0] + stealer.index : 0;
  for (const event of events) {
    if (event.background || event.realis === "negated" || event.realis === "future") continue;
    const labels = [...(CRIMES_OF_EVENT[event.type] ?? [])];
    if (stealer && event.type === "attack/malware") labels.push("data-theft");
    for (const label of labels) {
      if (crimeTypes.some((c) => c.label === label)) continue;
      if (label === "extortion" && !EXTORTION_CUE.test(article.text)) continue;
      const theft = label === "data-theft" && stealer;
      crimeTypes.push(
        derivedCrime(
          label,
          [theft ? [stealerAt, stealerAt + stealer[0].length] : event.trigger],
          "events#crime-of-event",
        ),
      );
    }
  }

  const attributions = claims.map((c) => ({
    id: factId(article.id, "attribution", c.actorKey, c.span),
    evidence: {
      spans: c.cue ? [c.span, c.cue.span] : [c.span],
      sentence: analysis.sentenceAt(c.span[0]).span,
    },
    confidence: c.confidence,
    provenance: provenance("actors#attribution"),
    actor: entityId(c.actorKey),
    modality: c.modality,
    cue: c.cue,
  }));

  return {
    schemaVersion: 1,
    articleId: article.id,
    extractor: { rule: "blotter/extract", version: EXTRACTOR_VERSION },
    text: article.text,
    entities,
    roles: findRoles(ctx, byType("person"), (e) => e.id),
    events,
    counts: keptCounts,
    attributions,
    money,
    crimeTypes,
    dates,
    iocs: first.iocs,
    messages: [],
  };
}

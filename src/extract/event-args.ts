/**
 * @module extract/event-args
 * The arguments of one event: who did it (agent), to whom (victim), where, when, how many, how much,
 * with what (malware) and through which flaw (CVE). Input: the trigger hit, the article's entities and
 * facts, and which actors the article links to its incident. Output: `EventArgument`s naming entity or
 * fact ids. Invariants: an actor is an agent only where it is named with the event or the article links
 * it (asserted or alleged), never when the article says it is not linked; a company is a victim only of
 * an attack or scam, and not where it is cited as the source ("researchers at ESET said") or as a
 * sponsor ("linked to the FSB").
 */
import type { CountFact, DateFact, Entity, EventArgument, EventType, MoneyFact, Span } from "../contracts.ts";
import type { TriggerHit } from "./events.ts";

export interface EventArgsInput {
  readonly text: string;
  /** The title and the first paragraph: where the article names its own incident's parties. */
  readonly leadSpan: Span;
  readonly entities: readonly Entity[];
  readonly counts: readonly CountFact[];
  readonly money: readonly MoneyFact[];
  readonly dates: readonly DateFact[];
  /** Entity ids of actors the article links to its own incident (asserted or alleged). */
  readonly linkedActors: ReadonlySet<string>;
  /** Entity ids of actors the article says are not linked. */
  readonly unlinkedActors: ReadonlySet<string>;
}

/** Words just before or after a company's name that make it a source or sponsor, not a victim. */
const SOURCE_BEFORE =
  /\b(?:researchers?|analysts?|experts?|firm|vendor|according to|linked to|backed by|tied to|working for|on behalf of|behind)\s+(?:at\s+|from\s+|with\s+)?(?:the\s+)?(?:\S+\s+){0,2}$/i;
const SOURCE_AFTER =
  /^\W{0,3}(?:'s\s+)?(?:\S+\s+)?(?:researchers?|analysts?|experts?|said|says|told|reported|warned|discovered|found|observed|tracks?|attributed|noted|explained)\b/i;

const isAttack = (type: EventType) => type.startsWith("attack/") || type === "fraud/scam";
const isLawEnforcement = (type: EventType) => type.startsWith("law-enforcement/");

function mentionedIn(e: Entity, span: Span): boolean {
  return e.mentions.some((m) => m.span[0] >= span[0] && m.span[1] <= span[1]);
}

/** A company named as the one attacked, not as who reported or sponsored the attack. */
function asVictim(e: Entity, span: Span, text: string): boolean {
  return e.mentions.some(
    (m) =>
      m.span[0] >= span[0] &&
      m.span[1] <= span[1] &&
      !SOURCE_BEFORE.test(text.slice(Math.max(span[0], m.span[0] - 40), m.span[0])) &&
      !SOURCE_AFTER.test(text.slice(m.span[1], m.span[1] + 40)),
  );
}

/**
 * Arguments of an event read at `hit`; `own` says whether it is the article's own incident, which
 * lets the title, the lead and the article's linked actors stand in when the trigger sentence names no one.
 */
export function eventArguments(
  hit: TriggerHit<EventType>,
  own: boolean,
  input: EventArgsInput,
): EventArgument[] {
  const sentence = hit.sentence.span;
  const inSentence = (e: Entity) => mentionedIn(e, sentence);
  const of = (role: EventArgument["role"], list: readonly { id: string }[]) =>
    list.map((x) => ({ role, ref: x.id }));
  const { entities, text } = input;

  let agents: Entity[] = [];
  if (isLawEnforcement(hit.type)) {
    agents = entities.filter((e) => e.type === "agency" && inSentence(e));
    if (agents.length === 0 && own)
      agents = entities.filter((e) => e.type === "agency" && mentionedIn(e, input.leadSpan));
  } else if (isAttack(hit.type)) {
    const actors = entities.filter((e) => e.type === "threat-actor" && !input.unlinkedActors.has(e.id));
    agents = actors.filter(inSentence);
    if (agents.length === 0 && own) agents = actors.filter((e) => input.linkedActors.has(e.id));
  }

  let victims: Entity[] = [];
  if (isAttack(hit.type)) {
    const companies = entities.filter((e) => e.type === "organization");
    victims = companies.filter((e) => asVictim(e, sentence, text));
    if (victims.length === 0 && own) victims = companies.filter((e) => asVictim(e, input.leadSpan, text));
  }

  const sameSentence = (f: { evidence: { sentence: Span } | null }) =>
    f.evidence?.sentence[0] === sentence[0];
  return [
    ...of("agent", agents),
    ...of("victim", victims),
    ...of(
      "place",
      entities.filter((e) => inSentence(e) && (e.type === "place" || e.type === "country")),
    ),
    ...of(
      "vulnerability",
      entities.filter((e) => inSentence(e) && e.type === "vulnerability"),
    ),
    ...of(
      "instrument",
      entities.filter((e) => inSentence(e) && e.type === "malware"),
    ),
    ...(hit.type === "law-enforcement/arrest" ? of("count", input.counts.slice(0, 1)) : []),
    ...of("money", input.money.filter(sameSentence)),
    ...of("time", input.dates.filter(sameSentence)),
  ];
}

/**
 * @module extract/actors
 * Threat actors and malware from knowledge-base matches, and the attribution claim for each actor:
 * asserted, alleged or not linked, with the cue that decided it. No false attribution is the first
 * rule: an actor is linked only when the title or lead names it with the incident, or a sentence says
 * it did this; a group seen only in background, comparison or a denial is never linked.
 */
import type { AttributionModality, Cue, Span } from "../contracts.ts";
import type { Sentence } from "./analyse.ts";
import { isTitle, matchesIn, type ExtractionContext } from "./context.ts";
import type { EntityTable } from "./entities.ts";
import type { KbHit } from "./lookup.ts";

const NOT_LINKED =
  /\b(?:(?:has|have|had|was|were) not (?:been )?(?:directly |yet |officially |publicly )?(?:linked|tied|attributed|connected|blamed)|not (?:been )?(?:directly )?linked|no (?:evidence|indication|sign) (?:of|that|linking|connecting|to)|not made any claims? connecting|unrelated to|no (?:known )?(?:link|connection|ties) (?:to|with|between)|not (?:believed to be )?(?:behind|responsible|involved)|denied (?:any )?(?:involvement|responsibility))\b/gi;
const BACKGROUND =
  /\b(?:such as|similar to|echo(?:es|ing)?|reminiscent of|previously|in the past|known for|notorious for|is known|are known|has targeted|have targeted|also targeted|other (?:groups|gangs|actors)|compared (?:to|with)|like the|last year|in a separate|another (?:group|gang))\b/gi;
const LINKED =
  /\b(?:claimed (?:responsibility|credit|the attack|to have)|took (?:responsibility|credit)|behind the (?:attack|breach|hack|intrusion|campaign|incident|operation)|carried out|attribut(?:ed|es|ing) (?:[\w-]+ ){0,4}?to|responsible for the|(?:leak|data leak|extortion|dark web) (?:site|portal|blog)|hit by|attacked by|targeted by|breached by|compromised by|hacked by|victim of|deployed by|conducted by|orchestrated by|launched by|the work of|linked (?:the (?:attack|intrusion|campaign|activity) )?to|attributed|blamed)\b/gi;
const ALLEGED =
  /\b(?:suspected|suspect|allegedly|alleged|believed|likely|reportedly|possibly|probably|appears? to|thought to|assess(?:ed|es)?|moderate confidence|low confidence|may have|might have|could be)\b/gi;
const SOFTWARE_CUE =
  /^(?:ransomware|strain|variant|payload|encryptor|locker|malware|binary|sample|samples|encryptors?|decryptor)$/i;
const GANG_CUE = /^(?:gang|group|operators?|operation|crew|actors?|affiliates?|cartel|hackers|members)$/i;
const SPONSOR =
  /\b(?:operat\w* under|affiliated with|sponsored by|backed by|linked to|tied to|working for|on behalf of|part of|unit of|associated with|directed by|controlled by|acting for|connected to)\b/i;

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

/** Adds actor and malware entities from knowledge-base hits; returns the actor keys. */
export function addKnowledgeEntities(table: EntityTable, hits: readonly KbHit[]): Set<string> {
  const actors = new Set<string>();
  for (const hit of hits) {
    const actorEntry = hit.entries.find((e) => e.kind === "threat-actor");
    const malwareEntry = hit.entries.find((e) => e.kind === "malware");
    const ransomware = hit.entries.some((e) => e.ransomware);
    const next = hit.after[0]?.text ?? "";
    const following = hit.after[1]?.text ?? "";
    // A ransomware family names its gang too: the gang is the actor; the payload is malware when the
    // text speaks of software ("the LockBit ransomware encrypted…", "a LockBit sample").
    const asGang = ransomware;
    const softwareCue = SOFTWARE_CUE.test(next) && !GANG_CUE.test(following);
    const asSoftware = malwareEntry && (!ransomware || softwareCue);
    const actor = actorEntry ?? (asGang ? malwareEntry : undefined);
    if (actor) {
      const key = table.add({
        type: "threat-actor",
        name: hit.surface,
        span: hit.span,
        aliases: actor.aliases.slice(0, 12),
        kb: { source: actor.source, key: actor.key, matchedAlias: hit.surface },
        ...(actor.country ? { attributes: { country: actor.country } } : {}),
        confidence: 85,
        rule: "actors#kb-alias",
      });
      actors.add(key);
    }
    if (asSoftware && malwareEntry) {
      table.add({
        type: "malware",
        name: hit.surface,
        span: hit.span,
        aliases: malwareEntry.aliases.slice(0, 12),
        kb: { source: malwareEntry.source, key: malwareEntry.key, matchedAlias: hit.surface },
        confidence: 85,
        rule: "actors#kb-alias",
      });
    }
  }
  return actors;
}

/** Decides, for every threat-actor entity, whether the article links it to its own incident. */
export function attributeActors(ctx: ExtractionContext, table: EntityTable): Attribution[] {
  const body = ctx.analysis.sentences.filter((s) => !isTitle(ctx, s));
  const leadEnd = (body[1] ?? body[0])?.span[1] ?? ctx.titleSpan[1];
  const claims: Attribution[] = [];
  for (const key of table.keys("threat-actor")) {
    const entity = table.get(key);
    if (!entity) continue;
    let denial: Cue | null = null;
    let link: { cue: Cue | null; span: Span; alleged: Cue | null } | null = null;
    for (const mention of entity.mentions) {
      const sentence = ctx.analysis.sentenceAt(mention.span[0]);
      const denied = firstCue(NOT_LINKED, sentence);
      if (denied) {
        denial ??= denied;
        continue;
      }
      const background = firstCue(BACKGROUND, sentence);
      const linkCue = firstCue(LINKED, sentence);
      const prominent = isTitle(ctx, sentence) || mention.span[0] < leadEnd;
      if ((linkCue || prominent) && !(background && !linkCue)) {
        link ??= { cue: linkCue, span: mention.span, alleged: firstCue(ALLEGED, sentence) };
      }
    }
    if (link && !(denial && !link.cue)) {
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
  return claims;
}

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
  for (const key of table.keys("agency")) {
    const mentions = table.get(key)?.mentions ?? [];
    const sponsorOnly =
      mentions.length > 0 &&
      mentions.every((m) => {
        const sentence = ctx.analysis.sentenceAt(m.span[0]);
        if (!actorSentences.has(sentence.index)) return false;
        // The cue must stand between an actor's mention and the body: "APT31, believed to operate under …".
        const actorEnds = actorMentions
          .filter((a) => a[0] >= sentence.span[0] && a[1] <= m.span[0])
          .map((a) => a[1]);
        return actorEnds.some((end) => SPONSOR.test(ctx.text.slice(end, m.span[0])));
      });
    if (sponsorOnly) table.retype(key, "organization");
  }
}

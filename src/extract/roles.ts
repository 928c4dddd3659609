/**
 * @module extract/roles
 * People's roles as stated beside their names: a role noun before the name ("NCCIA spokesperson
 * Najeeb-ul-Hassan"), or an appositive after it ("Malik Tahseen Awan, a former chief executive of the
 * Faisalabad Electric Supply Company"), and negated states ("has not been arrested").
 */
import type { Entity, RoleFact, Span } from "../contracts.ts";
import type { ExtractionContext } from "./context.ts";
import { baseFact } from "./facts.ts";

const ROLE_BEFORE =
  /((?:[A-Z][\w&.-]*\s){0,4}?(?:former |deputy |acting |chief |senior |lead |assistant |co-)?(?:spokesperson|spokesman|spokeswoman|researcher|analyst|director|chief executive|CEO|CTO|CISO|founder|co-founder|minister|secretary|president|chairman|head|commissioner|prosecutor|attorney|judge|officer|agent|owner|administrator|developer|leader|inspector|superintendent|detective|expert|engineer|professor|lawyer|journalist))\s$/;
const APPOSITIVE = /^,\s(?:a|an|the)\s([^,.;]{3,120}?)(?=[,.;—–]|\s(?:and|who|has|had|was|is)\s)/;
/** How far before or after a name its role is read. */
const ROLE_REACH = 300;
const NOT_ARRESTED =
  /\b(?:has|have|had|was|were) not (?:yet )?been (arrested|detained|charged|identified|named)\b/;

export function findRoles(
  ctx: ExtractionContext,
  persons: readonly Entity[],
  idOf: (e: Entity) => string,
): RoleFact[] {
  const roles: RoleFact[] = [];
  for (const person of persons) {
    for (const mention of person.mentions) {
      const sentence = ctx.analysis.sentenceAt(mention.span[0]);
      // Bounded, so a sentence of thousands of names costs each name the same: a title before a name
      // is a few words long, an appositive or a "has not been arrested" follows it closely.
      const before = ctx.text.slice(
        Math.max(sentence.span[0], mention.span[0] - ROLE_REACH),
        mention.span[0],
      );
      const after = ctx.text.slice(mention.span[1], Math.min(sentence.span[1], mention.span[1] + ROLE_REACH));
      const add = (role: string, span: Span, negated: boolean, rule: string) =>
        roles.push({
          ...baseFact(
            ctx.analysis,
            ctx.articleId,
            `role:${idOf(person)}`,
            role,
            [span, mention.span],
            70,
            rule,
          ),
          person: idOf(person),
          role,
          of: null,
          negated,
        });
      const lead = ROLE_BEFORE.exec(before);
      if (lead?.[1])
        add(
          lead[1].trim(),
          [mention.span[0] - lead[0].length, mention.span[0] - 1],
          false,
          "roles#title-before",
        );
      const appositive = APPOSITIVE.exec(after);
      if (appositive?.[1]) {
        const start = mention.span[1] + (appositive[0].length - appositive[1].length);
        add(appositive[1].trim(), [start, start + appositive[1].length], false, "roles#appositive");
      }
      const negated = NOT_ARRESTED.exec(after);
      if (negated?.[1]) {
        const start = mention.span[1] + negated.index;
        add(negated[1], [start, start + negated[0].length], true, "roles#negated-state");
      }
    }
  }
  return roles;
}

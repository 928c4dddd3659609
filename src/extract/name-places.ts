/**
 * @module extract/name-places
 * Where a name chunk and a place's name meet: a place's name after a company noun names a company
 * ("insurer Porto Seguro"), and a place's or region's name is no person whatever first name opens it
 * ("West Virginia", "Asia Pacific").
 */
import { surface, lower, type Chunk } from "./name-chunks.ts";
import type { ExtractionContext } from "./context.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { ORG_DESCRIPTORS } from "./lexicon/institutions.ts";
import { firstNames } from "./lexicon/first-names.ts";
import type { Word } from "./words.ts";
import { startsWithFirstName } from "./name-kinds.ts";

/**
 * "insurance giant Porto Seguro", "the firm Santa Clara": a place's name right after a company noun
 * names a company.
 */
export function placeNamedCompany(chunk: Chunk, name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.places.has(name) && ORG_DESCRIPTORS.has(lower(chunk.before.at(-1)));
}

/** Words that open a region's name: "North Carolina", "West Africa". */
const PLACE_DIRECTION =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Far)$/;
/** Last words of a region's name: "Asia Pacific", "West Africa", "Jefferson County". */
const REGION_END =
  /^(?:County|Parish|Province|Pacific|Africa|African|Asia|Asian|Europe|European|America|Caribbean)$/;

/** A city's name, unless it is a given name too and names no city of 150,000 ("Brandon"). */
const cityNotGivenName = (name: string, gazetteer: Gazetteer) =>
  gazetteer.places.get(name)?.some((p) => !firstNames().has(name) || p.population >= 150_000) === true;

/**
 * "West Virginia", "Dallas Texas", "Asia Pacific": a place's name, or one ending in a state or a
 * region word, is no person, whatever first name opens it ("Virginia", "Asia", "Jefferson").
 */
export function placeShaped(ctx: ExtractionContext, words: readonly Word[], gazetteer: Gazetteer): boolean {
  const last = words.at(-1)?.text ?? "";
  return (
    gazetteer.places.has(surface(ctx, words)) ||
    REGION_END.test(last) ||
    // "Dallas Texas", "North Carolina"; not "Seth Berlin", "Jorge Luis Vargas Valencia", nor "Brandon
    // Wales", a given name that is only a small town's too.
    ((gazetteer.places.get(last)?.some((p) => p.kind === "region") ?? false) &&
      (PLACE_DIRECTION.test(words[0]?.text ?? "") || cityNotGivenName(words[0]?.text ?? "", gazetteer))) ||
    // "Munich Re", "Zurich AG": a city that is no first name, then a word of two letters at most, names a body.
    (words.length === 2 &&
      /^\p{Lu}\p{L}?$/u.test(last) &&
      gazetteer.places.has(words[0]?.text ?? "") &&
      !startsWithFirstName(words))
  );
}

/**
 * @module extract/places
 * Countries (from names and demonyms) and sub-national places. A city name counts with a locative
 * cue ("in X", "X-based", "city of X", "X’s … area", "X, Punjab") or when its country is named in the
 * article; a city of two million or more counts without either ("a Beijing server"). The GeoNames
 * candidate in a named country wins.
 */
import type { Span } from "../contracts.ts";
import type { EntityTable } from "./entities.ts";
import type { Place } from "./gazetteer.ts";
import { REGION_COUNTRIES, US_STATE_ABBREVIATIONS, US_STATE_CODES } from "./lexicon/regions.ts";
import { isProductName } from "./lexicon/products.ts";
import { SpanSet } from "./span-set.ts";
import { afterDistrictOf, type CountryHit, type PlaceHit } from "./lookup.ts";
import { namesAfterComma, type Word } from "./words.ts";

const BEFORE_CUE =
  /^(?:in|from|of|near|at|outside|across|to|into|throughout|around|based|city|town|province|state|region|district|county|downtown|suburban|headquartered)$/i;
const AFTER_CUE =
  /^(?:area|city|district|province|state|region|county|police|-based|based|[’']s|,|metropolitan|office|court|prosecutors?|authorities|residents?|headquarters|branch|suburb|neighbourhood|neighborhood|municipality|mayor|\.)$/i;
/** A state's officials and lawmakers after its name: "New Hampshire Attorney General", "Maine lawmakers". */
const OFFICIALS_AFTER = /^(?:attorneys?|governor|senators?|legislature|lawmakers|legislators)$/i;
/** "Central Luzon", "Northern Ireland": a direction before a place still names a part of it. */
const DIRECTION =
  /^(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Greater|Inner|Outer)$/;
/** A capitalised word that opens a sentence without naming anything: "A Dallas-based firm". */
const FUNCTION_WORD =
  /^(?:A|An|The|This|That|These|Those|Its|Their|Our|His|Her|And|But|Or|As|For|With|By|On|When|While|If|After|Before|Since|Although|Though|Because|Once|Until|Unlike|Like|Many|Some|Most|All|Several|Two|Three)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}-]*$/u;
const NEEDS_STRONG_CUE = new Set([
  // English counties that are also surnames, first names or US towns.
  "Kent",
  "Devon",
  "Cornwall",
  "Essex",
  "Norfolk",
  "Surrey",
  "Washington",
  "Georgia",
  "Victoria",
  "Java",
  "Bali",
  "Jersey",
  "Orange",
  "Split",
  "Mobile",
  "Reading",
  "Nice",
  "Bath",
  "Temple",
  "Troy",
  "Sale",
  "Wells",
  "Hope",
  "Victory",
  "Deal",
  "March",
  "Along",
]);

/** Capitals the news names for their governments: "tensions between Washington and Moscow", "Washington expects". */
const GOVERNMENT_SEATS = new Set(["Washington"]);
const GOVERNMENT_VERB =
  /^(?:expects?|wants?|will|would|must|should|has|had|is|was|says?|said|can|could|may|might|believes?|accused|accuses|blamed|blames|announced|imposed|imposes|sanctioned|sanctions|responded|warned|warns)$/;

/** A capital that stands for its government: before a verb, after "between" or before "and", after "get" or "for" and before "to". */
function governmentAt(hit: PlaceHit, prev: string, next: string): boolean {
  if (!GOVERNMENT_SEATS.has(hit.surface)) return false;
  const after = hit.after[1]?.text ?? "";
  return (
    GOVERNMENT_VERB.test(next) ||
    (prev === "between" && next === "and") ||
    (/^(?:for|get)$/.test(prev) && next === "to" && /^\p{Ll}/u.test(after))
  );
}

/** A word after a name that says it is the place: "Monterey, California", "Washington state". */
const PLACE_WORD_AFTER = /^(?:state|city|county|area|,)$/i;

/** The cue lookup gives a place fused with it: "Georgia-based" reads "Georgia" then "-based". */
const FUSED_CUE = /^-(?:based|born|headquartered)$/;

/** Month names that are also towns (March in Cambridgeshire, May in Oklahoma). */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function addCountries(table: EntityTable, hits: readonly CountryHit[]): void {
  for (const hit of hits)
    table.add({
      type: "country",
      name: hit.code,
      span: hit.span,
      kb: { source: "iso3166", key: hit.code, matchedAlias: hit.surface },
      confidence: 95,
      rule: "places#country-name",
    });
}

function choose(candidates: readonly Place[], countries: ReadonlySet<string>): Place | null {
  const inNamed = candidates.filter((c) => countries.has(c.country));
  const pool = inNamed.length
    ? inNamed
    : candidates.filter((c) => c.population >= 1_000_000 || c.kind === "region");
  return [...pool].sort((a, b) => b.population - a.population)[0] ?? null;
}

/** What joins the places of a list: "Arizona and Georgia", "Texas, Ohio". */
const LIST_JOINT = /^(?:and|,)$/;

/** The hit is followed by "and" or a comma and another place: it opens a list of places. */
function opensPlaceList(hit: PlaceHit, hitStarts: ReadonlySet<number>): boolean {
  const [joint, other] = hit.after;
  return LIST_JOINT.test(joint?.text ?? "") && other !== undefined && hitStarts.has(other.start);
}

/** The one word after a place that makes a tech company of it: "Palo Alto Networks", "Sandia Systems". */
const TECH_COMPANY_END =
  /^(?:Networks|Systems|Technologies|Software|Labs|Semiconductor|Electronics|Dynamics|Instruments|Data|Digital)$/;

/** Another place and "and" or a comma stand right before the hit: it is an item of a list of places. */
function followsPlaceInList(hit: PlaceHit, hitEnds: ReadonlySet<number>): boolean {
  const [other, joint] = hit.before.slice(-2);
  return LIST_JOINT.test(joint?.text ?? "") && other !== undefined && hitEnds.has(other.end);
}

export function addPlaces(
  table: EntityTable,
  hits: readonly PlaceHit[],
  countries: ReadonlySet<string>,
  occupied: readonly Span[],
  agencies: readonly Span[] = [],
  organizations: readonly string[] = [],
): void {
  // Looked up, not scanned: a text of thousands of names and places stays linear.
  const [claimed, agencySpans] = [new SpanSet(occupied), new SpanSet(agencies)];
  const agencyStarts = new Set(agencies.map(([start]) => start));
  const hitStarts = new Set(hits.map((h) => h.span[0]));
  const hitEnds = new Set(hits.map((h) => h.span[1]));
  for (const hit of hits) {
    // "Georgia-based Reproductive Biology Associates": a place fused with "-based" says where the body
    // named after it sits, and is never part of that name.
    const fused = FUSED_CUE.test(hit.after[0]?.text ?? "");
    if (claimed.covers(hit.span) && !fused) continue;
    // A city inside an agency's name is where it acts ("FBI Cleveland Field Office"); a region word
    // there is part of the name ("National Central Bureau").
    const inAgency = agencySpans.covers(hit.span);
    const prev = hit.before.at(-1)?.text ?? "";
    const next = hit.after[0]?.text ?? "";
    const officials = OFFICIALS_AFTER.test(next) && hit.candidates.some((c) => c.kind === "region");
    const cued = BEFORE_CUE.test(prev) || AFTER_CUE.test(next) || fused || officials;
    // Beside another capitalised word that is no cue, it is part of a longer name ("the European
    // Union", "Slovak Republic", "American Independence Day"), unless that name is an agency's.
    const inName =
      (CAPITALISED.test(prev) &&
        !BEFORE_CUE.test(prev) &&
        !DIRECTION.test(prev) &&
        !FUNCTION_WORD.test(prev)) ||
      (CAPITALISED.test(next) &&
        !AFTER_CUE.test(next) &&
        !officials &&
        !regionOfCandidate(next, hit.candidates));
    if (inName && !inAgency) continue;
    // "according to Palo Alto researchers" beside "Palo Alto Networks": a company's short name, the
    // place it is named after standing alone; "offices in Palo Alto" stays a place.
    if (
      !fused &&
      !/^(?:in|at|near|outside|from|of)$/i.test(prev) &&
      organizations.some(
        (o) => o.startsWith(`${hit.surface} `) && TECH_COMPANY_END.test(o.slice(hit.surface.length + 1)),
      )
    )
      continue;
    // "macOS Monterey", "OS X Yosemite": Apple names its releases after places in California.
    if (/^(?:macOS|OSX|X)$/.test(prev) && !PLACE_WORD_AFTER.test(next)) continue;
    // A capitalised first word is no evidence, unless a list of places opens there ("Arizona and
    // Georgia will be the first states").
    if (!cued && hit.before.length === 0 && !opensPlaceList(hit, hitStarts)) continue;
    // "Central District of California": a direction that opens a judicial district's name.
    if (next === "District" && hit.after[1]?.text === "of") continue;
    // "Dallas County", "Orange County": a county is no city of its name (unlisted-towns reads counties).
    if (next === "County") continue;

    // "in February, March, and May 2021", "in March, the FBI…": a month, whatever the cue.
    if (MONTH.test(hit.surface) && !/^(?:city|town|county)$/i.test(next)) continue;
    const strong = NEEDS_STRONG_CUE.has(hit.surface);
    // "Western District of Washington": a judicial district's state, inside an agency's name or not.
    const districtOf = prev === "of" && (inAgency || afterDistrictOf(hit.before));
    // "Bothell, Washington": a state after a town and a comma.
    const stateOfTown = prev === "," && CAPITALISED.test(hit.before.at(-2)?.text ?? "");
    if (
      strong &&
      !PLACE_WORD_AFTER.test(next) &&
      // "Georgia-based", "Kent-born": fused with a word that makes it a place.
      !fused &&
      prev !== "in" &&
      !districtOf &&
      !stateOfTown &&
      // "Arizona and Georgia", "Surrey, Kent": an item of a list of places.
      !followsPlaceInList(hit, hitEnds) &&
      !governmentAt(hit, prev, next)
    )
      continue;
    // "a concept in Java", "protocols such as Java, LDAP and LDAPS": a place name that is also
    // software ("Java") needs more than "in" or a comma: a place word after it.
    if (strong && isProductName(hit.surface) && !/^(?:state|city|county|area|island|province)$/i.test(next))
      continue;
    // "Paris, TX": a US state after the comma picks the US town of that name; "Montgomery, Alabama" the
    // town in that state, whatever else the article names.
    const state = datelineState(hit);
    const inState = stateNamedAfter(hit);
    const american = state
      ? hit.candidates.filter((c) => c.country === "US")
      : hit.candidates.filter((c) => c.country === "US" && c.kind === "city" && c.admin === inState);
    const place = american.length ? choose(american, new Set(["US"])) : choose(hit.candidates, countries);
    // A state or province that opens an agency's name is where the agency acts ("Ontario Provincial
    // Police", "Texas Department of Public Safety").
    const opensAgency = agencyStarts.has(hit.span[0]);
    // So is the state a court's district names ("Western District of Washington", "State of Alaska").
    const agencyPlace =
      place &&
      (!strong || districtOf) &&
      (place.kind === "city" ? place.population >= 100_000 : opensAgency || districtOf);
    if (!place || (inAgency && !agencyPlace)) continue;
    // "a Beijing server": a city of millions needs no cue.
    const metropolis = place.kind === "city" && place.population >= 2_000_000;
    if (!cued && !inState && !metropolis && place.kind !== "region" && !countries.has(place.country))
      continue;
    if (place.kind === "region" && hit.surface === "Georgia" && countries.has("GE") && !countries.has("US"))
      continue;
    if (state && place.country === "US")
      table.add({
        type: "place",
        name: state.name,
        span: [state.word.start, state.word.end],
        attributes: { country: "US", kind: "region" },
        confidence: 75,
        rule: "places#dateline-state",
      });
    table.add({
      type: "place",
      name: place.name,
      span: hit.span,
      ...(place.geonamesId
        ? { kb: { source: "geonames", key: String(place.geonamesId), matchedAlias: hit.surface } }
        : {}),
      attributes: {
        country: place.country,
        ...(place.admin ? { admin1: place.admin } : {}),
        kind: place.kind,
      },
      confidence: cued ? 80 : 60,
      rule: "places#gazetteer",
    });
  }
}

/** "Gatineau Quebec", "Dallas Texas": a state or province of the town's own country right after it, with no comma. */
function regionOfCandidate(word: string, candidates: readonly Place[]): boolean {
  const country = REGION_COUNTRIES.get(word);
  return country !== undefined && candidates.some((c) => c.kind === "city" && c.country === country);
}

/** "Montgomery, Alabama", "Malden, Massachusetts": the postal code of a US state named after a town and a comma. */
function stateNamedAfter(hit: PlaceHit): string | undefined {
  return namesAfterComma(hit.after)
    .map((name) => US_STATE_CODES.get(name))
    .find((code) => code !== undefined);
}

/** "Ocala, Fla.", "Austin, TX": the US state a dateline abbreviates after a city, and the word that does. */
function datelineState(hit: PlaceHit): { name: string; word: Word } | null {
  const [comma, word] = hit.after;
  const name = comma?.text === "," && word ? US_STATE_ABBREVIATIONS.get(word.text) : undefined;
  return name && word ? { name, word } : null;
}

/**
 * @module extract/agencies
 * Well-known government bodies (and a few international organisations) by every name the news gives
 * them: an agency the article names as "Justice Department" and "DOJ" is one agency, named by its
 * official name ("United States Department of Justice") with the others as aliases, so that it links
 * and compares across articles. A name another country's body could share counts only where the
 * article names that country or the name says it.
 */
import { normaliseName } from "../link/normalise.ts";
import type { EntityTable } from "./entities.ts";
import {
  isSpyService,
  KNOWN_AGENCIES,
  KNOWN_ORGANIZATIONS,
  type KnownBody,
} from "./lexicon/agency-aliases.ts";

/** A name's key among the known bodies': "Health & Human Services" is "Health and Human Services". */
const bodyKey = (name: string) => normaliseName(name.replace(/\s*&\s*/g, " and "));

function indexByName(bodies: readonly KnownBody[]): Map<string, KnownBody[]> {
  const byName = new Map<string, KnownBody[]>();
  for (const body of bodies)
    for (const name of [...body.names, ...(body.variants ?? [])]) {
      const key = bodyKey(name);
      byName.set(key, [...(byName.get(key) ?? []), body]);
    }
  return byName;
}
const INDEX = { agency: indexByName(KNOWN_AGENCIES), organization: indexByName(KNOWN_ORGANIZATIONS) };

/** The known body one of `names` names, given the countries the article mentions. */
function knownBodyOf(
  byName: ReadonlyMap<string, readonly KnownBody[]>,
  names: readonly string[],
  countries: ReadonlySet<string>,
): KnownBody | null {
  for (const name of names)
    for (const agency of byName.get(bodyKey(name)) ?? []) {
      if (agency.generic?.some((g) => normaliseName(g) === normaliseName(name))) continue;
      const unique = agency.unique?.some((u) => normaliseName(u) === normaliseName(name)) ?? false;
      if (!agency.country || unique || countries.has(agency.country)) return agency;
    }
  return null;
}

/** Whether any known government body goes by `name`, in any country: "DoJ", "FinCEN". */
export function isKnownAgencyName(name: string): boolean {
  return INDEX.agency.has(bodyKey(name));
}

/** "Ukraine's SSU": a name one of a country's known bodies goes by, where the text names that country. */
export function isAgencyNameOf(name: string, country: string): boolean {
  return (INDEX.agency.get(bodyKey(name)) ?? []).some((body) => body.country === country);
}

/**
 * The names `isUniqueAgencyName` accepts: each body's unique names that the index files under that
 * body. It is asked of every name chunk (some 40 an article); a set lookup instead of normalising the
 * chunk's name and searching the bodies filed under it took it from about 2 µs to 0.3 µs a call.
 */
const UNIQUE_AGENCY_NAMES: ReadonlySet<string> = new Set(
  KNOWN_AGENCIES.flatMap((body) =>
    (body.unique ?? []).filter((name) => INDEX.agency.get(bodyKey(name))?.includes(body)),
  ),
);

/**
 * "Federal Deposit Insurance Corporation": a name only one known government body goes by, anywhere,
 * spelt as the list spells it ("NSa" is a firewall series, "Diicot" a gang named after DIICOT).
 */
export function isUniqueAgencyName(name: string): boolean {
  return UNIQUE_AGENCY_NAMES.has(name);
}

/** The ISO codes of the countries the article names. */
const countriesOf = (table: EntityTable): Set<string> =>
  new Set(table.keys("country").map((k) => table.get(k)?.name ?? ""));

/** Merges the agencies (and international organisations) that are one known body and gives each its other names. */
export function linkKnownAgencies(table: EntityTable): void {
  const countries = countriesOf(table);
  for (const type of ["agency", "organization"] as const) linkKnown(table, type, INDEX[type], countries);
  // A spy service retyped as a hacking group's sponsor ("MSS" and "Ministry of State Security"): its
  // names are an agency's.
  linkKnown(table, "organization", INDEX.agency, countries, isSpyService);
}

function linkKnown(
  table: EntityTable,
  type: "agency" | "organization",
  index: ReadonlyMap<string, readonly KnownBody[]>,
  countries: ReadonlySet<string>,
  only?: (names: readonly string[]) => boolean,
): void {
  const first = new Map<KnownBody, string>();
  for (const key of table.keys(type)) {
    const entity = table.get(key);
    if (!entity || (only && !only([entity.name, ...entity.aliases]))) continue;
    const body = knownBodyOf(index, [entity.name, ...entity.aliases], countries);
    if (!body) continue;
    const into = first.get(body);
    if (into) table.merge(key, into);
    else first.set(body, key);
    for (const name of body.names) table.addAlias(into ?? key, name);
    // One name for one body across articles: stories and searches compare it, not the article's wording.
    table.rename(into ?? key, body.names[0] ?? entity.name);
  }
}

/** "the Treasury and Justice departments", "the Defence, Interior and Foreign ministries". */
const COORDINATED_BODIES =
  /\b((?:\p{Lu}\p{Ll}+,\s+){0,8}\p{Lu}\p{Ll}+),?\s+and\s+(\p{Lu}\p{Ll}+)\s+(departments|ministries|Departments|Ministries)\b/gu;

/**
 * Each body of a coordinated plural that is a known government body's name spelt out ("Justice" of
 * "the Treasury and Justice departments" is the Justice Department): an agency mention on its word.
 */
export function addCoordinatedBodies(text: string, table: EntityTable): void {
  if (!/ (?:departments|ministries)\b/i.test(text)) return;
  for (const match of text.matchAll(COORDINATED_BODIES)) {
    const ministry = /^ministries$/i.test(match[3] ?? "");
    const first = match[1] ?? "";
    const last = match[2] ?? "";
    const words = [...first.split(/,\s+/), last];
    // "State and Justice" read as one body's name is the two.
    const joined = table.resolve("agency", match[0].slice(0, match[0].lastIndexOf(" ")));
    if (joined) table.remove(joined);
    let from = match.index;
    for (const word of words) {
      const start = text.indexOf(word, from);
      from = start + word.length;
      const names = ministry ? [`${word} Ministry`, `Ministry of ${word}`] : [`${word} Department`];
      const name = names.find(isKnownAgencyName);
      if (name)
        table.add({
          type: "agency",
          name,
          span: [start, start + word.length],
          confidence: 70,
          rule: "names#coordinated-bodies",
        });
    }
  }
}

/**
 * "the Ukrainian cyber police", "Ukraine's cyber-police": a known unit the news writes in lower case,
 * after its country's demonym or possessive. Written capitalised, it is a name the name reader finds.
 */
const LOWER_CASE_UNIT = /\b(?:(\p{Lu}\p{Ll}+)(['’]s)?\s+)?(cyber[- ]?police)\b/gu;

/** Each lower-case mention of a known unit whose country the article names: an agency mention. */
export function addLowerCaseBodies(text: string, table: EntityTable): void {
  if (!/cyber[- ]?police/.test(text)) return;
  const countries = countriesOf(table);
  for (const match of text.matchAll(LOWER_CASE_UNIT)) {
    const [, owner, possessive] = match;
    const candidates = owner
      ? possessive
        ? [`Cyber Police of ${owner}`]
        : [`${owner} Cyber Police`]
      : ["Cyberpolice"];
    const body = knownBodyOf(INDEX.agency, candidates, countries);
    if (!body) continue;
    const start = match.index + match[0].length - (match[3] ?? "").length;
    table.add({
      type: "agency",
      name: body.names[0] ?? candidates[0] ?? "",
      span: [owner && !possessive ? match.index : start, match.index + match[0].length],
      confidence: 70,
      rule: "names#lower-case-unit",
    });
  }
}

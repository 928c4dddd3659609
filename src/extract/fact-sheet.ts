/**
 * @module extract/fact-sheet
 * The fact sheet (spec/facts.md): a lossy, public summary view of the record. Name lists put the
 * canonical name first, then the aliases seen or known; own events only; the arrest count only when
 * stated as a number; money de-duplicated by amount and currency, a rounded
 * telling of a more precise amount dropped; places as the article spells them.
 */
import type { Article, Entity, EntityType, FactSheet, IncidentRecord } from "../contracts.ts";
import { isoDay } from "../clean/index.ts";
import { normaliseName } from "../link/normalise.ts";

function nameList(entity: Entity): string[] {
  const names = [entity.name, ...entity.aliases];
  return names.filter((n, i) => names.findIndex((m) => normaliseName(m) === normaliseName(n)) === i);
}

/** A name without its accents: "Bogotá" is "Bogota". */
const withoutAccents = (name: string) => name.normalize("NFD").replace(/\p{Mn}/gu, "");

/**
 * A place as the article writes it where that differs from the gazetteer's name only by accents
 * ("Bogota", "Zurich", "Constanta" for GeoNames' "Bogotá", "Zürich", "Constanţa"); the gazetteer's
 * name otherwise ("California" for "Calif.").
 */
function placeAsWritten(entity: Entity): string {
  const plain = withoutAccents(entity.name);
  return (
    entity.mentions.find((m) => m.text !== entity.name && withoutAccents(m.text) === plain)?.text ??
    entity.name
  );
}

/** Significant digits of an amount: 201000000 has 3, 201497430.94 has 11. */
function significantDigits(amount: number): number {
  return String(amount).replace(/[^\d]/g, "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/**
 * Whether an amount is a rounded telling of a more precise one in the same currency ("$201 million"
 * beside "$201,497,430.94"): within 1% of it, with fewer significant digits.
 */
function roundedOfAnother(
  m: { amount: number; currency: string },
  all: readonly { amount: number; currency: string }[],
): boolean {
  return all.some(
    (p) =>
      p.currency === m.currency &&
      p.amount !== m.amount &&
      Math.abs(p.amount - m.amount) <= 0.01 * p.amount &&
      significantDigits(p.amount) > significantDigits(m.amount),
  );
}

export function toFactSheet(article: Article, record: IncidentRecord): FactSheet {
  const of = (type: EntityType) => record.entities.filter((e) => e.type === type);
  const count = record.counts.find((c) => c.counted === "arrested" && c.value !== null);
  const byNationality: Record<string, number> = {};
  for (const part of count?.parts ?? [])
    if (part.dimension === "nationality" && part.key !== "other") byNationality[part.key] = part.value;
  const money = new Map<string, { amount: number; currency: string }>();
  for (const m of record.money)
    money.set(`${m.currency}:${m.amount}`, { amount: m.amount, currency: m.currency });
  const amounts = [...money.values()];
  const linked = new Map(record.attributions.map((a) => [a.actor, a.modality !== "not-linked"] as const));
  return {
    id: article.slug,
    source_url: article.sourceUrl,
    published: isoDay(article.published),
    event_types: [...new Set(record.events.filter((e) => !e.background).map((e) => e.type))],
    agencies: of("agency").map(nameList),
    persons: of("person").map(nameList),
    organizations: of("organization").map(nameList),
    threat_actors: of("threat-actor").map((e) => ({ names: nameList(e), linked: linked.get(e.id) ?? false })),
    countries: of("country").map((e) => e.name),
    places: [...new Set(of("place").map(placeAsWritten))],
    arrested: count?.value != null ? { total: count.value, by_nationality: byNationality } : null,
    crime_types: record.crimeTypes.map((c) => c.label),
    cves: of("vulnerability").map((e) => e.name),
    malware: of("malware").map(nameList),
    money: amounts.filter((m) => !roundedOfAnother(m, amounts)),
  };
}

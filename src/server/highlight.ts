/**
 * @module server/highlight
 * Evidence highlighting for the incident page. Input: a record and the article text its spans point
 * into. Output: the text as markup, each evidence span wrapped in `<mark>` (overlapping spans are cut
 * into non-overlapping segments, each listing every fact that covers it), and anchors that let the
 * fact-sheet list link to the first evidence of an item. Invariants: spans are UTF-16 offsets into
 * `Article.text`; out-of-range spans are clamped or dropped, never thrown on; all text is escaped.
 */
import type { Evidence, FactSheet, IncidentRecord, Span } from "../contracts.ts";
import { escapeHtml, SafeHtml } from "./html.ts";

export type EvidenceKind = "entity" | "event" | "count" | "money" | "ioc" | "fact";

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: EvidenceKind;
  readonly label: string;
}

function fromEvidence(evidence: Evidence | null, kind: EvidenceKind, label: string): LabelledSpan[] {
  return (evidence?.spans ?? []).map(([start, end]) => ({ start, end, kind, label }));
}

/** Every evidence span of a record, labelled with the fact it supports. */
export function evidenceSpans(record: IncidentRecord): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  // Role facts and attributions may point at entities by id; labels show their names.
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const nameOf = (ref: string) => names.get(ref) ?? ref;
  for (const e of record.entities)
    for (const m of e.mentions)
      spans.push({ start: m.span[0], end: m.span[1], kind: "entity", label: `${e.type}: ${e.name}` });
  for (const ev of record.events)
    spans.push({
      start: ev.trigger[0],
      end: ev.trigger[1],
      kind: "event",
      label: `event: ${ev.type} (${ev.realis})`,
    });
  for (const c of record.counts)
    spans.push(...fromEvidence(c.evidence, "count", `count: ${c.value ?? c.vague ?? "?"} ${c.counted}`));
  for (const m of record.money)
    spans.push(...fromEvidence(m.evidence, "money", `money: ${m.amount} ${m.currency} (${m.role})`));
  for (const i of record.iocs)
    spans.push(...fromEvidence(i.evidence, "ioc", `indicator: ${i.kind} ${i.value}`));
  for (const a of record.attributions)
    spans.push(...fromEvidence(a.evidence, "fact", `attribution: ${nameOf(a.actor)} (${a.modality})`));
  for (const r of record.roles) {
    const role = `role: ${nameOf(r.person)}, ${r.negated ? "not " : ""}${r.role}${r.of ? ` of ${nameOf(r.of)}` : ""}`;
    spans.push(...fromEvidence(r.evidence, "fact", role));
  }
  for (const l of record.crimeTypes)
    spans.push(...fromEvidence(l.evidence, "fact", `crime type: ${l.label}`));
  for (const d of record.dates)
    spans.push(...fromEvidence(d.evidence, "fact", `date: ${d.date.resolved ?? d.date.text}`));
  return spans;
}

function clamp(spans: readonly LabelledSpan[], length: number): LabelledSpan[] {
  return spans
    .map((s) => ({
      ...s,
      start: Math.max(0, Math.min(s.start, length)),
      end: Math.max(0, Math.min(s.end, length)),
    }))
    .filter((s) => s.start < s.end);
}

/**
 * Renders `text` with every span marked; a mark's id is `s-<offset>` so `#s-<start>` reaches a span.
 * @example highlightText("NCCIA raided", [{ start: 0, end: 5, kind: "entity", label: "agency: NCCIA" }])
 */
export function highlightText(text: string, raw: readonly LabelledSpan[]): SafeHtml {
  const spans = clamp(raw, text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  let out = "";
  let next = 0;
  let active: LabelledSpan[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    active = active.filter((s) => s.end > from);
    while (next < spans.length && (spans[next]?.start ?? Infinity) <= from) {
      const span = spans[next++];
      if (span && span.end > from) active.push(span);
    }
    const piece = escapeHtml(text.slice(from, to));
    const first = active[0];
    if (!first) {
      out += piece;
      continue;
    }
    const title = escapeHtml([...new Set(active.map((s) => s.label))].join("\n"));
    out += `<mark id="s-${from}" class="k-${first.kind}" title="${title}">${piece}</mark>`;
  }
  return new SafeHtml(out);
}

type SheetSlot = keyof Omit<FactSheet, "id" | "source_url" | "published">;

const ENTITY_TYPE_OF_SLOT: Partial<Record<SheetSlot, string>> = {
  agencies: "agency",
  persons: "person",
  organizations: "organization",
  malware: "malware",
  threat_actors: "threat-actor",
  places: "place",
  countries: "country",
  cves: "vulnerability",
};

function firstStart(spans: readonly Span[] | undefined): number | null {
  return spans?.[0]?.[0] ?? null;
}

/**
 * Where the first evidence of a fact-sheet item starts in the text, or null when the record has none.
 * `key` is the item's canonical name, code or label.
 */
export function evidenceStartOf(record: IncidentRecord, slot: SheetSlot, key: string): number | null {
  const entityType = ENTITY_TYPE_OF_SLOT[slot];
  if (entityType) {
    const folded = key.toLowerCase();
    const entity = record.entities.find(
      (e) =>
        e.type === entityType &&
        (e.name.toLowerCase() === folded ||
          e.aliases.some((a) => a.toLowerCase() === folded) ||
          e.kb?.key === key ||
          Object.values(e.attributes ?? {}).includes(key)),
    );
    const start = firstStart(entity?.mentions.map((m) => m.span));
    if (start !== null || slot !== "cves") return start;
    return firstStart(record.iocs.find((i) => i.kind === "cve" && i.value === key)?.evidence?.spans);
  }
  switch (slot) {
    case "event_types":
      return record.events.find((e) => e.type === key)?.trigger[0] ?? null;
    case "crime_types":
      return firstStart(record.crimeTypes.find((l) => l.label === key)?.evidence?.spans);
    case "arrested":
      return firstStart(record.counts.find((c) => /arrest|detain/i.test(c.counted))?.evidence?.spans);
    case "money": {
      const [amount, currency] = key.split(" ");
      const fact = record.money.find((m) => String(m.amount) === amount && m.currency === currency);
      return firstStart(fact?.evidence?.spans);
    }
    case "agencies":
    case "persons":
    case "organizations":
    case "malware":
    case "threat_actors":
    case "places":
    case "countries":
    case "cves":
      return null; // entity slots, answered above
  }
}

/**
 * @module eval/gold
 * Reading gold and predicted fact sheets from disk for `blotter eval`.
 * Input: a `*.gold.json` or prediction file path. Output: a validated `FactSheet` (plus, for gold, its
 * optional `source_path`). Invariants: gold is validated strictly (labels from the spec's lists, ISO
 * codes, `YYYY-MM-DD` dates) and any problem throws an error naming the file; predictions are validated
 * for shape only (a wrong label is an error of the extractor, scored as a false positive), and slots
 * they leave out count as empty.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CRIME_TYPES, EVENT_TYPES, type FactSheet } from "../contracts.ts";

const nameList = z.array(z.array(z.string().min(1)).min(1));
const money = z.array(z.object({ amount: z.number().finite().nonnegative(), currency: z.string().min(1) }));
const count = z.number().int().nonnegative();

export const GoldSheetSchema = z.object({
  id: z.string().min(1),
  /** Where the article is, relative to the shared folder (`corpus/news/...`). */
  source_path: z.string().min(1).optional(),
  source_url: z.string().min(1).nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
    .nullable(),
  event_types: z.array(z.enum(EVENT_TYPES)),
  agencies: nameList,
  persons: nameList,
  organizations: nameList,
  threat_actors: z.array(z.object({ names: z.array(z.string().min(1)).min(1), linked: z.boolean() })),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code")),
  places: z.array(z.string().min(1)),
  arrested: z
    .object({
      total: count,
      by_nationality: z.record(z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code"), count),
    })
    .nullable(),
  crime_types: z.array(z.enum(CRIME_TYPES)),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/, "expected CVE-YYYY-NNNN")),
  malware: nameList,
  money,
  notes: z.string().optional(),
});

export type GoldSheet = z.infer<typeof GoldSheetSchema>;

const PredictedSheetSchema = z.object({
  id: z.string().optional(),
  source_url: z.string().nullable().default(null),
  published: z.string().nullable().default(null),
  event_types: z.array(z.string()).default([]),
  agencies: z.array(z.array(z.string())).default([]),
  persons: z.array(z.array(z.string())).default([]),
  organizations: z.array(z.array(z.string())).default([]),
  threat_actors: z.array(z.object({ names: z.array(z.string()), linked: z.boolean() })).default([]),
  countries: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  arrested: z
    .object({ total: z.number(), by_nationality: z.record(z.string(), z.number()) })
    .nullable()
    .default(null),
  crime_types: z.array(z.string()).default([]),
  cves: z.array(z.string()).default([]),
  malware: z.array(z.array(z.string())).default([]),
  money: z.array(z.object({ amount: z.number(), currency: z.string() })).default([]),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

async function readJson(path: string, what: string): Promise<unknown> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `${what} ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Reads and validates one gold file; throws an error naming the file when it is malformed. */
export async function readGoldSheet(path: string): Promise<GoldSheet> {
  const parsed = GoldSheetSchema.safeParse(await readJson(path, "gold file"));
  if (!parsed.success) throw new Error(`gold file ${path} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The fact sheet part of a gold file (without `source_path` and `notes`). */
export function toGoldFactSheet(gold: GoldSheet): FactSheet {
  return {
    id: gold.id,
    source_url: gold.source_url,
    published: gold.published,
    event_types: gold.event_types,
    agencies: gold.agencies,
    persons: gold.persons,
    organizations: gold.organizations,
    threat_actors: gold.threat_actors,
    countries: gold.countries,
    places: gold.places,
    arrested: gold.arrested,
    crime_types: gold.crime_types,
    cves: gold.cves,
    malware: gold.malware,
    money: gold.money,
  };
}

/** Reads one prediction file; `id` is the gold id it is scored against. Throws naming the file when malformed. */
export async function readPredictedSheet(path: string, id: string): Promise<FactSheet> {
  const parsed = PredictedSheetSchema.safeParse(await readJson(path, "prediction file"));
  if (!parsed.success) throw new Error(`prediction file ${path} is invalid: ${describeIssues(parsed.error)}`);
  return { ...parsed.data, id };
}

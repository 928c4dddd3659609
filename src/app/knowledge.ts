/**
 * @module app/knowledge
 * Use case: `blotter kb import FILE`. Reads a full ATT&CK STIX bundle or MISP galaxy cluster file a user
 * downloaded, keeps names, aliases, ids and countries, and saves them as JSON in the knowledge folder;
 * `loadImportedKnowledge` reads that folder so extraction links against the imported entries too.
 * Invariants: an unreadable or unrecognised file is a failed outcome, nothing half-written is kept
 * (write to a temporary file, then rename).
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Outcome } from "../contracts.ts";
import { KNOWN_ORGS } from "../extract/lexicon/institutions.ts";
import { PRODUCT_NAMES } from "../extract/lexicon/products.ts";
import { buildKnowledgeBase, parseKnowledgeFile, type KbEntry } from "../link/kb-import.ts";
import { normaliseName } from "../link/normalise.ts";

const MAX_KB_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Names a catalogue alias needs a cue beside to count: English words, and the names of well-known
 * software and companies ("NodeJS", "Gazprom" are also malware families), lower-cased and normalised.
 */
export function namesNeedingCue(englishWords: readonly string[]): Set<string> {
  const names = new Set(englishWords);
  for (const name of [...PRODUCT_NAMES, ...KNOWN_ORGS]) {
    names.add(name.toLowerCase());
    names.add(normaliseName(name));
  }
  return names;
}

export async function importKnowledgeFile(
  path: string,
  kbDir: string,
): Promise<Outcome<{ entries: number; savedAs: string }>> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    return { status: "failed", code: "unreadable", reason: `${path}: not a readable file` };
  if (info.size > MAX_KB_FILE_BYTES)
    return { status: "failed", code: "too-large", reason: `${path}: larger than ${MAX_KB_FILE_BYTES} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch {
    return { status: "failed", code: "not-json", reason: `${path}: not valid JSON` };
  }
  const parsed = parseKnowledgeFile(json);
  if (parsed.length === 0)
    return {
      status: "failed",
      code: "unrecognised",
      reason: `${path}: neither an ATT&CK STIX bundle nor a MISP galaxy cluster with named entries`,
    };
  const { default: words } = await import("an-array-of-english-words", { with: { type: "json" } });
  const entries = buildKnowledgeBase(parsed, namesNeedingCue(words));
  await mkdir(kbDir, { recursive: true });
  const savedAs = join(kbDir, `${basename(path, extname(path)).replace(/[^\w.-]+/g, "-")}.json`);
  await writeFile(`${savedAs}.tmp`, JSON.stringify({ importedFrom: basename(path), entries }));
  await rename(`${savedAs}.tmp`, savedAs);
  return { status: "ok", value: { entries: entries.length, savedAs } };
}

/** Every entry imported into `kbDir`; a missing folder means none. */
export async function loadImportedKnowledge(kbDir: string): Promise<KbEntry[]> {
  const names = await readdir(kbDir).catch(() => [] as string[]);
  const entries: KbEntry[] = [];
  for (const name of names.filter((n) => n.endsWith(".json")).sort()) {
    const file = JSON.parse(await readFile(join(kbDir, name), "utf8")) as { entries?: KbEntry[] };
    entries.push(...(file.entries ?? []));
  }
  return entries;
}

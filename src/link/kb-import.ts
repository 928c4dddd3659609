/**
 * @module link/kb-import
 * Reads ATT&CK STIX 2.1 bundles and MISP galaxy cluster files into knowledge-base entries:
 * names, aliases, ids and sponsor countries only. Input: parsed JSON of one file (untrusted).
 * Output: `KbEntry[]`. Invariant: unknown shapes give an empty list, never a throw.
 */
import { z } from "zod";
import { normaliseName, spacedName } from "./normalise.ts";

export type KbKind = "threat-actor" | "malware";

export interface KbEntry {
  /** ATT&CK id (G0001, S0002) or MISP galaxy value UUID. */
  readonly key: string;
  readonly source: "attack" | "misp-galaxy";
  readonly kind: KbKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
  /** Also a ransomware family, so a gang of that name is a threat actor and its payload malware. */
  readonly ransomware?: boolean;
  /** Aliases that are also English words or very short: a match needs a nearby cue ("ransomware", "group"). */
  readonly cuedAliases?: readonly string[];
  /** An operating-system or legitimate administration utility (certutil, PsExec, ngrok): attackers abuse it, but it is not malware. */
  readonly benign?: boolean;
  /**
   * Ransomware that spread on its own or destroyed data (WannaCry, NotPetya, WhisperGate): an outbreak,
   * not an operation, so its name never stands for a gang; whoever ran it is another group.
   */
  readonly outbreak?: boolean;
}

const stixObject = z.object({
  type: z.string(),
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  x_mitre_aliases: z.array(z.string()).optional(),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
  description: z.string().optional(),
  external_references: z
    .array(z.object({ source_name: z.string(), external_id: z.string().optional() }))
    .optional(),
});
const stixBundle = z.object({ type: z.literal("bundle"), objects: z.array(z.unknown()) });

const mispValue = z.object({
  value: z.string(),
  uuid: z.string(),
  meta: z
    .object({ synonyms: z.array(z.string()).optional(), country: z.string().optional() })
    .passthrough()
    .optional(),
});
const mispCluster = z.object({ type: z.string(), values: z.array(z.unknown()) });

/** Drops MISP's decorations: "(Fake)", "Ransomware" suffixes, "Unidentified 003 …" placeholders. */
function cleanAlias(raw: string): string | null {
  const name = raw
    .replace(/\([^)]*\)/g, " ")
    // "Babuk Ransomsware": the catalogue's own misspellings too.
    .replace(/\bransom(?:e|s)?ware\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (name.length < 3 || /^unidentified\b/i.test(name) || /fake/i.test(raw)) return null;
  return name;
}

/**
 * How ATT&CK's description of a tool opens when the tool is a system or legitimate administration
 * utility ("is a Windows utility", "is a legitimate remote administration tool", "is a free Microsoft
 * tool"), as against offensive frameworks and RATs ("is a credential dumper", "is an open-source
 * remote access tool"). Read at import time only; descriptions are never stored.
 */
const BENIGN_TOOL =
  /^[^.]*?\b(?:(?:Windows|operating system|Unix-based|native Microsoft|command[- ]line|scripting|free Microsoft|legitimate)\b[^.]{0,40}\b(?:utility|tool|program|interpreter|driver)|is a utility|utility commonly available|component of the Windows|remote assistance tool|is used to schedule|can be used to (?:find|obtain|query)|displays)/i;

/**
 * How ATT&CK describes ransomware that was a worm or a wiper in disguise ("contains worm-like
 * features", "its main purpose was to destroy data", "a multi-stage wiper designed to look like
 * ransomware"), as against the families a ransomware operation runs. Read at import time only.
 */
const OUTBREAK =
  /\b(?:worm(?:-like|able)?|self-propagating|self-spreading|wiper|wiping|destroy(?:s|ed)? (?:data|files|disks?)|destructive)\b/i;

/**
 * How ATT&CK's description of a family opens when the family is ransomware ("RobbinHood is ransomware
 * that…", "EKANS is ransomware variant…"): ransomware the ransomware catalogue may spell otherwise.
 */
const RANSOMWARE_FAMILY = /^[^.]*?\b(?:is|was) (?:a |an )?(?:[\w-]+ ){0,3}ransomware\b/i;

/** A tool's description with Markdown links reduced to their text: "[Net](https://…) is" → "Net is". */
const plainDescription = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");

function fromStix(bundle: z.infer<typeof stixBundle>): KbEntry[] {
  const entries: KbEntry[] = [];
  for (const raw of bundle.objects) {
    const parsed = stixObject.safeParse(raw);
    if (!parsed.success) continue;
    const o = parsed.data;
    const name = o.name;
    if (!name) continue;
    if (o.revoked || o.x_mitre_deprecated) continue;
    const kind: KbKind | null =
      o.type === "intrusion-set"
        ? "threat-actor"
        : o.type === "malware" || o.type === "tool"
          ? "malware"
          : null;
    if (!kind) continue;
    const id = o.external_references?.find((r) => r.source_name === "mitre-attack")?.external_id;
    if (!id) continue;
    const aliases = [name, ...(o.aliases ?? []), ...(o.x_mitre_aliases ?? [])];
    const description = plainDescription(o.description ?? "");
    const benign = o.type === "tool" && BENIGN_TOOL.test(description);
    const outbreak =
      o.type === "malware" && /\bransomware\b/i.test(description) && OUTBREAK.test(description);
    const ransomware = o.type === "malware" && RANSOMWARE_FAMILY.test(description);
    entries.push({
      key: id,
      source: "attack",
      kind,
      name,
      aliases: unique(aliases),
      ...(ransomware ? { ransomware: true } : {}),
      ...(benign ? { benign: true } : {}),
      ...(outbreak ? { outbreak: true } : {}),
    });
  }
  return entries;
}

function fromMisp(cluster: z.infer<typeof mispCluster>): KbEntry[] {
  const kind: KbKind | null =
    cluster.type === "threat-actor"
      ? "threat-actor"
      : cluster.type === "ransomware" || cluster.type === "malpedia"
        ? "malware"
        : null;
  if (!kind) return [];
  const entries: KbEntry[] = [];
  for (const raw of cluster.values) {
    const parsed = mispValue.safeParse(raw);
    if (!parsed.success) continue;
    const v = parsed.data;
    const aliases = [v.value, ...(v.meta?.synonyms ?? [])]
      .map(cleanAlias)
      .filter((a): a is string => a !== null);
    const name = aliases[0];
    if (!name) continue;
    entries.push({
      key: v.uuid,
      source: "misp-galaxy",
      kind,
      name,
      aliases: unique(aliases),
      ...(v.meta?.country && /^[A-Z]{2}$/.test(v.meta.country) ? { country: v.meta.country } : {}),
      ...(cluster.type === "ransomware" ? { ransomware: true } : {}),
    });
  }
  return entries;
}

/** Parses one downloaded file: an ATT&CK STIX bundle or a MISP galaxy cluster. */
export function parseKnowledgeFile(json: unknown): KbEntry[] {
  const bundle = stixBundle.safeParse(json);
  if (bundle.success) return fromStix(bundle.data);
  const cluster = mispCluster.safeParse(json);
  if (cluster.success) return fromMisp(cluster.data);
  return [];
}

/** A name without a kind word after it: "Sakula RAT" and "Equation Group" are "sakula" and "equation". */
const bareName = (name: string) =>
  normaliseName(name.replace(/\s+(?:RAT|ransomware|malware|backdoor|trojan|group|team|gang|APT)$/i, ""));

/**
 * Names once each, by spelling with word breaks kept: the text is matched against every spelling, so
 * "Tortoiseshell" stays beside "Tortoise Shell" (lookup rejects a surface spaced like no alias).
 */
function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = spacedName(n);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Merges MISP entries into the ATT&CK entry of the same kind that shares a name with them, so one
 * group has one entry with every alias; marks names that are also English words as needing a cue.
 * `places` (lower case) are names a group's stem may not take.
 */
interface Merged {
  entry: KbEntry;
  aliases: string[];
  ransomware: boolean;
  country?: string;
}

export function buildKnowledgeBase(
  entries: readonly KbEntry[],
  englishWords: ReadonlySet<string>,
  places: ReadonlySet<string> = new Set(),
): KbEntry[] {
  const anchors = new Map<string, number>();
  const merged: Merged[] = [];
  const sorted = [...entries].sort((a, b) => (a.source === b.source ? 0 : a.source === "attack" ? -1 : 1));
  for (const entry of sorted) {
    const keys = [entry.key, ...entry.aliases].map((a) => `${entry.kind}:${normaliseName(a)}`);
    // One is the other where it cites the other's ATT&CK id, where either's own name is among the
    // other's names, or where they share two names: Malpedia lists "qbot" among Bashlite's synonyms,
    // one name shared in passing, and Bashlite is no alias of QakBot.
    const own = new Set(keys);
    // Whether the entry names the target itself, not only one of its aliases.
    const namesTarget = (target: Merged) =>
      target.aliases.filter((a) => own.has(`${entry.kind}:${normaliseName(a)}`)).length >= 2 ||
      (target.entry.source === "attack" && own.has(`${entry.kind}:${normaliseName(target.entry.key)}`)) ||
      own.has(`${entry.kind}:${normaliseName(target.entry.name)}`) ||
      bareName(target.entry.name) === bareName(entry.name);
    const candidates = keys
      .map((k) => anchors.get(k))
      .filter((i): i is number => {
        const target = i === undefined ? undefined : merged[i];
        if (!target) return false;
        const names = [target.entry.key, ...target.aliases].map((a) => `${entry.kind}:${normaliseName(a)}`);
        return namesTarget(target) || names.includes(`${entry.kind}:${normaliseName(entry.name)}`);
      });
    // Malpedia's "Loki Password Stealer" (Loki, LokiBot) is ATT&CK's Lokibot, not the ransomware
    // catalogue's Loki: an ATT&CK entry it matches comes first.
    const hit = candidates.find((i) => merged[i]?.entry.source === "attack") ?? candidates[0];
    if (hit !== undefined) {
      const target = merged[hit];
      if (!target) continue;
      // The ransomware catalogue's "XRat" is among QuasarRAT's aliases, but QuasarRAT is no ransomware:
      // an entry marks its target as ransomware only where it names the target itself, and never a
      // benign tool (the catalogue's "Cmd" ransomware is not ATT&CK's cmd.exe).
      target.ransomware ||= entry.ransomware === true && namesTarget(target) && target.entry.benign !== true;
      target.aliases.push(...entry.aliases);
      target.country ??= entry.country;
      continue;
    }
    merged.push({
      entry,
      aliases: [...entry.aliases],
      ransomware: entry.ransomware === true,
      country: entry.country,
    });
    const index = merged.length - 1;
    for (const k of keys) if (!anchors.has(k)) anchors.set(k, index);
  }
  // Every name some entry carries, to keep a group's stem from taking another entry's name.
  const taken = new Set(merged.flatMap((m) => m.aliases.map(normaliseName)));
  return merged.map(({ entry, aliases, ransomware, country }) => {
    // A group is named without its kind word as often as with it: "Lazarus hackers" for "Lazarus
    // Group". Only a one-word stem of five letters or more, in Title Case or capitals, that no other
    // entry carries and that is no English word ("Hacking Team") or place ("Beijing Group").
    const stems =
      entry.kind === "threat-actor"
        ? aliases.flatMap(
            (a) =>
              /^(\p{Lu}(?:\p{Ll}{4,}|\p{Lu}{4,}))\s+(?:Group|Team|Gang|GROUP|TEAM|GANG)$/u.exec(a)?.[1] ?? [],
          )
        : [];
    // A family is named without its kind word too ("RedLine" for "RedLine Stealer"): only a stem spelt
    // as no word is ("RedLine", with a capital inside), which the cue rules below still guard.
    const familyStems =
      entry.kind === "malware"
        ? aliases.flatMap(
            (a) =>
              /^(\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*)\s+(?:Stealer|Loader|RAT|Backdoor|Botnet|Trojan)$/u.exec(
                a,
              )?.[1] ?? [],
          )
        : [];
    const all = unique([
      ...aliases,
      ...stems.filter(
        (s) =>
          !taken.has(normaliseName(s)) && !englishWords.has(s.toLowerCase()) && !places.has(s.toLowerCase()),
      ),
      ...familyStems.filter((s) => !taken.has(normaliseName(s)) && !places.has(s.toLowerCase())),
    ]);
    // "Max++" reads as "max" once punctuation goes: an alias whose letters make an English word needs a cue.
    const cued = all.filter(
      (a) => englishWords.has(a.toLowerCase()) || englishWords.has(normaliseName(a)) || a.length <= 3,
    );
    return {
      key: entry.key,
      source: entry.source,
      kind: entry.kind,
      name: entry.name,
      aliases: all,
      ...(country ? { country } : {}),
      ...(ransomware ? { ransomware: true } : {}),
      ...(cued.length > 0 ? { cuedAliases: cued } : {}),
      ...(entry.benign ? { benign: true } : {}),
      ...(entry.outbreak ? { outbreak: true } : {}),
    };
  });
}

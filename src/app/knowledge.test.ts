import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "./extract-file.ts";
import { importKnowledgeFile, loadImportedKnowledge } from "./knowledge.ts";

const bundle = {
  type: "bundle",
  id: "bundle--0",
  objects: [
    {
      type: "intrusion-set",
      id: "intrusion-set--1",
      name: "Quartz Heron",
      aliases: ["Quartz Heron", "TEMP.Glassmoth"],
      external_references: [{ source_name: "mitre-attack", external_id: "G9901" }],
    },
    {
      type: "intrusion-set",
      id: "intrusion-set--2",
      name: "Old Group",
      revoked: true,
      external_references: [{ source_name: "mitre-attack", external_id: "G9902" }],
    },
  ],
};
const cluster = {
  type: "malpedia",
  values: [
    { value: "GlassLoader", uuid: "5e0c1a4e-0000-4000-8000-000000000001", meta: { synonyms: ["GLoad"] } },
  ],
};

describe("kb import", () => {
  it("imports ATT&CK bundles and MISP clusters, and extraction links their names", async () => {
    const dir = await mkdtemp(join(tmpdir(), "blotter-kb-"));
    await writeFile(join(dir, "groups.json"), JSON.stringify(bundle));
    await writeFile(join(dir, "malpedia.json"), JSON.stringify(cluster));
    const kbDir = join(dir, "kb");
    const groups = await importKnowledgeFile(join(dir, "groups.json"), kbDir);
    expect(groups).toMatchObject({ status: "ok", value: { entries: 1 } });
    expect((await importKnowledgeFile(join(dir, "malpedia.json"), kbDir)).status).toBe("ok");
    const knowledge = await loadImportedKnowledge(kbDir);
    expect(knowledge.map((e) => e.key).sort()).toEqual(["5e0c1a4e-0000-4000-8000-000000000001", "G9901"]);

    const text =
      "Telecom breached\n\nThe breach was carried out by TEMP.Glassmoth, which deployed the GlassLoader malware.";
    const out = extractFile(
      { uri: "x.txt", bytes: new TextEncoder().encode(text), format: "text" },
      knowledge,
    );
    if (out.status !== "ok") throw new Error(out.reason);
    const actor = out.value.record.entities.find((e) => e.type === "threat-actor");
    expect(actor?.kb).toEqual({ source: "attack", key: "G9901", matchedAlias: "TEMP.Glassmoth" });
    expect(out.value.sheet.threat_actors[0]).toMatchObject({ linked: true });
    expect(out.value.sheet.malware[0]).toContain("GlassLoader");
  });

  it("refuses files that are not knowledge, with one line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "blotter-kb-"));
    await writeFile(join(dir, "junk.json"), "{ not json");
    await writeFile(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    expect(await importKnowledgeFile(join(dir, "junk.json"), dir)).toMatchObject({
      status: "failed",
      code: "not-json",
    });
    expect(await importKnowledgeFile(join(dir, "other.json"), dir)).toMatchObject({
      status: "failed",
      code: "unrecognised",
    });
    expect(await importKnowledgeFile(join(dir, "missing.json"), dir)).toMatchObject({
      status: "failed",
      code: "unreadable",
    });
  });
});

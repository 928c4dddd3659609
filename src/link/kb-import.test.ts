import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, parseKnowledgeFile } from "./kb-import.ts";

const software = (id: string, name: string, description: string) => ({
  type: "malware",
  id: `malware--${id}`,
  name,
  description,
  external_references: [{ source_name: "mitre-attack", external_id: id }],
});

describe("kb import of ATT&CK software", () => {
  it("marks ransomware that spread as a worm or destroyed data as an outbreak, not a gang's family", () => {
    const entries = parseKnowledgeFile({
      type: "bundle",
      objects: [
        software(
          "S9901",
          "Frostwyrm",
          "[Frostwyrm](https://x) is ransomware with worm-like features that hit hospitals in 2019.",
        ),
        software(
          "S9902",
          "Ashfall",
          "[Ashfall](https://x) poses as ransomware, but its main purpose was to destroy data.",
        ),
        software(
          "S9903",
          "Quietlock",
          "[Quietlock](https://x) is a Ransomware-as-a-Service (RaaS) first seen in 2021.",
        ),
        software("S9904", "Wormhole RAT", "[Wormhole RAT](https://x) is a remote access trojan."),
      ],
    });
    const outbreak = Object.fromEntries(entries.map((e) => [e.name, e.outbreak === true]));
    expect(outbreak).toEqual({ Frostwyrm: true, Ashfall: true, Quietlock: false, "Wormhole RAT": false });
  });
});

describe("kb merge of MISP clusters into ATT&CK entries", () => {
  it("merges a cluster that cites the ATT&CK id or shares two names, not one sharing a single synonym", () => {
    const attack = parseKnowledgeFile({
      type: "bundle",
      objects: [
        {
          ...software("S9911", "Mossbot", "[Mossbot](https://x) is a banking trojan."),
          x_mitre_aliases: ["Mossbot", "Qmoss"],
        },
        {
          ...software("S9912", "Fernloader", "[Fernloader](https://x) is a loader."),
          x_mitre_aliases: ["Fernloader", "FernLdr"],
        },
      ],
    });
    const cluster = (value: string, synonyms: string[]) => ({
      value,
      uuid: `uuid-${value}`,
      meta: { synonyms },
    });
    const misp = parseKnowledgeFile({
      type: "malpedia",
      values: [
        // A different family that names one of Mossbot's aliases among its own.
        cluster("Lichenbot", ["Qmoss", "Lichen"]),
        // The same family under another name, citing the ATT&CK id.
        cluster("Mossbank", ["S9911", "Mossbank Trojan"]),
        // The same family sharing two names.
        cluster("FernLdr", ["Fernloader", "Fern"]),
      ],
    });
    const kb = buildKnowledgeBase([...attack, ...misp], new Set());
    const aliasesOf = (name: string) => kb.find((e) => e.name === name)?.aliases ?? [];
    expect(aliasesOf("Mossbot")).toEqual(expect.arrayContaining(["Mossbank"]));
    expect(aliasesOf("Mossbot")).not.toContain("Lichenbot");
    expect(kb.map((e) => e.name)).toContain("Lichenbot");
    expect(aliasesOf("Fernloader")).toEqual(expect.arrayContaining(["Fern"]));
  });
});

describe("kb spellings and the ransomware mark of merged entries", () => {
  const bundle = (objects: object[]) => parseKnowledgeFile({ type: "bundle", objects });
  const ransomwareCluster = (value: string, synonyms: string[] = []) => ({
    value,
    uuid: `uuid-${value}`,
    meta: { synonyms },
  });

  it("keeps both spellings of a name that differ only in a word break ('Heron Shell', 'Heronshell')", () => {
    const kb = buildKnowledgeBase(
      [
        {
          key: "G9931",
          source: "attack",
          kind: "threat-actor",
          name: "PEWTER",
          aliases: ["PEWTER", "Heron Shell"],
        },
        {
          key: "uuid-heronshell",
          source: "misp-galaxy",
          kind: "threat-actor",
          name: "Heronshell",
          aliases: ["Heronshell", "PEWTER"],
        },
      ],
      new Set(),
    );
    expect(kb).toHaveLength(1);
    expect(kb[0]?.aliases).toEqual(expect.arrayContaining(["Heron Shell", "Heronshell"]));
  });

  it("marks an entry as ransomware only where the ransomware cluster names the entry itself, not one alias", () => {
    const attack = bundle([
      {
        ...software("S9921", "KestrelRAT", "[KestrelRAT](https://x) is a remote access tool."),
        x_mitre_aliases: ["KestrelRAT", "kRAT"],
      },
      software("S9922", "Grimlock", "[Grimlock](https://x) is ransomware run by a gang."),
    ]);
    const ransomware = parseKnowledgeFile({
      type: "ransomware",
      // "kRAT" is also a small ransomware family: it is one of KestrelRAT's aliases, nothing more.
      values: [ransomwareCluster("kRAT"), ransomwareCluster("Grimlock Ransomsware")],
    });
    const kb = buildKnowledgeBase([...attack, ...ransomware], new Set());
    const marked = Object.fromEntries(kb.map((e) => [e.name, e.ransomware === true]));
    expect(marked).toEqual({ KestrelRAT: false, Grimlock: true });
  });

  it("never marks a benign tool as ransomware, whatever family of its name the ransomware catalogue holds", () => {
    const attack = bundle([
      {
        ...software("S9923", "shellx", "[shellx](https://x) is the Windows command-line interpreter."),
        type: "tool",
        id: "tool--S9923",
        x_mitre_aliases: ["shellx", "shellx.exe"],
      },
    ]);
    const ransomware = parseKnowledgeFile({ type: "ransomware", values: [ransomwareCluster("Shellx")] });
    const kb = buildKnowledgeBase([...attack, ...ransomware], new Set());
    const tool = kb.find((e) => e.key === "S9923");
    expect(tool?.benign).toBe(true);
    expect(tool?.ransomware).not.toBe(true);
  });
});

describe("kb merge when a cluster matches more than one entry", () => {
  it("joins a cluster matching an ATT&CK entry and a ransomware cluster to the ATT&CK entry", () => {
    const attack = parseKnowledgeFile({
      type: "bundle",
      objects: [software("S9941", "Wrenbot", "[Wrenbot](https://x) is an information stealer.")],
    });
    const misp = (type: string, value: string, synonyms: string[]) =>
      parseKnowledgeFile({ type, values: [{ value, uuid: `uuid-${type}-${value}`, meta: { synonyms } }] });
    const kb = buildKnowledgeBase(
      [
        ...attack,
        // A small ransomware family that happens to share the stealer's short name.
        ...misp("ransomware", "Wren", []),
        // The stealer under Malpedia's name, listing both the short name and ATT&CK's.
        ...misp("malpedia", "Wren Password Stealer", ["Wren", "Wrenbot", "WrenPWS"]),
      ],
      new Set(),
    );
    const wrenbot = kb.find((e) => e.name === "Wrenbot");
    expect(wrenbot?.aliases).toEqual(expect.arrayContaining(["Wren Password Stealer", "WrenPWS"]));
    expect(wrenbot?.ransomware).toBeUndefined();
    expect(kb.find((e) => e.name === "Wren")?.aliases).toEqual(["Wren"]);
  });

  it("marks ATT&CK software its description calls ransomware, whatever the ransomware catalogue spells", () => {
    const entries = parseKnowledgeFile({
      type: "bundle",
      objects: [
        software("S9951", "Marshlock", "[Marshlock](https://x) is ransomware that was first seen in 2020."),
        software("S9952", "Reedcat", "[Reedcat](https://x) is a backdoor; it can also drop ransomware."),
      ],
    });
    const marked = Object.fromEntries(entries.map((e) => [e.name, e.ransomware === true]));
    expect(marked).toEqual({ Marshlock: true, Reedcat: false });
  });
});

describe("kb names of families without their kind word", () => {
  it("adds a family's stem spelt as no word is ('VoltShade' for 'VoltShade Stealer'), not a plain word's", () => {
    const kb = buildKnowledgeBase(
      parseKnowledgeFile({
        type: "malpedia",
        values: [
          { value: "VoltShade Stealer", uuid: "uuid-voltshade", meta: { synonyms: [] } },
          { value: "Harbor Loader", uuid: "uuid-harbor", meta: { synonyms: [] } },
        ],
      }),
      new Set(["harbor"]),
    );
    const aliasesOf = (name: string) => kb.find((e) => e.name === name)?.aliases ?? [];
    expect(aliasesOf("VoltShade Stealer")).toContain("VoltShade");
    expect(aliasesOf("Harbor Loader")).toEqual(["Harbor Loader"]);
  });
});

describe("kb names of groups without their kind word", () => {
  it("adds a group's one-word stem ('Morvane Group' → 'Morvane'), unless it is an English word, a place or another entry's name", () => {
    const group = (id: string, name: string, aliases: string[]) => ({
      type: "intrusion-set",
      id: `intrusion-set--${id}`,
      name,
      aliases,
      external_references: [{ source_name: "mitre-attack", external_id: id }],
    });
    const kb = buildKnowledgeBase(
      parseKnowledgeFile({
        type: "bundle",
        objects: [
          group("G9901", "Morvane Group", ["Morvane Group", "Slate Crane"]),
          group("G9902", "Kestrel Team", ["Kestrel Team"]),
          group("G9903", "Lisbon Group", ["Lisbon Group"]),
          group("G9904", "Quillon Team", ["Quillon Team"]),
          {
            ...software("S9921", "Quillon", "[Quillon](https://x) is a backdoor."),
            x_mitre_aliases: ["Quillon"],
          },
        ],
      }),
      new Set(["kestrel"]),
      new Set(["lisbon"]),
    );
    const aliasesOf = (name: string) => kb.find((e) => e.name === name)?.aliases ?? [];
    expect(aliasesOf("Morvane Group")).toContain("Morvane");
    expect(aliasesOf("Kestrel Team")).toEqual(["Kestrel Team"]);
    expect(aliasesOf("Lisbon Group")).toEqual(["Lisbon Group"]);
    expect(aliasesOf("Quillon Team")).toEqual(["Quillon Team"]);
  });
});

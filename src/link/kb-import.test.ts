import { describe, expect, it } from "vitest";
import { parseKnowledgeFile } from "./kb-import.ts";

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

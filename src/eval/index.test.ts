import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FactSheet } from "../contracts.ts";
import { readGoldSheet } from "./gold.ts";
import { formatScoreTable, scoreGoldDir, scoreGoldDirs } from "./index.ts";
import { emptySheet } from "./score.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const sharedDir = resolve(repoRoot, "../shared");
const fixturesDir = join(repoRoot, "test", "fixtures", "gold");

const gold: FactSheet = {
  ...emptySheet("story-one"),
  published: "2022-01-18",
  event_types: ["attack/ransomware"],
  organizations: [["Moncler"]],
  threat_actors: [{ names: ["ALPHV", "BlackCat"], linked: true }],
  countries: ["IT"],
  money: [{ amount: 3_000_000, currency: "USD" }],
};

let dir = "";
let goldDir = "";
let predDir = "";

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "blotter-eval-"));
  goldDir = join(dir, "gold");
  predDir = join(dir, "pred");
  await mkdir(goldDir);
  await mkdir(predDir);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, JSON.stringify(value));
}

describe("scoreGoldDir with a predictions folder", () => {
  it("scores a perfect prediction as 1.0 and formats the table", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), { ...gold, notes: "why the gold says so" });
    await writeJson(join(predDir, "story-one.json"), {
      ...gold,
      threat_actors: [{ names: ["BlackCat"], linked: true }],
    });
    const result = await scoreGoldDir(goldDir, predDir, { sharedDir: dir });
    expect(result.micro.f1).toBe(1);
    expect(result.slots.threat_actors).toMatchObject({ tp: 1, gold: 1 });
    expect(result.articles.map((article) => article.id)).toEqual(["story-one"]);
    expect(result.warnings).toEqual([]);
    const table = formatScoreTable(result);
    expect(table).toMatch(/^micro \(all slots\)\s+7\s+7\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(table).toContain("1.000  story-one");
  });

  it("scores a missing prediction as an empty sheet, with a warning", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), gold);
    const result = await scoreGoldDir(goldDir, predDir, { sharedDir: dir });
    // 7 gold items, less actor_linked, which is only scored for matched actors.
    expect(result.micro).toMatchObject({ tp: 0, fp: 0, fn: 6, f1: 0 });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["prediction-missing"]);
  });

  it("fills slots a prediction leaves out with empty values", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), gold);
    await writeJson(join(predDir, "story-one.json"), { countries: ["IT"] });
    const result = await scoreGoldDir(goldDir, predDir, { sharedDir: dir });
    expect(result.micro).toMatchObject({ tp: 1, fp: 0, fn: 5 });
  });

  it("rejects a malformed gold file, naming it", async () => {
    await writeJson(join(goldDir, "bad.gold.json"), { ...gold, id: "bad", event_types: ["attack/alien"] });
    await expect(scoreGoldDir(goldDir, predDir)).rejects.toThrow(/bad\.gold\.json.*event_types/);
    await writeFile(join(goldDir, "bad.gold.json"), "{ not json");
    await expect(scoreGoldDir(goldDir, predDir)).rejects.toThrow(/bad\.gold\.json/);
  });

  it("rejects a malformed prediction file, naming it", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), gold);
    await writeJson(join(predDir, "story-one.json"), { countries: "IT" });
    await expect(scoreGoldDir(goldDir, predDir)).rejects.toThrow(/story-one\.json.*countries/);
  });

  it("rejects a folder without gold files", async () => {
    await expect(scoreGoldDir(goldDir, predDir)).rejects.toThrow(/no \*\.gold\.json/);
  });
});

describe("scoreGoldDir running Blotter", () => {
  it("skips gold whose source is missing, with a warning", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), { ...gold, source_path: "corpus/news/x/none.md" });
    const result = await scoreGoldDir(goldDir, undefined, { sharedDir: dir });
    expect(result.skipped).toEqual(["story-one"]);
    expect(result.articles).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ id: "story-one", code: "source-missing" });
    const table = formatScoreTable(result);
    expect(table).toContain("0 articles scored, 1 skipped");
    expect(table).toMatch(/^micro \(all slots\)\s+0\s+0\s+-\s+-\s+-$/m);
  });

  it("prefers a source beside the gold file and scores what the pipeline makes of it", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), { ...gold, source_path: "corpus/news/x/none.md" });
    const text =
      "Moncler hit by ransomware\n\nThe Italian fashion group Moncler said the ALPHV gang stole data.\n";
    await writeFile(join(goldDir, "story-one.txt"), text);
    const progress: number[] = [];
    const result = await scoreGoldDir(goldDir, undefined, {
      sharedDir: dir,
      onProgress: (done) => progress.push(done),
    });
    expect(result.skipped).toEqual([]);
    expect(result.articles).toHaveLength(1);
    expect(result.predDir).toBeNull();
    expect(progress).toEqual([1]);
  });
});

describe("scoreGoldDirs over several folders, beside the keyword baseline", () => {
  const second: FactSheet = {
    ...emptySheet("story-two"),
    event_types: ["law-enforcement/arrest", "fraud/scam"],
    countries: ["BG"],
  };

  async function writeTwoFolders(): Promise<{ devDir: string; heldDir: string }> {
    const devDir = join(dir, "dev");
    const heldDir = join(dir, "heldout");
    await mkdir(devDir);
    await mkdir(heldDir);
    await writeJson(join(devDir, "story-one.gold.json"), {
      ...gold,
      source_path: "corpus/news/zdnet/one.md",
    });
    await writeFile(
      join(devDir, "story-one.txt"),
      "Moncler hit by ransomware\n\nThe fashion group said criminals stole data in a ransomware attack.\n",
    );
    await writeJson(join(heldDir, "story-two.gold.json"), second);
    await writeFile(join(heldDir, "story-two.txt"), "Police arrest four\n\nOfficers arrested four people.\n");
    await writeJson(join(predDir, "story-one.json"), gold);
    await writeJson(join(predDir, "story-two.json"), { ...second, event_types: ["law-enforcement/arrest"] });
    return { devDir, heldDir };
  }

  it("reports the union micro-F1 and each folder's, with per-outlet baseline figures", async () => {
    const { devDir, heldDir } = await writeTwoFolders();
    const result = await scoreGoldDirs([devDir, heldDir], predDir, { sharedDir: dir });
    expect(result.goldDirs).toEqual([devDir, heldDir]);
    expect(result.articles.map((article) => [article.id, article.outlet])).toEqual([
      ["story-one", "zdnet"],
      ["story-two", "heldout"],
    ]);
    // story-one is perfect (7 items); story-two finds 2 of 3 items.
    expect(result.micro).toMatchObject({ tp: 9, fp: 0, fn: 1 });
    expect(result.folders.map((folder) => [folder.articles, folder.micro.f1])).toEqual([
      [1, 1],
      [1, 0.8],
    ]);
    // The baseline reads the sources: "ransomware" (1 of 1) and "arrested" (1 of 2, no "scam" word).
    expect(result.baseline.articles).toBe(2);
    expect(result.baseline.slots.event_types.baseline).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(result.baseline.slots.event_types.blotter).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(result.baseline.outlets.map((outlet) => [outlet.outlet, outlet.event_types.clear])).toEqual([
      ["heldout", false],
      ["zdnet", false],
    ]);
    const table = formatScoreTable(result);
    expect(table).toMatch(/\/heldout\s+1\s+0\s+0\.800$/m);
    expect(table).toMatch(
      /^event_types baseline\s+3\s+2\s+1\.000\s+0\.667\s+0\.800\s+margin \+0\.000\s+<- not/m,
    );
    expect(table).toMatch(/^zdnet\s+1\s+1\.000\s+1\.000\s+\+0\.000\s+<- not clearly better$/m);
  });

  it("lists wrong actor links beside actor_linked precision", async () => {
    const { devDir } = await writeTwoFolders();
    await writeJson(join(predDir, "story-one.json"), {
      ...gold,
      threat_actors: [{ names: ["BlackCat"], linked: false }],
    });
    const result = await scoreGoldDirs([devDir], predDir, { sharedDir: dir });
    expect(result.articles[0]?.actorLinkErrors).toEqual([{ actor: "BlackCat", kind: "missed-link" }]);
    const table = formatScoreTable(result);
    expect(table).toContain(
      "actor_linked precision 0.000 (required: 1.000); articles with wrong actor links: 1",
    );
    expect(table).toContain("  story-one: BlackCat (missed-link)");
  });

  it("scores predictions without a baseline where no source text is found", async () => {
    await writeJson(join(goldDir, "story-one.gold.json"), gold);
    await writeJson(join(predDir, "story-one.json"), gold);
    const result = await scoreGoldDirs([goldDir], predDir, { sharedDir: dir });
    expect(result.articles[0]?.baseline).toBeNull();
    expect(result.baseline.articles).toBe(0);
    expect(formatScoreTable(result)).toContain("on the 0 of 1 articles whose source text was found");
  });

  it("rejects an id repeated across folders, and no folders at all", async () => {
    const { devDir } = await writeTwoFolders();
    const copy = join(dir, "copy");
    await mkdir(copy);
    await writeJson(join(copy, "story-one.gold.json"), gold);
    await expect(scoreGoldDirs([devDir, copy], predDir, { sharedDir: dir })).rejects.toThrow(
      /repeats id story-one/,
    );
    await expect(scoreGoldDirs([], predDir)).rejects.toThrow(/no gold folder/);
  });
});

describe("gold fixtures", () => {
  it("all validate against the gold schema", async () => {
    const files = (await readdir(fixturesDir)).filter((name) => name.endsWith(".gold.json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const sheet = await readGoldSheet(join(fixturesDir, file));
      expect(`${sheet.id}.gold.json`).toBe(file);
    }
  });

  it.skipIf(!existsSync(sharedDir))(
    "the seed gold in the shared folder validates and scores 1.0 against itself",
    async () => {
      const seedDir = join(sharedDir, "corpus", "seed");
      const seed = await readGoldSheet(join(seedDir, "faisalabad-nccia-raid.gold.json"));
      await writeJson(join(predDir, `${seed.id}.json`), seed);
      const result = await scoreGoldDir(seedDir, predDir, { sharedDir });
      expect(result.articles).toHaveLength(1);
      expect(result.micro.f1).toBe(1);
    },
  );

  it.skipIf(!existsSync(sharedDir))(
    "runs Blotter on the seed article found beside its gold file",
    async () => {
      const result = await scoreGoldDir(join(sharedDir, "corpus", "seed"), undefined, { sharedDir });
      expect(result.skipped).toEqual([]);
      expect(result.articles).toHaveLength(1);
    },
  );
});

if (!existsSync(sharedDir)) {
  describe("shared folder", () => {
    it.skip(`skipped: ${sharedDir} is missing, so the seed gold test cannot run`, () => {});
  });
}

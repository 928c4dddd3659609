/**
 * End-to-end tests of the real `blotter` command: each test spawns `node bin/blotter.js` with a
 * temporary data directory, as a user would run it, and checks its output and exit code.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactSheet, IncidentRecord } from "../src/contracts.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(repoRoot, "bin", "blotter.js");
const samples = join(repoRoot, "samples");
const sample = (name: string) => join(samples, name);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function blotter(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const env = { ...process.env, BLOTTER_DEBUG: "", BLOTTER_DATABASE_URL: "", ...options.env };
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

// Each spawn loads the pipeline's lexicons and PGlite; on a busy machine a test of several runs is slow.
const SLOW = { timeout: 240_000 };

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "blotter-e2e-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("blotter --help and usage errors", SLOW, () => {
  it("lists every command", async () => {
    const run = await blotter(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["extract", "clean", "ingest", "watch", "eval", "serve", "demo", "search", "kb"])
      expect(run.stdout).toContain(command);
    const sub = await blotter(["ingest", "--help"]);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("--json");
  });

  it("exits 2 with one line for usage errors", async () => {
    for (const args of [
      ["frobnicate"],
      ["extract"],
      ["ingest"],
      ["serve", "--port", "http"],
      ["extract", samples],
    ]) {
      const run = await blotter(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.startsWith("blotter: "), run.stderr).toBe(true);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("exits 1 with one line and no stack when a file cannot be read", async () => {
    const run = await blotter(["extract", join(work, "missing.txt")]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `blotter: ${join(work, "missing.txt")}: no such file or directory [not-found]`,
    ]);
  });
});

describe("blotter extract", SLOW, () => {
  it("prints a fact sheet for a sample file", async () => {
    const run = await blotter(["extract", sample("orbitel-tessera-gateway-cve.html")]);
    expect(run.code, run.stderr).toBe(0);
    const sheet = JSON.parse(run.stdout) as FactSheet;
    for (const key of [
      "id",
      "source_url",
      "published",
      "event_types",
      "agencies",
      "countries",
      "cves",
      "money",
    ])
      expect(sheet).toHaveProperty(key);
    expect(sheet.cves).toContain("CVE-2025-47791");
  });

  it("extracts a document of 256 kB or more on a capped worker and prints its sheet", async () => {
    const paragraph =
      "Police in Lyon arrested two men on Tuesday over a phishing campaign, prosecutors said.";
    const body = Array.from({ length: 3500 }, () => paragraph).join("\n\n");
    const file = join(work, "large-report.txt");
    await writeFile(file, `French police arrest two over phishing\n\n${body}`);
    const run = await blotter(["extract", file]);
    expect(run.code, run.stderr).toBe(0);
    const sheet = JSON.parse(run.stdout) as FactSheet;
    expect(sheet.countries).toContain("FR");
    expect(sheet.event_types).toContain("law-enforcement/arrest");
  });

  it("prints the full record with --format record", async () => {
    const run = await blotter(["extract", "--format", "record", sample("nordhavn-seafood-ransomware.md")]);
    expect(run.code, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout) as IncidentRecord;
    expect(record.schemaVersion).toBe(1);
    expect(record.text).toContain("Nordhavn");
  });

  it("prints the cleaned text, and its metadata with --json", async () => {
    const run = await blotter(["clean", sample("carrowmore-bec-scam.md")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith("Irish construction firm loses")).toBe(true);
    expect(run.stdout).not.toMatch(/## Information|\+ Source:/);
    const json = await blotter(["clean", "--json", sample("carrowmore-bec-scam.md")]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      outlet: "Harbour Security News",
      published: "2025-05-20",
    });
  });

  it("reads standard input with -", async () => {
    const text = await readFile(sample("angeles-city-scam-hub-raid.txt"));
    const fromStdin = await blotter(["extract", "-"], { input: text });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    const fromFile = await blotter(["extract", sample("angeles-city-scam-hub-raid.txt")]);
    const a = JSON.parse(fromStdin.stdout) as FactSheet;
    const b = JSON.parse(fromFile.stdout) as FactSheet;
    expect({ ...a, id: "" }).toEqual({ ...b, id: "" });
  });
});

describe("blotter ingest, search and eval", SLOW, () => {
  const dataDir = () => join(work, "store");

  it("ingests the samples, and a second run finds them all unchanged", async () => {
    const env = { BLOTTER_DATA_DIR: dataDir() };
    const first = await blotter(["ingest", samples, "--json"], { env });
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      inserted: number;
      unchanged: number;
      failed: unknown[];
      skipped: { uri: string }[];
    };
    expect(summary).toMatchObject({ inserted: 7, unchanged: 0, failed: [] });
    // The raid told by two outlets is one story; the other five samples stand alone.
    expect(summary).toMatchObject({ stories: { articles: 7, stories: 6, multiArticle: 1 } });
    expect(summary.skipped.map((s) => s.uri)).toEqual([sample("README.md")]);
    const second = await blotter(["ingest", samples, "--json"], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, updated: 0, unchanged: 7, failed: [] });
    const piped = await blotter(["ingest", "-", "--json"], {
      env,
      input:
        "Ransomware hits Tromso ferry operator\n\nThe ferry operator said ransomware encrypted its booking systems on Monday.",
    });
    expect(JSON.parse(piped.stdout)).toMatchObject({ inserted: 1, failed: [] });
    const text = await blotter(["ingest", sample("carrowmore-bec-scam.md")], { env });
    expect(text.code).toBe(0);
    expect(text.stdout.trim()).toBe(
      "ingested 1 file: 0 inserted, 0 updated, 1 unchanged, 0 failed, 0 skipped",
    );
  });

  it("finds an ingested sample with search", async () => {
    const env = { BLOTTER_DATA_DIR: dataDir() };
    const json = await blotter(["search", "Volkanov", "--json"], { env });
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout) as { hits: { title: string }[] };
    expect(body.hits[0]?.title).toMatch(/Spain extradites Russian national/);
    const plain = await blotter(["search", "salmon", "processor"], { env });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^1\. Norwegian seafood processor Nordhavn/);
  });

  it("reports bad files one line each, stores the good ones and exits 1", async () => {
    const folder = join(work, "mixed");
    await mkdir(folder);
    await copyFile(sample("volkanov-extradition.md"), join(folder, "good-1.md"));
    await copyFile(sample("angeles-city-scam-hub-raid.txt"), join(folder, "good-2.txt"));
    await writeFile(join(folder, "empty.txt"), "");
    await writeFile(
      join(folder, "binary.txt"),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
    );
    await writeFile(join(folder, "huge.txt"), "");
    await truncate(join(folder, "huge.txt"), 11 * 1024 * 1024);
    const env = { BLOTTER_DATA_DIR: join(work, "mixed-store") };
    const run = await blotter(["ingest", folder, "--json"], { env });
    expect(run.code).toBe(1);
    const failures = lines(run.stderr);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(/^blotter: failed .*binary\.txt: .*\[binary\]$/);
    expect(failures[1]).toMatch(/^blotter: failed .*empty\.txt: .*\[empty\]$/);
    expect(failures[2]).toMatch(/^blotter: failed .*huge\.txt: .*\[too-large\]$/);
    const summary = JSON.parse(run.stdout) as { inserted: number; failed: { code: string }[] };
    expect(summary.inserted).toBe(2);
    expect(summary.failed.map((f) => f.code)).toEqual(["binary", "empty", "too-large"]);
    const search = await blotter(["search", "Angeles", "--json"], { env });
    expect((JSON.parse(search.stdout) as { hits: unknown[] }).hits).toHaveLength(1);
  });

  it("scores a tiny gold folder, from sources beside the gold and from --pred", async () => {
    const gold = join(work, "gold");
    const pred = join(work, "pred");
    await mkdir(gold);
    await mkdir(pred);
    const sheet: FactSheet = {
      id: "volkanov-extradition",
      source_url: "https://news.example.com/2025/06/volkanov-extradited-spain-us/",
      published: "2025-06-18",
      event_types: ["law-enforcement/extradition", "law-enforcement/charge", "law-enforcement/court"],
      agencies: [["US Department of Justice", "DOJ"], ["Policía Nacional"], ["National Court"]],
      persons: [["Artem Volkanov"]],
      organizations: [["Mistral Mixer"]],
      threat_actors: [
        { names: ["Black Lantern"], linked: false },
        { names: ["Duskwire"], linked: false },
      ],
      countries: ["RU", "ES", "US", "CA", "DE"],
      places: ["Valencia", "Manhattan"],
      arrested: null,
      crime_types: ["money-laundering", "ransomware"],
      cves: [],
      malware: [],
      money: [{ amount: 21000000, currency: "USD" }],
    };
    await writeFile(join(gold, "volkanov-extradition.gold.json"), JSON.stringify(sheet));
    await copyFile(sample("volkanov-extradition.md"), join(gold, "volkanov-extradition.md"));
    await writeFile(join(pred, "volkanov-extradition.json"), JSON.stringify(sheet));

    const fromSource = await blotter(["eval", gold, "--json"]);
    expect(fromSource.code, fromSource.stderr).toBe(0);
    const scored = JSON.parse(fromSource.stdout) as { articles: unknown[]; micro: { f1: number } };
    expect(scored.articles).toHaveLength(1);
    expect(scored.micro.f1).toBeGreaterThan(0);

    const perfect = await blotter(["eval", gold, "--pred", pred, "--json"]);
    expect(perfect.code, perfect.stderr).toBe(0);
    expect((JSON.parse(perfect.stdout) as { micro: { f1: number } }).micro.f1).toBe(1);

    const table = await blotter(["eval", gold, "--pred", pred]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("micro (all slots)");
  });
});

describe("blotter serve", SLOW, () => {
  it("serves the API until it is stopped", async () => {
    const env = { ...process.env, BLOTTER_DATA_DIR: join(work, "serve-store"), BLOTTER_DEBUG: "" };
    const child = spawn(process.execPath, [bin, "serve", "--port", "0"], { cwd: repoRoot, env });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString("utf8");
          const match = /(http:\/\/\S+\/)/.exec(out);
          if (match?.[1]) done(match[1]);
        });
        child.on("close", (code) => fail(new Error(`serve exited early with ${code}`)));
      });
      const health = await fetch(`${url}api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", articles: 0 });
    } finally {
      const closed = new Promise<number | null>((done) => child.on("close", done));
      child.kill("SIGTERM");
      expect(await closed).toBe(0);
    }
  });
});

describe("blotter watch", SLOW, () => {
  it("polls a feed list once, stores each item once, and says so per feed", async () => {
    const { startServer } = await import("../src/collect/fetch/testing.ts");
    const item = (n: number, city: string) =>
      `<item><title>Police in ${city} arrest ${n} over phone scam</title><guid>wire-${n}</guid>` +
      `<pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate><description><![CDATA[<p>Police in ${city} arrested ` +
      `${n} people who posed as bank staff on the phone and talked pensioners into moving savings.</p>]]></description></item>`;
    let items = [item(3, "Porto"), item(4, "Braga")];
    const web = await startServer((request, response) => {
      if (request.url !== "/feed.xml") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join("")}</channel></rss>`,
      );
    });
    try {
      const list = join(work, "feeds.json");
      await writeFile(
        list,
        JSON.stringify({
          interval: "15m",
          feeds: [{ url: web.url("/feed.xml"), name: "Iberia Wire", articles: "never" }],
        }),
      );
      const env = {
        BLOTTER_DATA_DIR: join(work, "watch-store"),
        BLOTTER_FEEDS: list,
        BLOTTER_ALLOW_LOOPBACK: "1",
      };
      const first = await blotter(["watch", "--once"], { env });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/\] Iberia Wire: 2 new, 0 seen\n/);
      items = [item(5, "Faro"), ...items];
      const second = await blotter(["watch", "--once"], { env });
      expect(second.stdout).toMatch(/\] Iberia Wire: 1 new, 2 seen\n/);
      const refused = await blotter(["watch", "--once", web.url("/feed.xml")], {
        env: { ...env, BLOTTER_ALLOW_LOOPBACK: "" },
      });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/failed: .*(loopback|private|blocked)/i);
      const bad = await blotter(["watch", "--once", "--feeds", join(work, "missing.json")], { env });
      expect(bad.code).toBe(1);
      expect(lines(bad.stderr)).toHaveLength(1);
    } finally {
      await web.close();
    }
  });
});

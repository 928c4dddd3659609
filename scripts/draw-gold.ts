/**
 * Draws the articles of a new held-out gold round: a seeded shuffle of the `../shared/corpus/news`
 * articles no sheet in test/fixtures/gold or gold-heldout uses, kept to a word range, shopping and
 * review titles left out, half law-enforcement and half the rest. Writes two LIST.txt files (one per
 * blind helper, see test/fixtures/gold-heldout/ANNOTATING.md) and prints the picks.
 * Run: `npx tsx scripts/draw-gold.ts --seed N [--per-side 8] [--min-words 250] [--max-words 1400]
 * [--out tmp/dev/goldNN]`. The same seed over the same corpus and sheets draws the same articles.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { seededRandom } from "../src/dedupe/syndicate.ts";

const root = resolve(import.meta.dirname, "..");
const corpus = resolve(root, "../shared/corpus/news");

/** A police or court word in a title. */
const POLICE_TITLE =
  /\b(?:arrest\w*|charg\w+|indict\w*|sentenc\w+|convict\w*|plead\w*|guilty|extradit\w+|seiz\w+|raid\w*|police|FBI|Europol|DOJ|court|jail\w*|prison|sanction\w*|takedown|dismantl\w+)\b/i;
/** Words of a police story in an article's opening: two different ones make it one. */
const POLICE_OPENING = [
  /\barrest/i,
  /\bcharg(?:ed|es)\b/i,
  /\bseiz/i,
  /\bFBI\b/,
  /\bEuropol\b/,
  /\bpolice\b/i,
];
const SHOPPING = /\b(?:best|deals?|review|buy|sale|discount|vs\.?)\b/i;

function usedIds(): Set<string> {
  const dirs = ["test/fixtures/gold", "test/fixtures/gold-heldout"].map((d) => join(root, d));
  return new Set(
    dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".gold.json"))
        .map((f) => f.replace(/\.gold\.json$/, "")),
    ),
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: "string" },
      "per-side": { type: "string", default: "8" },
      "min-words": { type: "string", default: "250" },
      "max-words": { type: "string", default: "1400" },
      out: { type: "string", default: "tmp/dev/gold-draw" },
    },
  });
  if (!values.seed) throw new Error("give --seed N: the draw must be reproducible");
  const perSide = Number(values["per-side"]);
  const [minWords, maxWords] = [Number(values["min-words"]), Number(values["max-words"])];
  const used = usedIds();
  const pool = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((outlet) =>
      readdirSync(join(corpus, outlet))
        .filter((f) => f.endsWith(".md"))
        .sort()
        .map((f) => `corpus/news/${outlet}/${f}`),
    )
    .filter((path) => !used.has(path.replace(/^.*\//, "").replace(/\.md$/, "")));
  const random = seededRandom(Number(values.seed));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  const police: string[] = [];
  const others: string[] = [];
  for (const path of pool) {
    if (police.length >= perSide && others.length >= perSide) break;
    const text = readFileSync(join(corpus, "..", "..", path), "utf8");
    const words = text.split(/\s+/).length;
    const title = /^#\s+(.*)$/m.exec(text)?.[1] ?? "";
    if (words < minWords || words > maxWords || SHOPPING.test(title)) continue;
    const opening = text.slice(0, 1200);
    const isPolice =
      POLICE_TITLE.test(title) || POLICE_OPENING.filter((cue) => cue.test(opening)).length >= 2;
    const side = isPolice ? police : others;
    if (side.length < perSide) side.push(path);
  }
  const out = resolve(root, values.out);
  const half = Math.ceil((police.length + others.length) / 2);
  const picks = [...police, ...others];
  for (const [name, list] of [
    ["a", picks.slice(0, half)],
    ["b", picks.slice(half)],
  ] as const) {
    mkdirSync(`${out}${name}`, { recursive: true });
    writeFileSync(join(`${out}${name}`, "LIST.txt"), `${list.join("\n")}\n`);
  }
  console.log(
    `draw-gold: ${police.length} law-enforcement, ${others.length} other, from ${pool.length} unused`,
  );
  for (const path of picks) console.log(`  ${police.includes(path) ? "LE   " : "other"} ${path}`);
}

try {
  main();
} catch (error) {
  console.error(`draw-gold: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

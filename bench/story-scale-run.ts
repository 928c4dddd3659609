/**
 * @module bench/story-scale-run
 * One size of the story-grouping scale bench, in a process of its own so that no size runs on a heap
 * the sizes before it left behind: `tsx bench/story-scale-run.ts CORPUS.json SIZE` reads the
 * extracted corpus (story inputs as JSON, written by bench/stories), replicates it to SIZE articles
 * (bench/story-scale), groups a small set once untimed (so the timed passes do not pay for compiling
 * the grouping code), then times two passes, each after a full garbage collection, and prints one
 * JSON line: the best wall and CPU milliseconds and the number of stories.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { clusterStories, type StoryInput } from "../src/dedupe/stories.ts";
import { replicateStories } from "./story-scale.ts";

setFlagsFromString("--expose-gc");
/** A full garbage collection, as `node --expose-gc` offers it. */
const collectGarbage = runInNewContext("gc") as () => void;

const [corpusFile, sizeArg] = process.argv.slice(2);
if (!corpusFile || !sizeArg) throw new Error("usage: story-scale-run CORPUS.json SIZE");
const corpus = JSON.parse(readFileSync(corpusFile, "utf8")) as StoryInput[];
const WARM_UP = 2000;
clusterStories(replicateStories(corpus, WARM_UP));
const data = replicateStories(corpus, Number(sizeArg));
let [wall, cpu, stories] = [Infinity, Infinity, 0];
for (let pass = 0; pass < 2; pass++) {
  collectGarbage();
  const startCpu = process.cpuUsage();
  const start = performance.now();
  stories = clusterStories(data).length;
  wall = Math.min(wall, performance.now() - start);
  const used = process.cpuUsage(startCpu);
  cpu = Math.min(cpu, (used.user + used.system) / 1000);
}
console.log(JSON.stringify({ wall, cpu, stories }));

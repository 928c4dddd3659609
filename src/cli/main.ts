/**
 * @module cli/main
 * The `blotter` command line: a thin commander shell over the app use cases.
 * Input: arguments, the environment (parsed once by `loadConfig`) and the process streams.
 * Output: results on stdout, progress and problems on stderr, and an exit code: 0 success, 1 when the
 * data had problems (a document failed, a file could not be read), 2 for usage errors.
 * Invariants: errors print as one line `blotter: <message>`, with a stack trace only when
 * BLOTTER_DEBUG=1; every store opened here is closed before `main` resolves.
 */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { SourceFormat, Store } from "../contracts.ts";
import { ConfigError, loadConfig, type AppConfig } from "../app/config.ts";
import { collectOne, ExitCode, firstLine, UsageError, writeJson, writeLine, type Io } from "./io.ts";

// The pipeline, the store and the server load in seconds (lexicons, gazetteer, PGlite), so each command
// imports what it needs when it runs; `blotter --help` and usage errors stay instant.
const loadExtractDocument = () => import("../app/ingest.ts");
const loadIngest = () => import("./ingest-command.ts");
const loadServe = () => import("./serve-command.ts");
const loadWatch = () => import("./watch-command.ts");
/** The polite, SSRF-guarded fetcher every command that reads the web shares. */
const loadFetcher = async (config: AppConfig) =>
  (await import("../collect/fetch/index.ts")).createFetcher({
    maxBytes: config.maxDocumentBytes,
    allowLoopback: config.allowLoopback,
  });
const loadKnowledge = async (kbDir: string) =>
  (await import("../app/knowledge.ts")).loadImportedKnowledge(kbDir);

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SAMPLES_DIR = resolve(PACKAGE_ROOT, "samples");

function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new InvalidArgumentError("expected a port number 0-65535");
  return Number(value);
}

function parseCount(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new InvalidArgumentError("expected a positive whole number");
  return Number(value);
}

async function withStore<T>(config: AppConfig, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openLockedStore } = await import("./store-lock.ts");
  const store = await openLockedStore(config.store);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function plainSnippet(snippet: string, bold: boolean): Promise<string> {
  const { SNIPPET_MARKS } = await import("../store/index.ts");
  const [open, close] = bold ? ["\u001b[1m", "\u001b[22m"] : ["", ""];
  const oneLine = snippet.replace(/\s+/g, " ").trim();
  return oneLine.split(SNIPPET_MARKS.start).join(open).split(SNIPPET_MARKS.stop).join(close);
}

function buildProgram(io: Io, config: () => AppConfig, setExit: (code: number) => void): Command {
  const program = new Command("blotter")
    .description("Turns cybercrime news into structured, evidence-linked incident records.")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`blotter: ${text.replace(/^error: /, "")}`),
    })
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      "\nEnvironment: BLOTTER_DATA_DIR (default .blotter/data), BLOTTER_DATABASE_URL (PostgreSQL instead of\nthe embedded store), BLOTTER_PORT, BLOTTER_HOST, BLOTTER_MAX_BYTES, BLOTTER_KB_DIR, BLOTTER_FEEDS (the\nfeed list for watch), BLOTTER_ALLOW_LOOPBACK=1 (let the fetcher reach 127.0.0.1; testing only),\nBLOTTER_DEBUG=1 (stack traces).",
    );

  program
    .command("extract")
    .description("extract one article and print its fact sheet or full record as JSON; nothing is stored")
    .argument("<file>", "a .txt, .md or .html file, or - for standard input")
    .addOption(new Option("--format <format>", "what to print").choices(["facts", "record"]).default("facts"))
    .addOption(
      new Option("--as <format>", "read the input as this format").choices(["text", "markdown", "html"]),
    )
    .action(async (file: string, options: { format: "facts" | "record"; as?: SourceFormat }) => {
      const { maxDocumentBytes } = config();
      const doc = await collectOne(file, io, { format: options.as, maxBytes: maxDocumentBytes });
      if (doc.status !== "ok") throw new Error(`${doc.uri}: ${doc.reason} [${doc.code}]`);
      const [{ extractDocument }, knowledge] = await Promise.all([
        loadExtractDocument(),
        loadKnowledge(config().kbDir),
      ]);
      // A large document is extracted on a worker under the time and heap cap, as ingest does.
      const prepared = await extractDocument(doc, knowledge);
      if (!("extracted" in prepared)) throw new Error(`${doc.uri}: ${prepared.reason} [${prepared.code}]`);
      writeJson(
        io.stdout,
        options.format === "record" ? prepared.extracted.record : prepared.extracted.sheet,
      );
    });

  program
    .command("clean")
    .description("print the cleaned article text (title, blank line, body); --json adds the metadata")
    .argument("<file>", "a .txt, .md or .html file, or - for standard input")
    .option("--json", "print the cleaned article with its metadata as JSON")
    .addOption(
      new Option("--as <format>", "read the input as this format").choices(["text", "markdown", "html"]),
    )
    .action(async (file: string, options: { json?: boolean; as?: SourceFormat }) => {
      const { maxDocumentBytes } = config();
      const doc = await collectOne(file, io, { format: options.as, maxBytes: maxDocumentBytes });
      if (doc.status !== "ok") throw new Error(`${doc.uri}: ${doc.reason} [${doc.code}]`);
      const { cleanDocument } = await import("../clean/index.ts");
      const cleaned = cleanDocument(doc.value);
      if (cleaned.status !== "ok") throw new Error(`${doc.uri}: ${cleaned.reason} [${cleaned.code}]`);
      if (options.json) writeJson(io.stdout, cleaned.value);
      else writeLine(io.stdout, cleaned.value.text);
    });

  program
    .command("ingest")
    .description("clean, extract and store every article under the given files and folders")
    .argument(
      "<paths...>",
      "files, folders (walked recursively), feed files, http(s) addresses, or - for standard input",
    )
    .option("--json", "print the summary as JSON")
    .option(
      "--workers <n>",
      "worker threads that clean and extract while the store saves (default: one per core, up to four, for 100 or more local files, else none)",
    )
    .action(async (paths: string[], options: { json?: boolean; workers?: string }) => {
      const cfg = config();
      const [{ runIngest }, knowledge, fetcher] = await Promise.all([
        loadIngest(),
        loadKnowledge(cfg.kbDir),
        loadFetcher(cfg),
      ]);
      const workers = options.workers === undefined ? undefined : Number(options.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
        throw new Error(`--workers must be a whole number from 0 to 64, not "${options.workers}"`);
      setExit(
        await withStore(cfg, (store) =>
          runIngest(paths, store, io, {
            json: options.json,
            maxBytes: cfg.maxDocumentBytes,
            knowledge,
            fetcher,
            workers,
          }),
        ),
      );
    });

  program
    .command("watch")
    .description("poll feeds on their schedule and ingest every new item exactly once")
    .argument("[urls...]", "feed URLs to watch instead of the feed list")
    .option("--feeds <file>", "the feed list (JSON; default BLOTTER_FEEDS or .blotter/feeds.json)")
    .option("--interval <duration>", 'poll interval for feeds named on the command line (e.g. "15m")')
    .option("--once", "poll every feed once, then exit")
    .action(async (urls: string[], options: { feeds?: string; interval?: string; once?: boolean }) => {
      const cfg = config();
      const { FeedListSchema, loadFeedList } = await import("../app/watch.ts");
      let list;
      if (urls.length > 0) {
        const parsed = FeedListSchema.safeParse({
          ...(options.interval ? { interval: options.interval } : {}),
          feeds: urls.map((url) => ({ url })),
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new UsageError(`${issue?.path.join(".") ?? "feeds"}: ${issue?.message ?? "invalid"}`);
        }
        list = parsed.data;
      } else list = await loadFeedList(options.feeds ?? cfg.feedsFile);
      const [{ runWatch }, knowledge, fetcher] = await Promise.all([
        loadWatch(),
        loadKnowledge(cfg.kbDir),
        loadFetcher(cfg),
      ]);
      setExit(
        await withStore(cfg, (store) =>
          runWatch(list, store, io, { once: options.once, fetcher, knowledge }),
        ),
      );
    });

  program
    .command("eval")
    .description("score fact sheets against folders of *.gold.json files, beside a keyword baseline")
    .argument("<gold-dirs...>", "folders of gold fact sheets, scored together and each on its own")
    .option("--pred <dir>", "score the <id>.json sheets in this folder instead of running Blotter")
    .option("--json", "print the full result as JSON")
    .action(async (goldDirs: string[], options: { pred?: string; json?: boolean }) => {
      config();
      const { formatScoreTable, scoreGoldDirs } = await import("../eval/index.ts");
      const result = await scoreGoldDirs(goldDirs, options.pred);
      for (const warning of result.warnings)
        writeLine(io.stderr, `blotter: warning: ${warning.id}: ${warning.text}`);
      if (options.json) writeJson(io.stdout, result);
      else writeLine(io.stdout, formatScoreTable(result));
    });

  program
    .command("search")
    .description("full-text search over the stored articles")
    .argument("<query...>", "words to search for")
    .option("--json", "print the hits as JSON")
    .option("--limit <n>", "most hits to show", parseCount, 10)
    .action(async (words: string[], options: { json?: boolean; limit: number }) => {
      const query = words.join(" ").trim();
      if (!query) throw new UsageError("the search query is empty");
      const hits = await withStore(config(), (store) => store.search(query, options.limit));
      if (options.json) return writeJson(io.stdout, { query, hits });
      if (hits.length === 0) writeLine(io.stdout, `no results for "${query}"`);
      for (const [i, hit] of hits.entries()) {
        writeLine(io.stdout, `${i + 1}. ${hit.title}  [${hit.articleId}]`);
        writeLine(io.stdout, `   ${await plainSnippet(hit.snippet, io.stdout.isTTY === true)}`);
      }
    });

  const kb = program
    .command("kb")
    .description("manage the knowledge base used to link threat actors and malware");
  kb.command("import")
    .description(
      "import a full ATT&CK STIX bundle or MISP galaxy cluster file (names, aliases, ids, countries)",
    )
    .argument("<file>", "a downloaded JSON file, e.g. enterprise-attack.json or clusters/threat-actor.json")
    .action(async (file: string) => {
      const { importKnowledgeFile } = await import("../app/knowledge.ts");
      const outcome = await importKnowledgeFile(file, config().kbDir);
      if (outcome.status !== "ok") throw new Error(`${outcome.reason} [${outcome.code}]`);
      writeLine(io.stdout, `imported ${outcome.value.entries} entries into ${outcome.value.savedAs}`);
    });

  const listenOptions = (command: Command) =>
    command
      .option("--port <n>", "port to listen on (default BLOTTER_PORT or 8080)", parsePort)
      .option("--host <host>", "address to listen on (default BLOTTER_HOST or 127.0.0.1)");

  listenOptions(program.command("serve"))
    .description("serve the web pages and the JSON API over the store")
    .action(async (options: { port?: number; host?: string }) => {
      const cfg = config();
      const [{ serveUntilStopped }, knowledge, fetcher] = await Promise.all([
        loadServe(),
        loadKnowledge(cfg.kbDir),
        loadFetcher(cfg),
      ]);
      const listen = { port: options.port ?? cfg.port, host: options.host ?? cfg.host, knowledge, fetcher };
      await withStore(cfg, (store) => serveUntilStopped(store, listen, io));
    });

  listenOptions(program.command("demo"))
    .description("ingest the bundled samples (or the given paths), then serve them")
    .argument("[paths...]", "files or folders to ingest instead of the samples")
    .action(async (paths: string[], options: { port?: number; host?: string }) => {
      const cfg = config();
      const listen = { port: options.port ?? cfg.port, host: options.host ?? cfg.host };
      const sources = paths.length > 0 ? paths : [SAMPLES_DIR];
      const [{ runIngest }, { serveUntilStopped }] = await Promise.all([loadIngest(), loadServe()]);
      const [knowledge, fetcher] = await Promise.all([loadKnowledge(cfg.kbDir), loadFetcher(cfg)]);
      await withStore(cfg, async (store) => {
        await runIngest(sources, store, io, { maxBytes: cfg.maxDocumentBytes, knowledge, fetcher });
        await serveUntilStopped(store, { ...listen, knowledge, fetcher }, io);
      });
    });

  return program;
}

/**
 * Runs the CLI on `argv` (the arguments after the script name) and resolves to the exit code.
 * @example process.exitCode = await main(["extract", "samples/volkanov-extradition.md"]);
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let loaded: AppConfig | ConfigError | undefined;
  try {
    loaded = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    loaded = error;
  }
  const config = (): AppConfig => {
    if (loaded instanceof ConfigError) throw loaded;
    return loaded;
  };
  let exitCode = 0;
  const program = buildProgram(io, config, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ExitCode) return error.code;
    writeLine(io.stderr, `blotter: ${firstLine(error)}`);
    const debug = !(loaded instanceof ConfigError) && loaded.debug;
    if (debug && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
    return error instanceof UsageError || error instanceof ConfigError ? 2 : 1;
  }
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** Entry point for `bin/blotter.js` and `tsx src/cli/main.ts`. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) await run();

/**
 * @module app/config
 * Environment → `AppConfig`, parsed once with zod when a shell starts. Input: an environment map
 * (`process.env` by default, passed in so tests need not mutate globals). Output: a frozen config, or a
 * `ConfigError` whose message is one line naming the bad variable. Invariant: nothing else in Blotter
 * reads the environment; an empty variable counts as unset.
 */
import { resolve } from "node:path";
import { z } from "zod";
import type { StoreConfig } from "../store/index.ts";

export interface AppConfig {
  readonly store: StoreConfig;
  readonly port: number;
  readonly host: string;
  /** Print stack traces for errors (BLOTTER_DEBUG=1). */
  readonly debug: boolean;
  /** Cap on one document's size in bytes (BLOTTER_MAX_BYTES, default 10 MB). */
  readonly maxDocumentBytes: number;
  /** Where `blotter kb import` keeps imported knowledge (BLOTTER_KB_DIR, default .blotter/kb). */
  readonly kbDir: string;
  /** The feed list `blotter watch` reads (BLOTTER_FEEDS, default .blotter/feeds.json). */
  readonly feedsFile: string;
  /** Let the fetcher reach loopback addresses (BLOTTER_ALLOW_LOOPBACK=1; for local testing only). */
  readonly allowLoopback: boolean;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const isTrue = (value: string | undefined) => value === "1" || value?.toLowerCase() === "true";
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  BLOTTER_DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default(".blotter/data")),
  BLOTTER_DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^postgres(?:ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  BLOTTER_PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(8080)),
  BLOTTER_KB_DIR: z.preprocess(unsetIfEmpty, z.string().default(".blotter/kb")),
  BLOTTER_HOST: z.preprocess(unsetIfEmpty, z.string().default("127.0.0.1")),
  BLOTTER_DEBUG: z.string().optional(),
  BLOTTER_FEEDS: z.preprocess(unsetIfEmpty, z.string().default(".blotter/feeds.json")),
  BLOTTER_ALLOW_LOOPBACK: z.string().optional(),
  BLOTTER_MAX_BYTES: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
  ),
});

/**
 * Parses Blotter's environment variables. Relative data directories resolve against `cwd`.
 * @example const config = loadConfig(process.env); const store = await openStore(config.store);
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join(".") ?? "environment";
    throw new ConfigError(`invalid ${variable}: ${issue?.message ?? "invalid value"}`);
  }
  const e = parsed.data;
  const store: StoreConfig = e.BLOTTER_DATABASE_URL
    ? { kind: "postgres", url: e.BLOTTER_DATABASE_URL }
    : { kind: "pglite", dataDir: resolve(cwd, e.BLOTTER_DATA_DIR) };
  return Object.freeze({
    store,
    port: e.BLOTTER_PORT,
    host: e.BLOTTER_HOST,
    debug: isTrue(e.BLOTTER_DEBUG),
    maxDocumentBytes: e.BLOTTER_MAX_BYTES,
    kbDir: resolve(cwd, e.BLOTTER_KB_DIR),
    feedsFile: resolve(cwd, e.BLOTTER_FEEDS),
    allowLoopback: isTrue(e.BLOTTER_ALLOW_LOOPBACK),
  });
}

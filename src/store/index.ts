/**
 * @module store
 * Opens Blotter's store: PGlite (embedded, in memory or in a data directory) or a PostgreSQL server.
 *
 * Input: a `StoreConfig`, parsed once at start-up with `StoreConfigSchema`.
 * Output: a `Store` on a database migrated to the current schema.
 * Invariants: both kinds run the same migrations and the same queries (`sql-store.ts`); nothing
 * here reads the environment; a failed migration closes the connection before rethrowing.
 */
import { z } from "zod";
import type { Store } from "../contracts.ts";
import { migrate } from "./migrations.ts";
import { openPgliteClient } from "./pglite-client.ts";
import { openPostgresClient } from "./postgres-client.ts";
import { createSqlStore, type SqlClient, type SqlStoreOptions } from "./sql-store.ts";

export const StoreConfigSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pglite"), dataDir: z.string().min(1).optional() }).strict(),
  z
    .object({
      kind: z.literal("postgres"),
      url: z.string().regex(/^postgres(ql)?:\/\/\S+$/, "expected a postgres:// or postgresql:// URL"),
    })
    .strict(),
]);
export type StoreConfig = z.infer<typeof StoreConfigSchema>;

/**
 * Opens the database and brings its schema up to date.
 * @example
 * const store = await openStore({ kind: "pglite", dataDir: ".blotter/db" });
 * const store = await openStore(StoreConfigSchema.parse({ kind: "postgres", url: process.env.DATABASE_URL }));
 */
export async function openStore(config: StoreConfig, options: SqlStoreOptions = {}): Promise<Store> {
  const client = await openSqlClient(config);
  try {
    await migrate(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return createSqlStore(client, options);
}

/** The raw, unmigrated client behind a config; for migrations, tests and maintenance. */
export async function openSqlClient(config: StoreConfig): Promise<SqlClient> {
  switch (config.kind) {
    case "pglite":
      return openPgliteClient(config.dataDir);
    case "postgres":
      return openPostgresClient(config.url);
  }
}

export { migrate, MIGRATIONS, FACT_KINDS, type FactKind, type Migration } from "./migrations.ts";
export {
  createSqlStore,
  SNIPPET_MARKS,
  type SqlClient,
  type SqlParam,
  type SqlQuery,
  type SqlRow,
  type SqlStoreOptions,
} from "./sql-store.ts";

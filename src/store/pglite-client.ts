/**
 * @module store/pglite-client
 * A `SqlClient` over PGlite, PostgreSQL compiled to WebAssembly and run in this process.
 *
 * Input: a data directory, or none for a database that lives only in memory.
 * Output: a connected `SqlClient`; `close` shuts the database down and flushes it to disk.
 * Invariants: one PGlite instance per data directory at a time (PGlite takes no lock, so two
 * processes opening one directory corrupt it); queries run one at a time, in order.
 */
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { SqlClient, SqlParam, SqlQuery, SqlRow } from "./sql-store.ts";

/**
 * @example
 * const client = await openPgliteClient(".blotter/db"); // or openPgliteClient() for memory
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir);
  return {
    ...queryOn(db),
    transaction: (fn) => db.transaction((tx) => fn(queryOn(tx))),
    close: () => db.close(),
  };
}

function queryOn(target: PGlite | Transaction): SqlQuery {
  return {
    async query<Row extends SqlRow = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  };
}

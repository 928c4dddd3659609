/**
 * @module store/postgres-client
 * A `SqlClient` over a PostgreSQL server, through a `pg` connection pool.
 *
 * Input: a connection URL (`postgres://user@host:port/database`).
 * Output: a `SqlClient`; `close` ends the pool.
 * Invariants: a transaction holds one pooled connection from BEGIN to COMMIT or ROLLBACK; a
 * connection whose ROLLBACK failed is destroyed, never returned to the pool.
 */
import pg from "pg";
import type { SqlClient, SqlParam, SqlRow } from "./sql-store.ts";

/**
 * @example
 * const client = await openPostgresClient("postgres://postgres@127.0.0.1:54329/blotter");
 */
export async function openPostgresClient(url: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection dropped by the server emits here; without a listener Node would crash.
  // The pool discards that connection and the next query reports any lasting problem.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    throw error;
  }

  const queryOn = (target: pg.Pool | pg.PoolClient) => ({
    async query<Row extends SqlRow = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });

  return {
    ...queryOn(pool),
    async transaction<T>(fn: (tx: ReturnType<typeof queryOn>) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await fn(queryOn(connection));
        await connection.query("COMMIT");
        connection.release();
        return result;
      } catch (error) {
        try {
          await connection.query("ROLLBACK");
          connection.release();
        } catch (rollbackError) {
          connection.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

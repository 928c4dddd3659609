/**
 * @module cli/store-lock
 * Opens the configured store for one CLI command, guarding an embedded (PGlite) data directory with a
 * lock file beside it, because PGlite takes no lock and two processes on one directory corrupt it.
 * Input: a `StoreConfig`. Output: the store, whose `close` also releases the lock.
 * Invariants: the lock file `<dataDir>.lock` holds the owner's pid; a lock whose process is gone is
 * stale and taken over; PostgreSQL needs no lock.
 */
import { mkdir, open, readFile, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { Store } from "../contracts.ts";
import { openStore, type StoreConfig } from "../store/index.ts";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function acquireLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
        throw new Error(
          `the data directory ${path.slice(0, -".lock".length)} is in use by process ${owner} (a running blotter serve?); stop it or set BLOTTER_DATA_DIR`,
        );
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`could not lock ${path}`);
}

/**
 * Opens the store; for PGlite, creates the data directory's parent and holds the lock until `close`.
 * @example const store = await openLockedStore(config.store); try { … } finally { await store.close(); }
 */
export async function openLockedStore(config: StoreConfig): Promise<Store> {
  if (config.kind !== "pglite" || !config.dataDir) return openStore(config);
  await mkdir(dirname(config.dataDir), { recursive: true });
  const release = await acquireLock(`${config.dataDir}.lock`);
  let store: Store;
  try {
    store = await openStore(config);
  } catch (error) {
    await release();
    throw error;
  }
  return {
    ...store,
    close: async () => {
      try {
        await store.close();
      } finally {
        await release();
      }
    },
  };
}

import { sql } from "kysely";
import type { Store } from "../store/database.js";

/** The PostgreSQL advisory-lock key of the reference stages ("RAPPORTEUR" in letters, folded into a 32-bit integer). */
const LOCK_KEY = 0x52_41_50_50;

const queues = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs `fn` alone for this store: one at a time in this process, and on PostgreSQL one at a time across the
 * instances that start together, under an advisory lock held on a connection of its own.
 */
export const exclusive = <T>(store: Store, fn: () => Promise<T>): Promise<T> => {
  const locked = (): Promise<T> =>
    store.kind === "postgres"
      ? store.db.connection().execute(async (conn) => {
          await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(conn);
          try {
            return await fn();
          } finally {
            await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
          }
        })
      : fn();
  const run = (queues.get(store) ?? Promise.resolve()).then(locked, locked);
  queues.set(
    store,
    run.catch(() => undefined),
  );
  return run;
};

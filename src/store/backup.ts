import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { DomainError } from "../domain/errors.js";
import type { Store } from "./database.js";
import { TABLES, type TableName } from "./schema.js";

const FORMAT = "rapporteur-backup/1";

/**
 * Writes every table as JSON lines: a header, then one line per row in dependency order.
 * The format is the same for SQLite and PostgreSQL, so a backup moves between them.
 */
export const backup = async (store: Store, path: string): Promise<Record<string, number>> => {
  const out = createWriteStream(path, { encoding: "utf8" });
  const counts: Record<string, number> = {};
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await store.db.transaction().execute(async (trx) => {
    await write(JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString(), source: store.kind, tables: TABLES }));
    for (const table of TABLES) {
      const rows = await trx.selectFrom(table).selectAll().execute();
      counts[table] = rows.length;
      for (const row of rows) await write(JSON.stringify({ t: table, r: row }));
    }
  });
  out.end();
  await once(out, "finish");
  return counts;
};

/** Restores a backup in one transaction; refuses a non-empty database unless `replace` is set. */
export const restore = async (store: Store, path: string, options: { replace: boolean }): Promise<Record<string, number>> => {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as { format?: string });
  if (header?.format !== FORMAT) throw new DomainError("validation_failed", `${path} is not a Rapporteur backup (expected ${FORMAT})`);
  const counts: Record<string, number> = {};
  await store.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("events").select("position").limit(1).executeTakeFirst();
    const accounts = await trx.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
    if ((existing || accounts) && !options.replace)
      throw new DomainError("conflict", "The database is not empty; restore with --replace to overwrite it");
    for (const table of [...TABLES].reverse()) await trx.deleteFrom(table).execute();
    const pending: { table: TableName | null; rows: Record<string, unknown>[] } = { table: null, rows: [] };
    const flush = async () => {
      if (pending.table && pending.rows.length) await trx.insertInto(pending.table).values(pending.rows as never).execute();
      pending.rows = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === "") continue;
      const { t, r } = JSON.parse(next.value) as { t: TableName; r: Record<string, unknown> };
      if (!(TABLES as readonly string[]).includes(t)) throw new DomainError("validation_failed", `Unknown table ${t} in ${path}`);
      if (pending.table !== t || pending.rows.length >= 100) await flush();
      pending.table = t;
      pending.rows.push(r);
      counts[t] = (counts[t] ?? 0) + 1;
    }
    await flush();
    if (!counts.event_sequence) throw new DomainError("validation_failed", `${path} is truncated: it has no event_sequence row`);
  });
  return counts;
};

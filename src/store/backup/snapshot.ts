import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Kysely } from "kysely";
import type { Store } from "../database.js";
import { TABLES, type Schema } from "../schema.js";
import { FORMAT, LineDigest, type Manifest } from "./format.js";

/** What a backup wrote: rows per table and the last event position it holds. */
export interface BackupSummary {
  readonly counts: Record<string, number>;
  readonly lastPosition: number;
}

/**
 * Writes the whole database as JSON lines — a header, one line per row in dependency order, and a
 * manifest with row counts, the last event position and SHA-256 checksums — from one snapshot:
 * PostgreSQL reads in a single REPEATABLE READ, READ ONLY transaction, SQLite in one WAL read
 * transaction, so writes committed meanwhile are either wholly in the file or wholly absent.
 */
export const writeBackup = async (store: Store, path: string): Promise<BackupSummary> => {
  const out = createWriteStream(path, { encoding: "utf8" });
  const failed = once(out, "error").then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const whole = new LineDigest();
  const write = async (line: string, table?: LineDigest) => {
    whole.add(line);
    table?.add(line);
    if (!out.write(`${line}\n`)) await Promise.race([once(out, "drain"), failed]);
  };
  const manifest: Manifest = { format: FORMAT, lastPosition: 0, tables: {}, sha256: "" };
  const snapshot =
    store.kind === "postgres"
      ? store.db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only")
      : store.db.transaction();
  await snapshot.execute(async (trx) => {
    await write(JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString(), source: store.kind, tables: TABLES }));
    for (const table of TABLES) {
      const digest = new LineDigest();
      const rows = await readTable(trx, table);
      for (const row of rows) await write(JSON.stringify({ t: table, r: row }), digest);
      manifest.tables[table] = { rows: rows.length, sha256: digest.hex() };
    }
    const sequence = await trx.selectFrom("event_sequence").select("position").where("id", "=", 1).executeTakeFirst();
    manifest.lastPosition = Number(sequence?.position ?? 0);
  });
  manifest.sha256 = whole.hex();
  out.write(`${JSON.stringify({ manifest })}\n`);
  out.end();
  await Promise.race([once(out, "finish"), failed]);
  const counts = Object.fromEntries(Object.entries(manifest.tables).map(([t, m]) => [t, m.rows]));
  return { counts, lastPosition: manifest.lastPosition };
};

/** Events in log order; amendments by number, so an amendment comes before the sub-amendments that amend it. */
const readTable = (db: Kysely<Schema>, table: (typeof TABLES)[number]) =>
  table === "events"
    ? db.selectFrom("events").selectAll().orderBy("position").execute()
    : table === "amendments"
      ? db.selectFrom("amendments").selectAll().orderBy("draft_id").orderBy("tabled_by").orderBy("number").execute()
      : db.selectFrom(table).selectAll().execute();

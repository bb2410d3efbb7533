import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { countCommit } from "../commits.js";
import type { Store } from "../database.js";
import { TABLES, type TableName } from "../schema.js";
import { LineDigest, refuse } from "./format.js";
import { backupLines } from "./lines.js";
import { verifyBackup, type VerifiedBackup } from "./verify.js";

/** A line of a verified backup: the first names the format, the last is the manifest, the others one row of a table each. */
const restoreLine = z.looseObject({
  t: z.enum(TABLES).optional(),
  r: z.record(z.string(), z.unknown()).optional(),
  manifest: z.unknown().optional(),
});

export interface RestoreOptions {
  /** Overwrite a database that already holds data. */
  readonly replace: boolean;
  /** Accept a format-1 backup, which has no manifest to verify it against. */
  readonly acceptUnverified?: boolean;
}

const BATCH = 100;

/**
 * Verifies the whole file first, then restores it in one transaction; refuses a non-empty database
 * unless `replace` is set. Should the file change between the check and the copy, nothing is kept.
 */
export const restoreBackup = async (store: Store, path: string, options: RestoreOptions): Promise<VerifiedBackup> => {
  const verified = await verifyBackup(path, { target: store.kind, acceptUnverified: options.acceptUnverified ?? false });
  await store.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("events").select("position").limit(1).executeTakeFirst();
    const accounts = await trx.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
    if ((existing || accounts) && !options.replace)
      throw new DomainError("conflict", "The database is not empty; restore with --replace to overwrite it");
    for (const table of [...TABLES].reverse()) await trx.deleteFrom(table).execute();
    const pending: { table: TableName | null; rows: Record<string, unknown>[] } = { table: null, rows: [] };
    const insert = async (table: TableName, rows: readonly Record<string, unknown>[]) => {
      for (let i = 0; i < rows.length; i += BATCH)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + BATCH) as never)
          .execute();
    };
    // A sub-amendment references the amendment it amends: each table's sub-amendments go in after its amendments.
    const later: Record<string, unknown>[] = [];
    const flush = async () => {
      if (pending.table && pending.rows.length) await insert(pending.table, pending.rows);
      pending.rows = [];
    };
    const endOfTable = async () => {
      await flush();
      if (later.length) await insert("amendments", later.splice(0));
    };
    const whole = new LineDigest();
    for await (const { n, line } of backupLines(path)) {
      if (line.trim() === "") continue;
      const parsed = restoreLine.parse(JSON.parse(line));
      if (n === 1 || !parsed.t || !parsed.r) {
        if (!parsed.manifest) whole.add(line);
        continue;
      }
      whole.add(line);
      if (pending.table !== parsed.t) await endOfTable();
      else if (pending.rows.length >= BATCH) await flush();
      pending.table = parsed.t;
      if (parsed.t === "amendments" && parsed.r.parent_amendment_id != null) later.push(parsed.r);
      else pending.rows.push(parsed.r);
    }
    await endOfTable();
    if (verified.sha256 !== null && whole.hex() !== verified.sha256) throw refuse(path, "changed while it was being restored");
  });
  countCommit();
  return verified;
};

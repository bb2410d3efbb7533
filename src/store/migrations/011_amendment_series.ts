import { SqliteAdapter, sql, type Kysely } from "kysely";
import { z } from "zod";

/** What this migration reads of a recommendation's data: the amendments it proposes, in either of its shapes. */
const recommendationAmendments = z.looseObject({
  amendmentIds: z.array(z.string()).optional(),
  amendmentContributions: z.record(z.string(), z.unknown()).optional(),
});

const COLUMNS = sql.raw("id, draft_id, number, action, status, language, data, created_by, created_at, version, parent_amendment_id");

/**
 * Amendment numbers are those of the body that tables them: the amendments before the committee are numbered
 * 1, 2, 3 … per draft (series ""), a discussion group's own proposals per group (series "group:<id>"), so the
 * groups' proposals no longer take the committee's numbers. Numbers already given stay as they were; the
 * groups' proposals recorded so far move to their group's series. One counter per draft and series.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    // SQLite cannot drop a table constraint: the table is rebuilt, as its documentation describes, outside a transaction.
    await sql`PRAGMA foreign_keys = OFF`.execute(db);
    await sql`CREATE TABLE amendments_by_series (
      id text PRIMARY KEY,
      draft_id text NOT NULL REFERENCES draft_resolutions(id),
      number integer NOT NULL,
      action text NOT NULL,
      status text NOT NULL,
      language text NOT NULL,
      data text NOT NULL,
      created_by text REFERENCES accounts(id),
      created_at text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      parent_amendment_id text REFERENCES amendments(id),
      tabled_by text NOT NULL DEFAULT '',
      CONSTRAINT amendments_draft_series_number UNIQUE (draft_id, tabled_by, number)
    )`.execute(db);
    await sql`INSERT INTO amendments_by_series (${COLUMNS}) SELECT ${COLUMNS} FROM amendments`.execute(db);
    await sql`DROP TABLE amendments`.execute(db);
    await sql`ALTER TABLE amendments_by_series RENAME TO amendments`.execute(db);
    await sql`CREATE INDEX amendments_parent ON amendments (parent_amendment_id)`.execute(db);
    const broken = await sql`PRAGMA foreign_key_check`.execute(db);
    await sql`PRAGMA foreign_keys = ON`.execute(db);
    if (broken.rows.length) throw new Error(`Renumbering amendments left ${broken.rows.length} broken reference(s)`);
  } else {
    await sql`ALTER TABLE amendments ADD COLUMN tabled_by text NOT NULL DEFAULT ''`.execute(db);
    await sql`ALTER TABLE amendments DROP CONSTRAINT amendments_draft_number`.execute(db);
    await sql`ALTER TABLE amendments ADD CONSTRAINT amendments_draft_series_number UNIQUE (draft_id, tabled_by, number)`.execute(db);
  }
  const recommendations = await sql<{ group_id: string; data: string }>`SELECT group_id, data FROM recommendations`.execute(db);
  for (const r of recommendations.rows) {
    const data = recommendationAmendments.parse(JSON.parse(r.data));
    const ids = new Set([...(data.amendmentIds ?? []), ...Object.keys(data.amendmentContributions ?? {})]);
    for (const id of ids) await sql`UPDATE amendments SET tabled_by = ${`group:${r.group_id}`} WHERE id = ${id}`.execute(db);
  }
  await db.schema.dropTable("amendment_counters").execute();
  await db.schema
    .createTable("amendment_counters")
    .addColumn("draft_id", "text", (c) => c.notNull())
    .addColumn("tabled_by", "text", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("amendment_counters_pk", ["draft_id", "tabled_by"])
    .execute();
  await sql`INSERT INTO amendment_counters (draft_id, tabled_by, last_number)
    SELECT draft_id, tabled_by, MAX(number) FROM amendments GROUP BY draft_id, tabled_by`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Amendment numbers per tabling body cannot be merged back into one series per draft");
}

import { sql, type Kysely } from "kysely";

/**
 * One numbering row per draft, taken under a row lock by each proposal, so simultaneous proposals are
 * numbered one after another without gaps; backfilled from the amendments already numbered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("amendment_counters")
    .addColumn("draft_id", "text", (c) => c.primaryKey())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .execute();
  await sql`INSERT INTO amendment_counters (draft_id, last_number) SELECT draft_id, MAX(number) FROM amendments GROUP BY draft_id`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("amendment_counters").execute();
}

import type { Kysely } from "kysely";

/**
 * Translation tasks: one per tabled text (an amendment's wording or revised wording, a recommendation's text) and
 * per other language of its draft, opened in the transaction that tables the text; the source's fingerprint makes
 * a translation stale when the source changes; tabled and done times measure the turnaround.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("translation_tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("part", "text", (c) => c.notNull())
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("text", "text")
    .addColumn("assigned_to", "text", (c) => c.references("accounts.id"))
    .addColumn("tabled_at", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("updated_by", "text", (c) => c.references("accounts.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("translation_tasks_source")
    .on("translation_tasks")
    .columns(["source_kind", "source_id", "part", "language"])
    .unique()
    .execute();
  await db.schema.createIndex("translation_tasks_queue").on("translation_tasks").columns(["status", "language", "tabled_at"]).execute();
  await db.schema.createIndex("translation_tasks_draft").on("translation_tasks").column("draft_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("translation_tasks").execute();
}

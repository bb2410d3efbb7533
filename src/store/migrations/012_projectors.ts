import type { Kysely } from "kysely";

/**
 * Hall screens: several per sitting, each with a name, a hall language, the hash of its address's token
 * (re-issued by replacing it) and its projection: the slide shown and the slides prepared to follow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("projectors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("group_id", "text", (c) => c.references("discussion_groups.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_issued_at", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("projectors_sitting").on("projectors").column("sitting_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("projectors").execute();
}

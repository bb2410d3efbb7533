import type { Kysely } from "kysely";

/**
 * A participant edited from the secretariat's screen carries a version, so two people editing the same
 * person do not overwrite each other, and may be deactivated: signed out, their links void, kept in the record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("participants")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable("participants").addColumn("deactivated_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("participants").dropColumn("deactivated_at").execute();
  await db.schema.alterTable("participants").dropColumn("version").execute();
}

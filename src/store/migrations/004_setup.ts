import type { Kysely } from "kysely";

/** Set-up by the secretariat: revisions of edited subjects, delegations of member parliaments, designations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.references("accounts.id"))
    .addColumn("time", "text", (c) => c.notNull())
    .addUniqueConstraint("revisions_subject_version", ["subject", "version"])
    .execute();
  await db.schema
    .createTable("delegations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("meeting_events.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("parliament", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("delegations_event_key", ["event_id", "key"])
    .execute();
  // Kept by the store rather than a foreign key, so that the column can be added to the existing table on both engines.
  await db.schema.alterTable("participants").addColumn("delegation_id", "text").execute();
  await db.schema.createIndex("participants_delegation").on("participants").column("delegation_id").execute();
  await db.schema
    .createTable("designations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("function", "text", (c) => c.notNull())
    .addColumn("participant_id", "text", (c) => c.notNull().references("participants.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("designations_group").on("designations").column("group_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("designations").execute();
  await db.schema.dropIndex("participants_delegation").execute();
  await db.schema.alterTable("participants").dropColumn("delegation_id").execute();
  await db.schema.dropTable("delegations").execute();
  await db.schema.dropTable("revisions").execute();
}

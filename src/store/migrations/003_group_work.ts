import type { Kysely } from "kysely";

/** The live work of discussion groups and plenary sittings: speakers lists, their history, memberships, contributions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("speakers_lists")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("group_id", "text", (c) => c.references("discussion_groups.id"))
    .addColumn("projector_published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("speaker_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("list_id", "text", (c) => c.notNull().references("speakers_lists.id"))
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("group_id", "text", (c) => c.references("discussion_groups.id"))
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("remote", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("question_id", "text")
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("started_at", "text")
    .addColumn("ended_at", "text")
    .addColumn("time_limit_seconds", "integer")
    .addColumn("speaker", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("speaker_requests_sitting").on("speaker_requests").columns(["sitting_id", "group_id"]).execute();
  await db.schema
    .createTable("group_memberships")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("joined_at", "text", (c) => c.notNull())
    .addColumn("joined_how", "text", (c) => c.notNull())
    .addColumn("joined_by", "text", (c) => c.references("accounts.id"))
    .addColumn("left_at", "text")
    .addColumn("left_how", "text")
    .execute();
  await db.schema.createIndex("group_memberships_group").on("group_memberships").columns(["group_id", "account_id"]).execute();
  await db.schema
    .createTable("contributions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("paragraph_ids", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("contributions_group").on("contributions").columns(["group_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["contributions", "group_memberships", "speaker_requests", "speakers_lists"])
    await db.schema.dropTable(table).execute();
}

import type { Kysely } from "kysely";

/** Accounts, the meeting structure of the reference case, and the append-only event log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("role_assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("scope", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("role_assignments_account").on("role_assignments").column("account_id").execute();
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sign_in_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createTable("meeting_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("bodies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("meeting_events.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent_id", "text", (c) => c.references("bodies.id"))
    .addColumn("data", "text", (c) => c.notNull())
    .addUniqueConstraint("bodies_event_key", ["event_id", "key"])
    .execute();
  await db.schema
    .createTable("sittings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("meeting_events.id"))
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("end_time", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("sittings_event_key", ["event_id", "key"])
    .execute();
  await db.schema
    .createTable("agenda_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.references("sittings.id"))
    .addColumn("agenda_item_id", "text", (c) => c.references("agenda_items.id"))
    .addColumn("symbol", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("draft_resolutions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.references("sittings.id"))
    .addColumn("document_id", "text", (c) => c.references("documents.id"))
    .addColumn("symbol", "text", (c) => c.notNull().unique())
    .addColumn("committee_body_id", "text", (c) => c.references("bodies.id"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("illustrative", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("paragraphs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("discussion_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("discussion_groups_sitting_number", ["sitting_id", "number"])
    .execute();
  await db.schema
    .createTable("guiding_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("participants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("meeting_events.id"))
    .addColumn("account_id", "text", (c) => c.references("accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("parliament", "text", (c) => c.notNull())
    .addColumn("gender", "text", (c) => c.notNull())
    .addColumn("birth_year", "integer")
    .addColumn("age_band", "text")
    .addColumn("languages", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("events")
    .addColumn("position", "integer", (c) => c.primaryKey())
    .addColumn("time", "text", (c) => c.notNull())
    .addColumn("actor", "text")
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("sitting_id", "text")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_sitting_position").on("events").columns(["sitting_id", "position"]).execute();
  await db.schema
    .createTable("event_sequence")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db
    .insertInto("event_sequence" as never)
    .values({ id: 1, position: 0 } as never)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "event_sequence",
    "events",
    "participants",
    "guiding_questions",
    "discussion_groups",
    "paragraphs",
    "draft_resolutions",
    "documents",
    "agenda_items",
    "sittings",
    "bodies",
    "meeting_events",
    "sign_in_tokens",
    "sessions",
    "role_assignments",
    "accounts",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

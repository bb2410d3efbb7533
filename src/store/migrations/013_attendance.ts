import type { Kysely } from "kysely";

/**
 * Attendance at sittings: each participant's presence (in the hall, remote, absent) with who took it and how;
 * each body's quorum rule; proxies given for a sitting; and, on a ballot, the holder who cast it by proxy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("quorum_rules")
    .addColumn("body_id", "text", (c) => c.primaryKey().references("bodies.id"))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.references("accounts.id"))
    .addColumn("set_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("attendance")
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("participant_id", "text", (c) => c.notNull().references("participants.id"))
    .addColumn("presence", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("checked_by", "text", (c) => c.references("accounts.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("attendance_pk", ["sitting_id", "participant_id"])
    .execute();
  await db.schema
    .createTable("proxies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sitting_id", "text", (c) => c.notNull().references("sittings.id"))
    .addColumn("giver_id", "text", (c) => c.notNull().references("participants.id"))
    .addColumn("holder_id", "text", (c) => c.notNull().references("participants.id"))
    .addColumn("given_by", "text", (c) => c.references("accounts.id"))
    .addColumn("given_at", "text", (c) => c.notNull())
    .addColumn("withdrawn_by", "text", (c) => c.references("accounts.id"))
    .addColumn("withdrawn_at", "text")
    .execute();
  await db.schema.createIndex("proxies_sitting").on("proxies").column("sitting_id").execute();
  await db.schema.alterTable("ballots").addColumn("cast_by", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("ballots").dropColumn("cast_by").execute();
  await db.schema.dropTable("proxies").execute();
  await db.schema.dropTable("attendance").execute();
  await db.schema.dropTable("quorum_rules").execute();
}

import type { Kysely } from "kysely";

/**
 * Notifications: what each person was told (kind, subject, the words' values, when, read when), their choice of
 * e-mail per kind, and the drafts and groups they follow. A notice given once only (the same deadline, the same
 * turn to speak) carries a key unique per account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("params", "text", (c) => c.notNull())
    .addColumn("once_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema.createIndex("notifications_account").on("notifications").columns(["account_id", "created_at"]).execute();
  await db.schema.createIndex("notifications_once").on("notifications").columns(["account_id", "once_key"]).unique().execute();
  await db.schema
    .createTable("notification_preferences")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("email", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_preferences_pk", ["account_id", "kind"])
    .execute();
  await db.schema
    .createTable("follows")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("follows_pk", ["account_id", "target", "target_id"])
    .execute();
  await db.schema.createIndex("follows_target").on("follows").columns(["target", "target_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("follows").execute();
  await db.schema.dropTable("notification_preferences").execute();
  await db.schema.dropTable("notifications").execute();
}

import type { Kysely } from "kysely";

/**
 * Co-sponsorship of amendments: the author invites a delegation (or one of its members by account), who accepts
 * or declines; either side may withdraw. Only accepted co-sponsors are named on the amendment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("amendment_cosponsors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("amendment_id", "text", (c) => c.notNull().references("amendments.id"))
    .addColumn("delegation", "text", (c) => c.notNull())
    .addColumn("invited_account_id", "text", (c) => c.references("accounts.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("invited_by", "text", (c) => c.references("accounts.id"))
    .addColumn("invited_at", "text", (c) => c.notNull())
    .addColumn("responded_by", "text", (c) => c.references("accounts.id"))
    .addColumn("responded_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("amendment_cosponsors_amendment").on("amendment_cosponsors").column("amendment_id").execute();
  await db.schema.createIndex("amendment_cosponsors_status").on("amendment_cosponsors").columns(["status", "delegation"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("amendment_cosponsors").execute();
}

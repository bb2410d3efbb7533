import type { Kysely } from "kysely";

/** Sub-amendments: an amendment may amend another amendment's wording; the reference is indexed to list them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("amendments")
    .addColumn("parent_amendment_id", "text", (c) => c.references("amendments.id"))
    .execute();
  await db.schema.createIndex("amendments_parent").on("amendments").column("parent_amendment_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("amendments_parent").execute();
  await db.schema.alterTable("amendments").dropColumn("parent_amendment_id").execute();
}

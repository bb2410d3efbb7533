import type { Kysely } from "kysely";

/**
 * The speakers-list operator's record: a right of reply keeps the turn it answered (`reply_to`, JSON), and a
 * request put on the list by the chair or secretariat keeps who added it (`added_by`). Earlier rows have neither.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("speaker_requests").addColumn("reply_to", "text").execute();
  await db.schema.alterTable("speaker_requests").addColumn("added_by", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("speaker_requests").dropColumn("added_by").execute();
  await db.schema.alterTable("speaker_requests").dropColumn("reply_to").execute();
}

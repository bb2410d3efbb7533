import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";

/**
 * The deployment's own id, made once when the database is created: the live channel's Redis channel
 * carries it, so two deployments sharing one Redis never hear each other. Backups do not carry it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("deployment")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("deployment_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db
    .insertInto("deployment" as never)
    .values({ id: 1, deployment_id: randomUUID(), created_at: new Date().toISOString() } as never)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("deployment").execute();
}

import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Schema } from "../store/schema.js";

type DeploymentTable = {
  deployment: { id: number; deployment_id: string; created_at: string };
};

/**
 * The deployment's id, kept in its database (made by the migration; made here if a database lacks it):
 * every instance on one database shares it, and no other deployment has it.
 */
export const deploymentId = async (db: Kysely<Schema>): Promise<string> => {
  const d = db.withTables<DeploymentTable>();
  const read = () => d.selectFrom("deployment").select("deployment_id").where("id", "=", 1).executeTakeFirst();
  const found = await read();
  if (found) return found.deployment_id;
  await d
    .insertInto("deployment")
    .values({ id: 1, deployment_id: randomUUID(), created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return (await read())!.deployment_id;
};

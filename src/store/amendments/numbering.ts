import { sql, type Transaction } from "kysely";
import type { Schema } from "../schema.js";

/** The numbering row of each draft (migration 009); derived from the amendments, so backups leave it out. */
export interface AmendmentCounterTables {
  amendment_counters: {
    draft_id: string;
    last_number: number;
  };
}

/**
 * Takes the next amendment number of a draft from its counter row, locked until the transaction ends:
 * simultaneous proposals wait for each other instead of colliding. The counter never falls behind the
 * numbers already used (a restored database has amendments but no counters).
 */
export const nextAmendmentNumber = async (trx: Transaction<Schema>, draftId: string): Promise<number> => {
  const used = trx
    .selectFrom("amendments")
    .select((eb) => eb.fn.coalesce(eb.fn.max("number"), sql<number>`0`).as("n"))
    .where("draft_id", "=", draftId);
  const row = await trx
    .insertInto("amendment_counters")
    .values({ draft_id: draftId, last_number: sql<number>`(${used}) + 1` })
    .onConflict((oc) =>
      oc.column("draft_id").doUpdateSet({
        last_number: sql<number>`CASE WHEN amendment_counters.last_number >= (${used}) THEN amendment_counters.last_number ELSE (${used}) END + 1`,
      }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
};

import { sql, type Transaction } from "kysely";
import type { Schema } from "../schema.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/** The series of the amendments before the committee: numbered 1, 2, 3 … per draft. */
export const COMMITTEE_SERIES = "";

/** The series of a discussion group's own proposals, numbered by the group apart from the committee's. */
export const groupSeries = (groupId: DiscussionGroupId): string => `group:${groupId}`;

/**
 * Takes the next amendment number of a draft in a series (that of the body that tables it) from its counter row,
 * locked until the transaction ends: simultaneous proposals wait for each other instead of colliding. The counter
 * never falls behind the numbers already used (a restored database has amendments but no counters).
 */
export const nextAmendmentNumber = async (trx: Transaction<Schema>, draftId: string, tabledBy = COMMITTEE_SERIES): Promise<number> => {
  const used = trx
    .selectFrom("amendments")
    .select((eb) => eb.fn.coalesce(eb.fn.max("number"), sql<number>`0`).as("n"))
    .where("draft_id", "=", draftId)
    .where("tabled_by", "=", tabledBy);
  const row = await trx
    .insertInto("amendment_counters")
    .values({ draft_id: draftId, tabled_by: tabledBy, last_number: sql<number>`(${used}) + 1` })
    .onConflict((oc) =>
      oc.columns(["draft_id", "tabled_by"]).doUpdateSet({
        last_number: sql<number>`CASE WHEN amendment_counters.last_number >= (${used}) THEN amendment_counters.last_number ELSE (${used}) END + 1`,
      }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
};

import type { Kysely } from "kysely";
import { deadlineInstant, describeDeadline, type Deadline } from "../../domain/deadlines/deadline.js";
import type { Schema } from "../schema.js";

/** A draft's deadline with how it reads and when it falls. */
export interface DeadlineView extends Deadline {
  readonly instant: string;
  readonly description: string;
  readonly version: number;
}

/** Decodes a `submission_deadlines` row. */
export const deadlineView = (row: Schema["submission_deadlines"]): DeadlineView => {
  const d = { local: row.local, timeZone: row.time_zone };
  return { ...d, instant: deadlineInstant(d), description: describeDeadline(d), version: row.version };
};

/** The deadline for amendments to a draft, or null when none was set. */
export const deadlineOf = async (db: Kysely<Schema>, draftId: string): Promise<DeadlineView | null> => {
  const row = await db.selectFrom("submission_deadlines").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  return row ? deadlineView(row) : null;
};

/** Every deadline set, for the start page. */
export const allDeadlines = async (db: Kysely<Schema>): Promise<(DeadlineView & { draftId: string })[]> =>
  (await db.selectFrom("submission_deadlines").selectAll().execute()).map((r) => ({ ...deadlineView(r), draftId: r.draft_id }));

/** When and how each amendment was submitted (late ones with the acceptance). */
export const submissionsOf = async (db: Kysely<Schema>, amendmentIds: readonly string[]) =>
  amendmentIds.length
    ? db
        .selectFrom("submissions")
        .selectAll()
        .where("amendment_id", "in", [...amendmentIds])
        .execute()
    : [];

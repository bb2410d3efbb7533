import type { Kysely, Transaction } from "kysely";
import type { NewEvent, RecordedEvent } from "../domain/events.js";
import type { AccountId, SittingId } from "../domain/ids.js";
import type { Schema } from "./schema.js";

type Row = Schema["events"];

const toRecorded = (row: Row): RecordedEvent => ({
  position: Number(row.position),
  time: row.time,
  actor: row.actor,
  type: row.type,
  subject: row.subject,
  sittingId: row.sitting_id,
  scope: row.scope,
  payload: JSON.parse(row.payload),
});

/**
 * Appends events inside the caller's transaction. Positions come from one counter row whose lock
 * is held until commit, so positions are gapless and in commit order on both stores.
 */
export const appendEvents = async (
  trx: Transaction<Schema>,
  actor: AccountId | null,
  time: string,
  events: readonly NewEvent[],
): Promise<RecordedEvent[]> => {
  if (events.length === 0) return [];
  const { position: last } = await trx
    .updateTable("event_sequence")
    .set((eb) => ({ position: eb("position", "+", events.length) }))
    .where("id", "=", 1)
    .returning("position")
    .executeTakeFirstOrThrow();
  const first = Number(last) - events.length + 1;
  const rows: Row[] = events.map((e, i) => ({
    position: first + i,
    time,
    actor,
    type: e.type,
    subject: e.subject,
    sitting_id: e.sittingId,
    scope: e.scope,
    payload: JSON.stringify(e.payload ?? null),
  }));
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto("events")
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.map(toRecorded);
};

/** Events after a position, in order; for one sitting or, without sittingId, all of them. */
export const readEvents = async (
  db: Kysely<Schema>,
  query: { after: number; sittingId?: SittingId; before?: number; limit?: number },
): Promise<RecordedEvent[]> => {
  let q = db.selectFrom("events").selectAll().where("position", ">", query.after);
  if (query.sittingId !== undefined) q = q.where("sitting_id", "=", query.sittingId);
  if (query.before !== undefined) q = q.where("position", "<", query.before);
  const rows = await q
    .orderBy("position")
    .limit(query.limit ?? 10_000)
    .execute();
  return rows.map(toRecorded);
};

/** The position of the last committed event. */
export const lastPosition = async (db: Kysely<Schema>): Promise<number> => {
  const row = await db.selectFrom("event_sequence").select("position").where("id", "=", 1).executeTakeFirst();
  return Number(row?.position ?? 0);
};

/** Takes the log's write lock for the rest of the transaction: concurrent first starts then see each other's work. */
export const lockLog = async (trx: Transaction<Schema>): Promise<number> => {
  const row = await trx
    .updateTable("event_sequence")
    .set((eb) => ({ position: eb("position", "+", 0) }))
    .where("id", "=", 1)
    .returning("position")
    .executeTakeFirstOrThrow();
  return Number(row.position);
};

import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../../domain/errors.js";
import type { EventScope } from "../../domain/events.js";
import type { SittingId } from "../../domain/ids.js";
import { changedPaths } from "../../domain/setup/revisions.js";
import type { WriteContext } from "../write-context.js";

/** The tables whose rows carry their own version. */
export type VersionedTable = "meeting_events" | "sittings" | "documents" | "discussion_groups";

/** A subject's current state as the set-up screens see it; `version` is what the next write must name. */
export interface Snapshot {
  readonly version: number;
  readonly published: boolean;
}

/** Refuses a write that names an older version, with the current state for the client to merge. */
export const assertVersion = (what: string, current: Snapshot, expected: number): void => {
  if (current.version !== expected)
    throw new DomainError(
      "stale_version",
      `${what} changed since you loaded it (you had version ${expected}, it is now ${current.version})`,
      [],
      {
        current,
      },
    );
};

/** Moves a row to the next version only if nobody else did in between; the loser gets stale_version. */
export const bumpVersion = async (
  ctx: WriteContext,
  table: VersionedTable,
  id: string,
  expected: number,
  what: string,
): Promise<number> => {
  const updated = await ctx.trx
    .updateTable(table)
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .where("version", "=", expected)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `${what} changed meanwhile; load it again`);
  return expected + 1;
};

/**
 * Keeps the new state of a subject as one revision and records the change as an event, with the paths
 * that changed. Edits after publication are thus visible; nothing earlier is overwritten.
 */
export const recordRevision = async (
  ctx: WriteContext,
  change: {
    readonly type: string;
    readonly subject: string;
    readonly sittingId: SittingId | null;
    readonly before: (Snapshot & object) | null;
    readonly after: Snapshot & object;
    readonly extra?: Record<string, unknown>;
  },
): Promise<void> => {
  const { version, published, ...data } = change.after;
  const before = change.before ? withoutMeta(change.before) : null;
  if (change.before && before) await keepBaseline(ctx, change.subject, change.before, before);
  await ctx.trx
    .insertInto("revisions")
    .values({
      id: randomUUID(),
      subject: change.subject,
      version,
      published: published ? 1 : 0,
      data: JSON.stringify(data),
      actor: ctx.actor,
      time: ctx.now,
    })
    .execute();
  ctx.record({
    type: change.type,
    subject: change.subject,
    sittingId: change.sittingId,
    scope: scopeOf(published),
    payload: { version, changes: before === null ? [] : changedPaths(before, data), ...change.extra },
  });
};

/** A subject written before revisions were kept (e.g. loaded from a fixture) gets its prior state as a baseline. */
const keepBaseline = async (ctx: WriteContext, subject: string, meta: Snapshot, data: object): Promise<void> => {
  const known = await ctx.trx
    .selectFrom("revisions")
    .select("id")
    .where("subject", "=", subject)
    .where("version", "=", meta.version)
    .executeTakeFirst();
  if (known) return;
  await ctx.trx
    .insertInto("revisions")
    .values({
      id: randomUUID(),
      subject,
      version: meta.version,
      published: meta.published ? 1 : 0,
      data: JSON.stringify(data),
      actor: null,
      time: ctx.now,
    })
    .execute();
};

const withoutMeta = (s: Snapshot & object): object => {
  const { version: _v, published: _p, ...data } = s;
  return data;
};

/** Who sees news of a set-up change: everyone once the subject is published, the staff before. */
export const scopeOf = (published: boolean): EventScope => (published ? "public" : "staff");

/** Throws not_found unless the row exists. */
export const found = <T>(row: T | undefined, what: string, id: string): T => {
  if (row === undefined) throw notFound(what, id);
  return row;
};

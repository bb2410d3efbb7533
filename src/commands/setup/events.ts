import { publicationStep } from "../../domain/setup/publication.js";
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { checkEventDates, checkTimeZone } from "../../domain/setup/checks.js";
import type { Principal } from "../../domain/authorization.js";
import { authorizeSetup } from "./authorize.js";
import type { WriteContext } from "../../store/write-context.js";
import { assertVersion, bumpVersion, found, recordRevision } from "../../store/setup/versioned.js";
import { loadEvent, type BodyFields, type EventFields, type EventSnapshot } from "../../store/setup/meeting-events.js";

const check = (f: EventFields) => {
  checkEventDates(f);
  checkTimeZone(f.timeZone, "body.timeZone");
};

const dataOf = (f: EventFields) =>
  JSON.stringify({
    name: f.name,
    place: f.place,
    organisation: f.organisation,
    tagline: f.tagline,
    hashtag: f.hashtag,
    startDate: f.startDate,
    endDate: f.endDate,
    timeZone: f.timeZone,
    workingLanguages: f.workingLanguages,
  });

/** Creates an unpublished event; the key is unique and names it in URLs and backups. */
export const createEvent = async (ctx: WriteContext, p: Principal, input: EventFields & { key: string }): Promise<EventSnapshot> => {
  authorizeSetup(p);
  check(input);
  const taken = await ctx.trx.selectFrom("meeting_events").select("id").where("key", "=", input.key).executeTakeFirst();
  if (taken)
    throw new DomainError(
      "conflict",
      `An event with the key ${input.key} already exists`,
      [{ path: "body.key", message: "already used" }],
      { eventId: taken.id },
    );
  const id = randomUUID();
  await ctx.trx
    .insertInto("meeting_events")
    .values({ id, key: input.key, data: dataOf(input), published: 0, version: 1 })
    .execute();
  const after = await loadEvent(ctx.trx, id);
  await recordRevision(ctx, {
    type: "event.created",
    subject: `event:${id}`,
    sittingId: null,
    before: null,
    after,
    extra: { key: input.key },
  });
  return after;
};

/** Edits an event's fields; the version named must be the current one. */
export const editEvent = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  patch: Partial<EventFields>,
): Promise<EventSnapshot> => {
  authorizeSetup(p);
  const before = await loadEvent(ctx.trx, id);
  assertVersion("The event", before, version);
  const next: EventFields = { ...before, ...patch };
  check(next);
  const outside = await ctx.trx
    .selectFrom("sittings")
    .select(["number", "date"])
    .where("event_id", "=", id)
    .where((eb) => eb.or([eb("date", "<", next.startDate), eb("date", ">", next.endDate)]))
    .executeTakeFirst();
  if (outside)
    throw new DomainError("validation_failed", `A sitting on ${outside.date} would fall outside the event's new dates; move it first`, [
      { path: "body.startDate", message: "leaves a sitting outside the event" },
    ]);
  await ctx.trx
    .updateTable("meeting_events")
    .set({ data: dataOf(next) })
    .where("id", "=", id)
    .execute();
  return finish(ctx, id, before, "event.changed");
};

/** Publishes or withdraws an event from the public. */
export const setEventPublished = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  published: boolean,
  reason: string | null = null,
): Promise<EventSnapshot> => {
  authorizeSetup(p);
  const before = await loadEvent(ctx.trx, id);
  assertVersion("The event", before, version);
  const step = publicationStep(before.published, published, reason);
  await ctx.trx
    .updateTable("meeting_events")
    .set({ published: published ? 1 : 0 })
    .where("id", "=", id)
    .execute();
  return finish(ctx, id, before, published ? "event.published" : "event.unpublished", step ? { reason: step.reason } : undefined);
};

/** Adds a body (the Forum, its Bureau, a committee) to an event. */
export const createBody = async (
  ctx: WriteContext,
  p: Principal,
  eventId: string,
  version: number,
  input: BodyFields & { key: string },
): Promise<EventSnapshot> => {
  authorizeSetup(p);
  const before = await loadEvent(ctx.trx, eventId);
  assertVersion("The event", before, version);
  checkParent(before, null, input.parentId);
  if (before.bodies.some((b) => b.key === input.key))
    throw new DomainError("conflict", `The event already has a body with the key ${input.key}`, [
      { path: "body.key", message: "already used" },
    ]);
  const id = randomUUID();
  await ctx.trx
    .insertInto("bodies")
    .values({
      id,
      event_id: eventId,
      key: input.key,
      kind: input.kind,
      parent_id: input.parentId,
      data: JSON.stringify({ name: input.name }),
    })
    .execute();
  return finish(ctx, eventId, before, "body.created", { bodyId: id });
};

/** Edits a body; its version is its event's. */
export const editBody = async (
  ctx: WriteContext,
  p: Principal,
  bodyId: string,
  version: number,
  patch: Partial<BodyFields>,
): Promise<EventSnapshot> => {
  authorizeSetup(p);
  const row = found(await ctx.trx.selectFrom("bodies").select("event_id").where("id", "=", bodyId).executeTakeFirst(), "Body", bodyId);
  const before = await loadEvent(ctx.trx, row.event_id);
  assertVersion("The event and its bodies", before, version);
  const body = before.bodies.find((b) => b.id === bodyId)!;
  const next = { ...body, ...patch };
  checkParent(before, bodyId, next.parentId);
  await ctx.trx
    .updateTable("bodies")
    .set({ kind: next.kind, parent_id: next.parentId, data: JSON.stringify({ name: next.name }) })
    .where("id", "=", bodyId)
    .execute();
  return finish(ctx, row.event_id, before, "body.changed", { bodyId });
};

/** A parent must be a body of the same event, and a body may not end up inside itself. */
const checkParent = (event: EventSnapshot, bodyId: string | null, parentId: string | null): void => {
  const bad = (message: string) => new DomainError("validation_failed", message, [{ path: "body.parentId", message }]);
  for (let at = parentId; at !== null;) {
    if (at === bodyId) throw bad("a body cannot be inside itself");
    const parent = event.bodies.find((b) => b.id === at);
    if (!parent) throw bad("not a body of this event");
    at = parent.parentId;
  }
};

const finish = async (ctx: WriteContext, id: string, before: EventSnapshot, type: string, extra?: Record<string, unknown>) => {
  await bumpVersion(ctx, "meeting_events", id, before.version, "The event");
  const after = await loadEvent(ctx.trx, id);
  await recordRevision(ctx, { type, subject: `event:${id}`, sittingId: null, before, after, ...(extra ? { extra } : {}) });
  return after;
};

import { publicationStep } from "../../domain/setup/publication.js";
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { asId, type SittingId } from "../../domain/ids.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { checkSittingTimes, checkTimeZone } from "../../domain/setup/checks.js";
import type { Principal } from "../../domain/authorization.js";
import { authorizeSetup } from "./authorize.js";
import type { WriteContext } from "../../store/write-context.js";
import { loadEvent } from "../../store/setup/meeting-events.js";
import { assertVersion, bumpVersion, found, recordRevision } from "../../store/setup/versioned.js";
import { loadSitting, type SittingFields, type SittingSnapshot } from "../../store/setup/sittings.js";

type ML = MultilingualText;

const columns = (f: SittingFields, bodyKey: string) => ({
  body_id: f.bodyId,
  key: `${bodyKey}-${f.number}`,
  number: f.number,
  date: f.date,
  start_time: f.startTime,
  end_time: f.endTime,
  time_zone: f.timeZone,
  data: JSON.stringify({ venue: f.venue, title: f.title }),
});

/** Checks a sitting against its event: a body of the event, dates inside it, a known time zone, a free number. */
const check = async (ctx: WriteContext, eventId: string, f: SittingFields, self: SittingId | null): Promise<string> => {
  const event = await loadEvent(ctx.trx, eventId);
  const body = event.bodies.find((b) => b.id === f.bodyId);
  if (!body)
    throw new DomainError("validation_failed", "The body is not a body of this event", [{ path: "body.bodyId", message: "unknown body" }]);
  checkTimeZone(f.timeZone, "body.timeZone");
  checkSittingTimes(f, event);
  const taken = await ctx.trx
    .selectFrom("sittings")
    .select("id")
    .where("event_id", "=", eventId)
    .where("key", "=", `${body.key}-${f.number}`)
    .executeTakeFirst();
  if (taken && taken.id !== self)
    throw new DomainError(
      "conflict",
      `This body already has a sitting number ${f.number}`,
      [{ path: "body.number", message: "already used" }],
      { sittingId: taken.id },
    );
  return body.key;
};

/** Creates an unpublished sitting of one of the event's bodies; the time zone defaults to the event's. */
export const createSitting = async (
  ctx: WriteContext,
  p: Principal,
  eventId: string,
  input: Omit<SittingFields, "timeZone"> & { timeZone: string | null },
): Promise<SittingSnapshot> => {
  authorizeSetup(p);
  const event = await loadEvent(ctx.trx, eventId);
  const fields: SittingFields = { ...input, timeZone: input.timeZone ?? event.timeZone };
  const bodyKey = await check(ctx, eventId, fields, null);
  const id = asId<SittingId>(randomUUID());
  await ctx.trx
    .insertInto("sittings")
    .values({ id, event_id: eventId, ...columns(fields, bodyKey), published: 0, version: 1 })
    .execute();
  const after = await loadSitting(ctx.trx, id);
  await recordRevision(ctx, {
    type: "sitting.created",
    subject: `sitting:${id}`,
    sittingId: id,
    before: null,
    after,
    extra: { number: fields.number },
  });
  return after;
};

/** Edits a sitting's date, times, venue or title. */
export const editSitting = async (
  ctx: WriteContext,
  p: Principal,
  id: SittingId,
  version: number,
  patch: Partial<SittingFields>,
): Promise<SittingSnapshot> => {
  authorizeSetup(p);
  const before = await loadSitting(ctx.trx, id);
  assertVersion("The sitting", before, version);
  const next: SittingFields = { ...before, ...patch };
  const bodyKey = await check(ctx, before.eventId, next, id);
  await ctx.trx.updateTable("sittings").set(columns(next, bodyKey)).where("id", "=", id).execute();
  return finish(ctx, before, "sitting.changed");
};

/** Publishes a sitting (its agenda and groups become public) or withdraws it. */
export const setSittingPublished = async (
  ctx: WriteContext,
  p: Principal,
  id: SittingId,
  version: number,
  published: boolean,
  reason: string | null = null,
): Promise<SittingSnapshot> => {
  authorizeSetup(p);
  const before = await loadSitting(ctx.trx, id);
  assertVersion("The sitting", before, version);
  const step = publicationStep(before.published, published, reason);
  await ctx.trx
    .updateTable("sittings")
    .set({ published: published ? 1 : 0 })
    .where("id", "=", id)
    .execute();
  return finish(ctx, before, published ? "sitting.published" : "sitting.unpublished", step ? { reason: step.reason } : undefined);
};

/** Adds an agenda item at the end of the sitting's agenda. */
export const createAgendaItem = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  version: number,
  input: { number: string; title: ML },
): Promise<SittingSnapshot> => {
  authorizeSetup(p);
  const before = await loadSitting(ctx.trx, sittingId);
  assertVersion("The sitting", before, version);
  if (before.agenda.some((i) => i.number === input.number))
    throw new DomainError("conflict", `The agenda already has an item ${input.number}`, [{ path: "body.number", message: "already used" }]);
  const id = randomUUID();
  await ctx.trx
    .insertInto("agenda_items")
    .values({
      id,
      sitting_id: sittingId,
      number: input.number,
      position: before.agenda.length,
      data: JSON.stringify({ title: input.title }),
    })
    .execute();
  return finish(ctx, before, "agenda_item.created", { agendaItemId: id });
};

/** Edits an agenda item's number or title; its version is its sitting's. */
export const editAgendaItem = async (
  ctx: WriteContext,
  p: Principal,
  itemId: string,
  version: number,
  patch: { number?: string; title?: ML },
): Promise<SittingSnapshot> => {
  authorizeSetup(p);
  const row = found(
    await ctx.trx.selectFrom("agenda_items").select("sitting_id").where("id", "=", itemId).executeTakeFirst(),
    "Agenda item",
    itemId,
  );
  const before = await loadSitting(ctx.trx, row.sitting_id);
  assertVersion("The sitting and its agenda", before, version);
  const item = before.agenda.find((i) => i.id === itemId)!;
  const next = { ...item, ...patch };
  if (before.agenda.some((i) => i.id !== itemId && i.number === next.number))
    throw new DomainError("conflict", `The agenda already has an item ${next.number}`, [{ path: "body.number", message: "already used" }]);
  await ctx.trx
    .updateTable("agenda_items")
    .set({ number: next.number, data: JSON.stringify({ title: next.title }) })
    .where("id", "=", itemId)
    .execute();
  return finish(ctx, before, "agenda_item.changed", { agendaItemId: itemId });
};

const finish = async (ctx: WriteContext, before: SittingSnapshot, type: string, extra?: Record<string, unknown>) => {
  await bumpVersion(ctx, "sittings", before.id, before.version, "The sitting");
  const after = await loadSitting(ctx.trx, before.id);
  await recordRevision(ctx, {
    type,
    subject: `sitting:${before.id}`,
    sittingId: before.id,
    before,
    after,
    ...(extra ? { extra } : {}),
  });
  return after;
};

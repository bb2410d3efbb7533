import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { asId, type DiscussionGroupId, type ParagraphId, type SittingId, type GuidingQuestionId } from "../../domain/ids.js";
import { DomainError } from "../../domain/errors.js";
import { lockLog } from "../events.js";
import type { WriteContext } from "../write-context.js";
import type { Writer } from "../write.js";
import { meetingFixtureSchema, type MeetingFixture } from "./fixture-schema.js";

/** The reference case shipped with the product: the seed's sitting of the Forum of Women Parliamentarians. */
export const REFERENCE_CASE_PATH = fileURLToPath(new URL("../../../fixtures/reference-case.json", import.meta.url));

/** Reads and validates a meeting fixture; a malformed one is named field by field. */
export const readMeetingFixture = async (path: string = REFERENCE_CASE_PATH): Promise<MeetingFixture> => {
  const parsed = meetingFixtureSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) {
    throw new DomainError(
      "validation_failed",
      `The meeting fixture ${path} is invalid`,
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return parsed.data;
};

const json = (value: unknown): string => JSON.stringify(value);

/**
 * Writes a whole meeting (event, bodies, sittings, groups, documents, draft) in one transaction, published.
 * With `onlyIntoEmpty`, it loads nothing when the log already holds events (another instance started first).
 */
export const loadMeetingFixture = async (
  writer: Writer,
  fixture: MeetingFixture,
  options: { onlyIntoEmpty?: boolean } = {},
): Promise<{ eventId: string } | null> => {
  const { result } = await writer.run(null, async (ctx) => {
    if (options.onlyIntoEmpty && (await lockLog(ctx.trx)) > 0) return null;
    return insertFixture(ctx, fixture);
  });
  return result;
};

const insertFixture = async (ctx: WriteContext, f: MeetingFixture): Promise<{ eventId: string }> => {
  const { trx } = ctx;
  const eventId = randomUUID();
  const { key, ...eventData } = f.event;
  await trx
    .insertInto("meeting_events")
    .values({ id: eventId, key, data: json(eventData), published: 1, version: 1 })
    .execute();
  ctx.record({ type: "event.created", subject: `event:${eventId}`, sittingId: null, scope: "public", payload: { key } });

  const bodyIds = new Map(f.bodies.map((b) => [b.key, randomUUID()]));
  for (const b of f.bodies) {
    const parent = b.parent === null ? null : (bodyIds.get(b.parent) ?? missing("body", b.parent));
    await trx
      .insertInto("bodies")
      .values({ id: bodyIds.get(b.key)!, event_id: eventId, key: b.key, kind: b.kind, parent_id: parent, data: json({ name: b.name }) })
      .execute();
    ctx.record({ type: "body.created", subject: `body:${bodyIds.get(b.key)}`, sittingId: null, scope: "public", payload: { key: b.key } });
  }

  const documentIds = new Map(f.documents.map((d) => [d.symbol, randomUUID()]));
  let firstSitting: SittingId | null = null;
  for (const s of f.sittings) {
    const sittingId = asId<SittingId>(randomUUID());
    firstSitting ??= sittingId;
    await trx
      .insertInto("sittings")
      .values({
        id: sittingId,
        event_id: eventId,
        body_id: bodyIds.get(s.body) ?? missing("body", s.body),
        key: s.key,
        number: s.number,
        date: s.date,
        start_time: s.startTime,
        end_time: s.endTime,
        time_zone: f.event.timeZone,
        data: json({ venue: s.venue, title: s.title }),
        published: 1,
        version: 1,
      })
      .execute();
    ctx.record({ type: "sitting.created", subject: `sitting:${sittingId}`, sittingId, scope: "public", payload: { key: s.key } });
    for (const [position, item] of s.agenda.entries()) {
      const itemId = randomUUID();
      await trx
        .insertInto("agenda_items")
        .values({ id: itemId, sitting_id: sittingId, number: item.number, position, data: json({ title: item.title }) })
        .execute();
      ctx.record({
        type: "agenda_item.created",
        subject: `agenda_item:${itemId}`,
        sittingId,
        scope: "public",
        payload: { number: item.number },
      });
      for (const symbol of item.documents) {
        const doc = f.documents.find((d) => d.symbol === symbol) ?? missing("document", symbol);
        const docId = documentIds.get(symbol)!;
        const { symbol: _s, kind, date, ...data } = doc;
        await trx
          .insertInto("documents")
          .values({
            id: docId,
            sitting_id: sittingId,
            agenda_item_id: itemId,
            symbol,
            kind,
            date,
            data: json(data),
            published: 1,
            version: 1,
          })
          .execute();
        ctx.record({ type: "document.created", subject: `document:${docId}`, sittingId, scope: "public", payload: { symbol } });
      }
    }
    for (const g of s.groups) {
      const groupId = asId<DiscussionGroupId>(randomUUID());
      const { guidingQuestions, number, ...data } = g;
      await trx
        .insertInto("discussion_groups")
        .values({ id: groupId, sitting_id: sittingId, number, data: json(data), version: 1 })
        .execute();
      for (const [position, text] of guidingQuestions.entries()) {
        await trx
          .insertInto("guiding_questions")
          .values({ id: asId<GuidingQuestionId>(randomUUID()), group_id: groupId, position: position + 1, data: json({ text }) })
          .execute();
      }
      ctx.record({
        type: "discussion_group.created",
        subject: `discussion_group:${groupId}`,
        sittingId,
        scope: "public",
        payload: { number },
      });
    }
  }

  const d = f.draftResolution;
  const draftId = randomUUID();
  await trx
    .insertInto("draft_resolutions")
    .values({
      id: draftId,
      sitting_id: firstSitting,
      document_id: null,
      symbol: d.symbol,
      committee_body_id: bodyIds.get(d.committee) ?? missing("body", d.committee),
      stage: "draft",
      illustrative: d.illustrative ? 1 : 0,
      data: json({ title: d.title, note: d.note }),
      published: 1,
      version: 1,
    })
    .execute();
  for (const [position, p] of d.paragraphs.entries()) {
    const subParagraphs = p.subParagraphs.map((text) => ({ id: randomUUID(), text }));
    await trx
      .insertInto("paragraphs")
      .values({
        id: asId<ParagraphId>(randomUUID()),
        draft_id: draftId,
        position,
        kind: p.kind,
        data: json({ text: p.text, subParagraphs }),
      })
      .execute();
  }
  ctx.record({
    type: "draft_resolution.imported",
    subject: `draft_resolution:${draftId}`,
    sittingId: firstSitting,
    scope: "public",
    payload: { symbol: d.symbol, paragraphs: d.paragraphs.length, illustrative: d.illustrative },
  });
  return { eventId };
};

const missing = (what: string, key: string): never => {
  throw new DomainError("validation_failed", `The fixture names a ${what} "${key}" that it does not define`, [
    { path: what, message: `unknown ${what} ${key}` },
  ]);
};

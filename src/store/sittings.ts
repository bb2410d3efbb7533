import type { Kysely } from "kysely";
import { notFound } from "../domain/errors.js";
import type { MultilingualText } from "../domain/multilingual.js";
import type { Language } from "../domain/language.js";
import { labelParagraphs, type Paragraph } from "../domain/text/paragraph.js";
import { asId, type ParagraphId, type SittingId } from "../domain/ids.js";
import type { Schema } from "./schema.js";
import { decodeColumn } from "./decode.js";
import { draftData, paragraphData } from "./columns/drafts.js";
import { agendaItemData, bodyData, documentData, eventData, groupData, guidingQuestionData, sittingData } from "./columns/setup.js";

type ML = MultilingualText;

/** The event a sitting belongs to, as readers see it. */
export interface EventView {
  id: string;
  name: ML;
  place: ML;
  organisation: ML;
  tagline: ML;
  hashtag: string | null;
  startDate: string;
  endDate: string;
  timeZone: string;
  workingLanguages: Language[];
  published: boolean;
}

export interface BodyView {
  id: string;
  kind: string;
  name: ML;
}

export interface SittingSummary {
  id: SittingId;
  eventId: string;
  body: BodyView;
  number: number;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  venue: ML;
  title: ML;
  published: boolean;
  version: number;
}

/** The `published` values a read includes: unpublished rows only for a reader allowed them (decided beside the commands). */
const visibility = (includeUnpublished: boolean) => (includeUnpublished ? [0, 1] : [1]);

const toEvent = (row: Schema["meeting_events"]): EventView => {
  const d = decodeColumn(eventData, row.data, "meeting_events", row.id);
  return { id: row.id, ...d, hashtag: d.hashtag ?? null, published: row.published === 1 };
};

const toBody = (row: Pick<Schema["bodies"], "id" | "kind" | "data">): BodyView => ({
  id: row.id,
  kind: row.kind,
  name: decodeColumn(bodyData, row.data, "bodies", row.id).name,
});

/** The published events, and the unpublished ones too when asked for. */
export const listEvents = async (db: Kysely<Schema>, includeUnpublished: boolean): Promise<EventView[]> => {
  const rows = await db
    .selectFrom("meeting_events")
    .selectAll()
    .where("published", "in", visibility(includeUnpublished))
    .orderBy("key")
    .execute();
  return rows.map(toEvent);
};

/** One event with its bodies and its sittings; an unpublished event or sitting only when asked for. */
export const getEvent = async (db: Kysely<Schema>, includeUnpublished: boolean, id: string) => {
  const row = await db
    .selectFrom("meeting_events")
    .selectAll()
    .where("id", "=", id)
    .where("published", "in", visibility(includeUnpublished))
    .executeTakeFirst();
  if (!row) throw notFound("Event", id);
  const bodies = await db.selectFrom("bodies").select(["id", "kind", "data"]).where("event_id", "=", id).orderBy("key").execute();
  return { event: toEvent(row), bodies: bodies.map(toBody), sittings: await listSittings(db, includeUnpublished, id) };
};

/** The published sittings (and the unpublished ones when asked for), in date order. */
export const listSittings = async (db: Kysely<Schema>, includeUnpublished: boolean, eventId?: string): Promise<SittingSummary[]> => {
  let q = db
    .selectFrom("sittings")
    .innerJoin("bodies", "bodies.id", "sittings.body_id")
    .selectAll("sittings")
    .select(["bodies.kind as body_kind", "bodies.data as body_data"])
    .where("sittings.published", "in", visibility(includeUnpublished));
  if (eventId !== undefined) q = q.where("sittings.event_id", "=", eventId);
  const rows = await q.orderBy("sittings.date").orderBy("sittings.start_time").execute();
  return rows.map((r) => {
    const d = decodeColumn(sittingData, r.data, "sittings", r.id);
    return {
      id: r.id,
      eventId: r.event_id,
      body: toBody({ id: r.body_id, kind: r.body_kind, data: r.body_data }),
      number: r.number,
      date: r.date,
      startTime: r.start_time,
      endTime: r.end_time,
      timeZone: r.time_zone,
      venue: d.venue,
      title: d.title,
      published: r.published === 1,
      version: r.version,
    };
  });
};

/** A sitting with its agenda, documents, discussion groups and draft resolutions; unpublished ones only when asked for. */
export const getSittingDetail = async (db: Kysely<Schema>, includeUnpublished: boolean, id: SittingId) => {
  const sitting = (await listSittings(db, includeUnpublished)).find((s) => s.id === id);
  if (!sitting) throw notFound("Sitting", id);
  const eventRow = await db.selectFrom("meeting_events").selectAll().where("id", "=", sitting.eventId).executeTakeFirstOrThrow();
  const [items, documents, groups, drafts] = await Promise.all([
    db.selectFrom("agenda_items").selectAll().where("sitting_id", "=", id).orderBy("position").execute(),
    db
      .selectFrom("documents")
      .selectAll()
      .where("sitting_id", "=", id)
      .where("published", "in", visibility(includeUnpublished))
      .orderBy("symbol")
      .execute(),
    db.selectFrom("discussion_groups").selectAll().where("sitting_id", "=", id).orderBy("number").execute(),
    db
      .selectFrom("draft_resolutions")
      .selectAll()
      .where("sitting_id", "=", id)
      .where("published", "in", visibility(includeUnpublished))
      .orderBy("symbol")
      .execute(),
  ]);
  const groupIds = groups.map((g) => g.id);
  const [questions, committees] = await Promise.all([
    groupIds.length ? db.selectFrom("guiding_questions").selectAll().where("group_id", "in", groupIds).orderBy("position").execute() : [],
    db.selectFrom("bodies").select(["id", "kind", "data"]).where("event_id", "=", sitting.eventId).execute(),
  ]);
  return {
    sitting,
    event: toEvent(eventRow),
    agenda: items.map((item) => ({
      id: item.id,
      number: item.number,
      title: decodeColumn(agendaItemData, item.data, "agenda_items", item.id).title,
      documents: documents.filter((d) => d.agenda_item_id === item.id).map(toDocument),
    })),
    groups: groups.map((g) => {
      const d = decodeColumn(groupData, g.data, "discussion_groups", g.id);
      return {
        id: g.id,
        number: g.number,
        title: d.title,
        description: d.description,
        room: d.room,
        version: g.version,
        guidingQuestions: questions
          .filter((q) => q.group_id === g.id)
          .map((q) => ({
            id: q.id,
            position: q.position,
            text: decodeColumn(guidingQuestionData, q.data, "guiding_questions", q.id).text,
          })),
      };
    }),
    // What lists and links a draft; its paragraphs come from getSittingDraftTexts, for the screens that show them.
    draftResolutions: drafts.map((d) => {
      const data = decodeColumn(draftData, d.data, "draft_resolutions", d.id);
      const committee = committees.find((b) => b.id === d.committee_body_id);
      return {
        id: d.id,
        symbol: d.symbol,
        title: data.title,
        illustrative: d.illustrative === 1,
        note: data.note,
        stage: d.stage,
        version: d.version,
        committee: committee ? toBody(committee) : null,
      };
    }),
  };
};

/** The labelled paragraphs and sub-paragraphs of the sitting's draft resolutions, the unpublished ones only when asked for. */
export const getSittingDraftTexts = async (db: Kysely<Schema>, includeUnpublished: boolean, id: SittingId) => {
  if (!(await listSittings(db, includeUnpublished)).some((s) => s.id === id)) throw notFound("Sitting", id);
  const drafts = await db
    .selectFrom("draft_resolutions")
    .select(["id", "symbol", "version"])
    .where("sitting_id", "=", id)
    .where("published", "in", visibility(includeUnpublished))
    .orderBy("symbol")
    .execute();
  const draftIds = drafts.map((d) => d.id);
  const paragraphs = draftIds.length
    ? await db.selectFrom("paragraphs").selectAll().where("draft_id", "in", draftIds).orderBy("position").execute()
    : [];
  const byDraft = new Map<string, typeof paragraphs>(draftIds.map((d) => [d, []]));
  for (const row of paragraphs) byDraft.get(row.draft_id)?.push(row);
  return {
    drafts: drafts.map((d) => {
      const own: Paragraph[] = (byDraft.get(d.id) ?? []).map((row) => {
        const pd = decodeColumn(paragraphData, row.data, "paragraphs", row.id);
        return {
          id: row.id,
          kind: row.kind === "preambular" ? "preambular" : "operative",
          text: pd.text,
          subParagraphs: pd.subParagraphs.map((s) => ({ id: asId<ParagraphId>(s.id), text: s.text })),
        };
      });
      const labels = labelParagraphs(own);
      return {
        id: d.id,
        symbol: d.symbol,
        version: d.version,
        paragraphs: own.map((para) => ({
          id: para.id as string,
          label: labels.get(para.id) ?? "",
          kind: para.kind,
          text: para.text,
          subParagraphs: para.subParagraphs.map((s, i) => ({
            id: s.id as string,
            label: `(${String.fromCharCode(97 + i)})`,
            text: s.text,
          })),
        })),
      };
    }),
  };
};

const toDocument = (row: Schema["documents"]) => {
  const d = decodeColumn(documentData, row.data, "documents", row.id);
  return { id: row.id, symbol: row.symbol, kind: row.kind, date: row.date, ...d };
};

export type SittingDetail = Awaited<ReturnType<typeof getSittingDetail>>;
export type SittingDraftTexts = Awaited<ReturnType<typeof getSittingDraftTexts>>;

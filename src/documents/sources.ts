import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import { notFound } from "../domain/errors.js";
import type { MultilingualText } from "../domain/multilingual.js";
import { readDraft, type DraftView } from "../store/draft-read.js";
import { loadDraft, type StoredDraft } from "../store/drafts.js";
import type { Schema } from "../store/schema.js";
import { getSittingDetail, type EventView, type SittingDetail } from "../store/sittings.js";
import { listAmendments, type StoredAmendment } from "../store/amendments/rows.js";
import { bodyData } from "../store/columns/setup.js";
import { decodeColumn } from "../store/decode.js";

/** The sitting an information note belongs to, with everything the note shows; unpublished is not found. */
export const loadNoteSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<SittingDetail> => {
  const rows = await db.selectFrom("documents").select(["sitting_id"]).where("symbol", "=", symbol).execute();
  for (const row of rows) {
    if (!row.sitting_id) continue;
    const detail = await getSittingDetail(db, p, row.sitting_id).catch(() => null);
    if (detail?.agenda.some((i) => i.documents.some((d) => d.symbol === symbol))) return detail;
  }
  throw notFound("Document", symbol);
};

/** When each amendment was decided (ISO date-time), from the event log. */
export type DecisionTimes = ReadonlyMap<string, string>;

/** A draft resolution with its amendments, revision translations, committee and gathering. */
export interface DraftSource {
  readonly draft: StoredDraft;
  readonly view: DraftView;
  readonly amendments: readonly StoredAmendment[];
  readonly committee: MultilingualText | null;
  readonly event: EventView | null;
  /** The sitting's date, else the gathering's first day: the date a document falls back to. */
  readonly date: string;
  readonly decidedAt: DecisionTimes;
}

const DECISIONS = ["amendment.accepted", "amendment.rejected", "amendment.accepted_as_revised", "amendment.merged", "amendment.withdrawn"];

/** Loads a draft resolution by its symbol with what its documents need; a draft the caller may not see is not found. */
export const loadDraftSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<DraftSource> => {
  const row = await db
    .selectFrom("draft_resolutions")
    .select(["id", "committee_body_id", "sitting_id"])
    .where("symbol", "=", symbol)
    .executeTakeFirst();
  if (!row) throw notFound("Draft resolution", symbol);
  const draft = await loadDraft(db, p, row.id);
  const [view, amendments] = await Promise.all([readDraft(db, p, row.id), listAmendments(db, p, row.id)]);
  const committeeRow = row.committee_body_id
    ? await db.selectFrom("bodies").select(["id", "data"]).where("id", "=", row.committee_body_id).executeTakeFirst()
    : undefined;
  const detail = row.sitting_id ? await getSittingDetail(db, p, row.sitting_id).catch(() => null) : null;
  const subjects = amendments.map((a) => `amendment:${a.amendment.id}`);
  const events = subjects.length
    ? await db
        .selectFrom("events")
        .select(["subject", "time", "type"])
        .where("subject", "in", subjects)
        .where("type", "in", DECISIONS)
        .orderBy("position")
        .execute()
    : [];
  return {
    draft,
    view,
    amendments: amendments.filter((a) => a.amendment.status !== "draft"),
    committee: committeeRow ? decodeColumn(bodyData, committeeRow.data, "bodies", committeeRow.id).name : null,
    event: detail?.event ?? null,
    date: detail?.sitting.date ?? detail?.event.startDate ?? new Date().toISOString().slice(0, 10),
    decidedAt: new Map(events.map((e) => [e.subject.slice("amendment:".length), e.time])),
  };
};

import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import { notFound } from "../domain/errors.js";
import type { MultilingualText } from "../domain/multilingual.js";
import type { DraftView } from "../store/draft-read.js";
import type { StoredDraft } from "../store/drafts.js";
import { visibleDraft, readDraftPage } from "../commands/drafts/read.js";
import type { Schema } from "../store/schema.js";
import { getSittingDetail, type EventView, type SittingDetail } from "../store/sittings.js";
import { readsUnpublished } from "../domain/authorization.js";
import type { StoredAmendment } from "../store/amendments/rows.js";
import { listAmendments } from "../commands/amendments/read.js";
import { nextRevisionSymbol, versionChain } from "../store/committee/versions.js";
import { bodyData } from "../store/columns/setup.js";
import { decodeColumn } from "../store/decode.js";

/** The sitting an information note belongs to, with everything the note shows; unpublished is not found. */
export const loadNoteSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<SittingDetail> => {
  const rows = await db.selectFrom("documents").select(["sitting_id"]).where("symbol", "=", symbol).execute();
  for (const row of rows) {
    if (!row.sitting_id) continue;
    const detail = await getSittingDetail(db, readsUnpublished(p), row.sitting_id).catch(() => null);
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

/** The day a draft was first recorded (imported or loaded), from the event log: never the day a document is written. */
const recordedOn = async (db: Kysely<Schema>, draftId: string): Promise<string> => {
  const first = await db
    .selectFrom("events")
    .select("time")
    .where("subject", "=", `draft_resolution:${draftId}`)
    .orderBy("position")
    .executeTakeFirst();
  return first?.time.slice(0, 10) ?? "";
};

const DECISIONS = ["amendment.accepted", "amendment.rejected", "amendment.accepted_as_revised", "amendment.merged", "amendment.withdrawn"];

/** Loads a draft resolution by its symbol with what its documents need; a draft the caller may not see is not found. */
export const loadDraftSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<DraftSource> => {
  const row = await db
    .selectFrom("draft_resolutions")
    .select(["id", "committee_body_id", "sitting_id"])
    .where("symbol", "=", symbol)
    .executeTakeFirst();
  if (!row) throw notFound("Draft resolution", symbol);
  const draft = await visibleDraft(db, p, row.id);
  const [view, amendments] = await Promise.all([readDraftPage(db, p, row.id), listAmendments(db, p, row.id)]);
  const committeeRow = row.committee_body_id
    ? await db.selectFrom("bodies").select(["id", "data"]).where("id", "=", row.committee_body_id).executeTakeFirst()
    : undefined;
  const detail = row.sitting_id ? await getSittingDetail(db, readsUnpublished(p), row.sitting_id).catch(() => null) : null;
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
    date: detail?.sitting.date ?? detail?.event.startDate ?? (await recordedOn(db, row.id)),
    decidedAt: new Map(events.map((e) => [e.subject.slice("amendment:".length), e.time])),
  };
};

/** The revised text a document shows: which version, under which symbol, when it was produced and adopted. */
export interface RevisionOfSource {
  /** The revised draft's symbol (C-III/143/DR/Rev.1); before the committee revised the draft, the one it will take. */
  readonly symbol: string;
  /** The original draft's symbol, from which the adopted resolution's is derived. */
  readonly originalSymbol: string;
  /** "revised" or "adopted"; null before the committee revised the draft. */
  readonly stage: string | null;
  readonly revisedAt: string | null;
  readonly adoptedAt: string | null;
}

/** A draft's revised text: the version amended, with the amendments that produced the revision, and the revision itself. */
export type ResolutionSource = DraftSource & { readonly revision: RevisionOfSource };

/**
 * The current revision of a draft named by any symbol of its chain (C-III/143/DR or C-III/143/DR/Rev.1): the
 * version it was revised from with that version's amendments, so the document shows the changes that produced it.
 */
export const loadResolutionSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<ResolutionSource> => {
  const row = await db.selectFrom("draft_resolutions").select("id").where("symbol", "=", symbol).executeTakeFirst();
  if (!row) throw notFound("Draft resolution", symbol);
  const chain = await versionChain(db, row.id);
  const current = chain.at(-1)!;
  const amended = (current.revisedFrom && chain.find((v) => v.draftId === current.revisedFrom)) || current;
  const source = await loadDraftSource(db, p, amended.symbol);
  const revised = amended !== current;
  return {
    ...source,
    revision: {
      symbol: revised ? current.symbol : nextRevisionSymbol(amended.symbol),
      originalSymbol: chain[0]!.symbol,
      stage: revised ? current.stage : null,
      revisedAt: current.revisedAt,
      adoptedAt: current.adoption?.at ?? null,
    },
  };
};

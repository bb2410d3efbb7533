import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { can, type Principal } from "../domain/authorization.js";
import { DomainError, notFound } from "../domain/errors.js";
import { asId, type AccountId, type AmendmentId, type ParagraphId, type SittingId } from "../domain/ids.js";
import type { Language } from "../domain/language.js";
import type { MultilingualText } from "../domain/multilingual.js";
import type { Amendment, AmendmentAction, AmendmentStatus } from "../domain/text/amendment.js";
import { checkAmendments } from "../domain/text/amendment-check.js";
import { transition, type AmendmentTransition } from "../domain/text/amendment-workflow.js";
import { locate, type DraftText } from "../domain/text/draft-text.js";
import type { Paragraph } from "../domain/text/paragraph.js";
import type { Schema } from "./schema.js";
import type { WriteContext } from "./write.js";

type ML = MultilingualText;

/** An amendment as stored: the domain value with its number, proposer and version. */
export interface StoredAmendment {
  readonly amendment: Amendment;
  readonly number: number;
  readonly createdBy: AccountId | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface StoredDraft {
  readonly id: string;
  readonly sittingId: SittingId | null;
  readonly symbol: string;
  readonly published: boolean;
  readonly text: DraftText;
}

/** The amendable text of a draft resolution; a draft the caller may not see is not found. */
export const loadDraft = async (db: Kysely<Schema>, p: Principal, draftId: string): Promise<StoredDraft> => {
  const row = await db.selectFrom("draft_resolutions").selectAll().where("id", "=", draftId).executeTakeFirst();
  if (!row || (row.published !== 1 && !can(p, { kind: "read_unpublished" }))) throw notFound("Draft resolution", draftId);
  const rows = await db.selectFrom("paragraphs").selectAll().where("draft_id", "=", draftId).orderBy("position").execute();
  const paragraphs: Paragraph[] = rows.map((r) => {
    const d = JSON.parse(r.data) as { text: ML; subParagraphs: { id: string; text: ML }[] };
    return {
      id: asId<ParagraphId>(r.id),
      kind: r.kind === "preambular" ? "preambular" : "operative",
      text: d.text,
      subParagraphs: d.subParagraphs.map((s) => ({ id: asId<ParagraphId>(s.id), text: s.text })),
    };
  });
  const data = JSON.parse(row.data) as { title: ML };
  return {
    id: row.id,
    sittingId: row.sitting_id as SittingId | null,
    symbol: row.symbol,
    published: row.published === 1,
    text: { title: data.title, paragraphs },
  };
};

type AmendmentData = Omit<Amendment, "id" | "action" | "status" | "language">;

const fromRow = (r: Schema["amendments"]): StoredAmendment => ({
  amendment: {
    ...(JSON.parse(r.data) as AmendmentData),
    id: asId<AmendmentId>(r.id),
    action: r.action as AmendmentAction,
    status: r.status as AmendmentStatus,
    language: r.language as Language,
  },
  number: r.number,
  createdBy: r.created_by as AccountId | null,
  createdAt: r.created_at,
  version: r.version,
});

/** Whether a person sees an amendment: drafts only by their proposer and the staff. */
const visibleTo = (p: Principal, a: StoredAmendment): boolean =>
  a.amendment.status !== "draft" || a.createdBy === p.accountId || can(p, { kind: "read_unpublished" });

/** The amendments to a draft that the caller may see, by number. */
export const listAmendments = async (db: Kysely<Schema>, p: Principal, draftId: string): Promise<StoredAmendment[]> => {
  const rows = await db.selectFrom("amendments").selectAll().where("draft_id", "=", draftId).orderBy("number").execute();
  return rows.map(fromRow).filter((a) => visibleTo(p, a));
};

const scopeOf = (a: StoredAmendment) => (a.amendment.status === "draft" && a.createdBy ? (`account:${a.createdBy}` as const) : ("public" as const));

/** Records a new amendment (as a draft or submitted straight away), checked against the draft's text. */
export const proposeAmendment = async (
  ctx: WriteContext,
  draft: StoredDraft,
  input: Omit<Amendment, "id" | "status"> & { submit: boolean },
): Promise<StoredAmendment> => {
  const { submit, ...fields } = input;
  const amendment: Amendment = { ...fields, id: asId<AmendmentId>(randomUUID()), status: submit ? "submitted" : "draft" };
  checkAmendments(draft.text, locate(draft.text.paragraphs), [amendment]);
  const last = await ctx.trx.selectFrom("amendments").select((eb) => eb.fn.max("number").as("n")).where("draft_id", "=", draft.id).executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  const { id, action, status, language, ...data } = amendment;
  await ctx.trx
    .insertInto("amendments")
    .values({ id, draft_id: draft.id, number, action, status, language, data: JSON.stringify(data), created_by: ctx.actor, created_at: ctx.now, version: 1 })
    .execute();
  const stored: StoredAmendment = { amendment, number, createdBy: ctx.actor, createdAt: ctx.now, version: 1 };
  ctx.record({
    type: submit ? "amendment.submitted" : "amendment.drafted",
    subject: `amendment:${id}`,
    sittingId: draft.sittingId,
    scope: scopeOf(stored),
    payload: { draftId: draft.id, number, action, target: amendment.target ?? null, after: amendment.after ?? null },
  });
  return stored;
};

/** Moves an amendment through the workflow's one transition table; a stale version is refused with the current state. */
export const decideAmendment = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  action: AmendmentTransition,
  expectedVersion: number,
): Promise<StoredAmendment> => {
  const row = await ctx.trx.selectFrom("amendments").selectAll().where("id", "=", amendmentId).executeTakeFirst();
  const current = row ? fromRow(row) : null;
  if (!row || !current || !visibleTo(p, current)) throw notFound("Amendment", amendmentId);
  const own = current.createdBy !== null && current.createdBy === p.accountId;
  const byAuthor = action.type === "submit" || action.type === "withdraw";
  if (!(byAuthor ? own || can(p, { kind: "manage_meeting" }) : can(p, { kind: "decide_amendments" })))
    throw new DomainError("forbidden", byAuthor ? "Only the amendment's author or the secretariat may do this" : "Only the committee's secretariat decides on amendments");
  if (current.version !== expectedVersion)
    throw new DomainError("stale_version", `Amendment ${current.number} changed since you loaded it`, [], { current: current.version });
  if (action.type === "merge") {
    const into = await ctx.trx.selectFrom("amendments").select("id").where("id", "=", action.into).where("draft_id", "=", row.draft_id).executeTakeFirst();
    if (!into) throw new DomainError("validation_failed", "The compromise amendment is not an amendment of this draft", [{ path: "body.into", message: "unknown amendment" }]);
  }
  const next = transition(current.amendment, action);
  const { id, action: _a, status, language: _l, ...data } = next;
  const updated = await ctx.trx
    .updateTable("amendments")
    .set({ status, data: JSON.stringify(data), version: current.version + 1 })
    .where("id", "=", id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `Amendment ${current.number} changed meanwhile`);
  const stored: StoredAmendment = { ...current, amendment: next, version: current.version + 1 };
  const sitting = await ctx.trx.selectFrom("draft_resolutions").select("sitting_id").where("id", "=", row.draft_id).executeTakeFirst();
  ctx.record({
    type: `amendment.${status}`,
    subject: `amendment:${id}`,
    sittingId: (sitting?.sitting_id ?? null) as SittingId | null,
    scope: scopeOf(stored),
    payload: { draftId: row.draft_id, number: current.number, from: current.amendment.status, to: status, transition: action },
  });
  return stored;
};

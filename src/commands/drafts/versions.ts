import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDecision, isCarried, type Decision } from "../../domain/decisions/decision.js";
import { nextDraftStage } from "../../domain/decisions/draft-stage.js";
import { DomainError } from "../../domain/errors.js";
import { originalOnly } from "../../domain/multilingual.js";
import { consolidate } from "../../domain/text/consolidate.js";
import { visibleDraft } from "./read.js";
import type { WriteContext } from "../../store/write-context.js";
import { decidingBody } from "../../store/committee/committee.js";
import { draftContext, expectUpdated, expectVersion, type DraftContext } from "../../store/committee/context.js";
import { draftData } from "../../store/columns/drafts.js";
import { decodeColumn } from "../../store/decode.js";
import { listAmendments } from "../amendments/read.js";

import { nextRevisionSymbol as nextSymbol, type ParagraphOrigin, type Revision } from "../../store/committee/versions.js";
import { asId, type ParagraphId } from "../../domain/ids.js";

const mayRevise = (p: Principal, draft: DraftContext): void => {
  if (!can(p, { kind: "decide_amendments" }) && !(draft.committeeBodyId && can(p, { kind: "preside", bodyId: draft.committeeBodyId })))
    throw new DomainError("forbidden", "Only the committee's presiding officer or secretariat produces and adopts its texts");
};

/**
 * Produces the revised draft: every amendment decided, no conflict left, consolidation with renumbering saved as a
 * new version (stage revised) that keeps the old → new map and each paragraph's amendments.
 */
export const reviseDraft = async (ctx: WriteContext, p: Principal, draftId: string, version: number) => {
  const info = await draftContext(ctx.trx, draftId);
  mayRevise(p, info);
  expectVersion("The draft", { version: info.version, stage: info.stage }, version);
  const stage = nextDraftStage(info.stage, "revise");
  const already = await ctx.trx
    .selectFrom("draft_versions")
    .select("to_draft_id")
    .where("from_draft_id", "=", draftId)
    .where("stage", "=", "revised")
    .executeTakeFirst();
  if (already) throw new DomainError("invalid_transition", "This version was already revised", [], { revisedDraftId: already.to_draft_id });
  const draft = await visibleDraft(ctx.trx, p, draftId);
  const stored = await listAmendments(ctx.trx, p, draftId);
  const undecided = stored.filter((s) => s.amendment.status === "submitted").map((s) => s.number);
  if (undecided.length)
    throw new DomainError("invalid_transition", `${undecided.length} amendment(s) still await the committee's decision`, [], { undecided });
  const result = consolidate(
    draft.text,
    stored.map((s) => s.amendment).filter((a) => a.status !== "draft"),
  );
  if (result.conflicts.length)
    throw new DomainError("conflict", "Two adopted amendments change one paragraph; adopt a compromise text first", [], {
      conflicts: result.conflicts,
    });
  const source = await ctx.trx.selectFrom("draft_resolutions").selectAll().where("id", "=", draftId).executeTakeFirstOrThrow();
  const toId = randomUUID();
  const title = result.revised.title ?? draft.text.title;
  await ctx.trx
    .insertInto("draft_resolutions")
    .values({
      ...source,
      id: toId,
      document_id: null,
      symbol: nextSymbol(source.symbol),
      stage,
      data: JSON.stringify({ ...decodeColumn(draftData, source.data, "draft_resolutions", source.id), title }),
      version: 1,
    })
    .execute();
  const paragraphs: Record<string, ParagraphOrigin> = {};
  const origin = (
    r: (typeof result.paragraphs)[number] | (typeof result.paragraphs)[number]["subParagraphs"][number],
  ): ParagraphOrigin => ({
    previousId: r.outcome === "inserted" ? null : r.id,
    previousLabel: r.previousLabel,
    label: r.label,
    outcome: r.outcome,
    amendments: [...r.amendments],
  });
  let position = 0;
  for (const r of result.paragraphs) {
    if (r.outcome === "deleted") continue;
    const id = asId<ParagraphId>(randomUUID());
    paragraphs[id] = origin(r);
    const subParagraphs = r.subParagraphs
      .filter((s) => s.outcome !== "deleted")
      .map((s) => {
        const subId = randomUUID();
        paragraphs[subId] = origin(s);
        return { id: subId, text: s.outcome === "unchanged" ? s.text : originalOnly(s.text) };
      });
    await ctx.trx
      .insertInto("paragraphs")
      .values({
        id,
        draft_id: toId,
        position: position++,
        kind: r.kind,
        data: JSON.stringify({ text: r.outcome === "unchanged" ? r.text : originalOnly(r.text), subParagraphs }),
      })
      .execute();
  }
  const deleted = result.paragraphs
    .flatMap((r) => [r, ...r.subParagraphs])
    .filter((r) => r.outcome === "deleted")
    .map(origin);
  expectUpdated(
    await ctx.trx
      .updateTable("draft_resolutions")
      .set({ version: info.version + 1 })
      .where("id", "=", draftId)
      .where("version", "=", info.version)
      .executeTakeFirst(),
    "The draft",
  );
  const revision: Revision = { fromDraftId: draftId, toDraftId: toId, renumbering: result.renumbering, paragraphs, deleted };
  const { fromDraftId: _f, toDraftId: _t, ...data } = revision;
  await ctx.trx
    .insertInto("draft_versions")
    .values({
      id: randomUUID(),
      from_draft_id: draftId,
      to_draft_id: toId,
      stage,
      data: JSON.stringify(data),
      created_by: ctx.actor,
      created_at: ctx.now,
    })
    .execute();
  ctx.record({
    type: "draft_resolution.revised",
    subject: `draft_resolution:${draftId}`,
    sittingId: info.sittingId,
    scope: source.published === 1 ? "public" : "staff",
    payload: { draftId, revisedDraftId: toId, renumbering: result.renumbering },
  });
  return { revision, symbol: nextSymbol(source.symbol), stage };
};

/** The committee adopts the (revised) resolution as a whole, by vote or consensus; the decision is recorded with the version. */
export const adoptResolution = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  input: { version: number; bodyId: string; decision: Decision },
) => {
  const info = await draftContext(ctx.trx, draftId);
  mayRevise(p, info);
  await decidingBody(ctx.trx, draftId, input.bodyId);
  expectVersion("The draft", { version: info.version, stage: info.stage }, input.version);
  const stage = nextDraftStage(info.stage, "adopt");
  if (!isCarried(checkDecision(input.decision, "body.decision")))
    throw new DomainError("validation_failed", "The resolution was not adopted: the vote was not carried", [
      { path: "body.decision", message: "not carried" },
    ]);
  expectUpdated(
    await ctx.trx
      .updateTable("draft_resolutions")
      .set({ stage, version: info.version + 1 })
      .where("id", "=", draftId)
      .where("version", "=", info.version)
      .executeTakeFirst(),
    "The draft",
  );
  await ctx.trx
    .insertInto("draft_versions")
    .values({
      id: randomUUID(),
      from_draft_id: draftId,
      to_draft_id: draftId,
      stage,
      data: JSON.stringify({ bodyId: input.bodyId, decision: input.decision }),
      created_by: ctx.actor,
      created_at: ctx.now,
    })
    .execute();
  ctx.record({
    type: "draft_resolution.adopted",
    subject: `draft_resolution:${draftId}`,
    sittingId: info.sittingId,
    scope: info.published ? "public" : "staff",
    payload: { draftId, bodyId: input.bodyId, decision: input.decision },
  });
  return { draftId, stage, version: info.version + 1, decision: input.decision, bodyId: input.bodyId };
};

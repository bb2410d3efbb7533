import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { mayControlProjector, mayManageProjectors } from "../../domain/projector/rights.js";
import type { Slide } from "../../domain/projector/slides.js";
import { labelAll } from "../../domain/text/labels.js";
import { groupData } from "../../store/columns/setup.js";
import { decodeColumn } from "../../store/decode.js";
import { loadDraft } from "../../store/drafts.js";
import type { Schema } from "../../store/schema.js";
import { expectSlideOfSitting } from "../../store/projector/references.js";
import { listProjectors, loadProjector } from "../../store/projector/rows.js";
import { slideView } from "../../store/projector/view.js";
import type { SittingId } from "../../domain/ids.js";

const refuse = () => new DomainError("forbidden", "Only the secretariat, a group's chair or the presiding officer control hall screens");

/**
 * The screens of a sitting that the reader controls (all of them for the secretariat), with what a slide can
 * name: the sitting's groups, its drafts' paragraphs and its groups' votes. Refused to whoever controls no floor of it.
 */
export const projectorsOfSitting = async (db: Kysely<Schema>, p: Principal, sittingId: SittingId) => {
  const sitting = await db.selectFrom("sittings").select(["id", "body_id"]).where("id", "=", sittingId).executeTakeFirst();
  if (!sitting) throw notFound("Sitting", sittingId);
  const groups = await db.selectFrom("discussion_groups").selectAll().where("sitting_id", "=", sittingId).orderBy("number").execute();
  const floors = [null, ...groups.map((g) => g.id)].map((groupId) => ({ groupId, bodyId: sitting.body_id }));
  if (!floors.some((f) => mayControlProjector(p, f))) throw refuse();
  const projectors = (await listProjectors(db, sittingId)).filter((s) => mayControlProjector(p, s));
  const draftIds = await db.selectFrom("draft_resolutions").select("id").where("sitting_id", "=", sittingId).orderBy("symbol").execute();
  const drafts = await Promise.all(
    draftIds.map(async ({ id }) => {
      const draft = await loadDraft(db, id, true);
      const labels = labelAll(draft.text.paragraphs);
      const ids = draft.text.paragraphs.flatMap((x) => [x.id, ...x.subParagraphs.map((s) => s.id)]);
      return { id, symbol: draft.symbol, paragraphs: ids.map((x) => ({ id: x as string, label: labels.get(x) ?? "" })) };
    }),
  );
  const votes = await db
    .selectFrom("votes")
    .innerJoin("discussion_groups", "discussion_groups.id", "votes.group_id")
    .select(["votes.id", "votes.round", "votes.status", "discussion_groups.number"])
    .where("discussion_groups.sitting_id", "=", sittingId)
    .orderBy("votes.created_at", "desc")
    .execute();
  return {
    sittingId,
    projectors,
    groups: groups.map((g) => ({ id: g.id, number: g.number, title: decodeColumn(groupData, g.data, "discussion_groups", g.id).title })),
    drafts,
    votes: votes.map((v) => ({
      id: v.id,
      groupNumber: v.number,
      round: v.round,
      status: v.status === "open" ? ("open" as const) : ("closed" as const),
    })),
    manage: mayManageProjectors(p),
  };
};

/** A slide read as the hall would show it, for its controller to see before projecting it. */
export const previewSlide = async (db: Kysely<Schema>, p: Principal, projectorId: string, slide: Slide, now: string) => {
  const s = await loadProjector(db, projectorId);
  if (!mayControlProjector(p, s)) throw refuse();
  await expectSlideOfSitting(db, s.sittingId, slide);
  return { serverTime: now, slide: await slideView(db, s, slide, now, now) };
};

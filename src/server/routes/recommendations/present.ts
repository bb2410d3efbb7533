import type { Kysely } from "kysely";
import { RECOMMENDATION_TRANSITIONS } from "../../../domain/recommendations/recommendation.js";
import { renderTrackedChangesHtml } from "../../../domain/text/tracked-changes.js";
import { can, type Principal } from "../../../domain/authorization.js";
import { amendmentBasics } from "../amendments/present.js";
import { type GroupContext } from "../../../store/committee/context.js";
import { commentsOf, type StoredRecommendation } from "../../../store/committee/recommendations.js";
import type { StoredDraft } from "../../../store/drafts.js";
import { visibleDraft } from "../../../commands/drafts/read.js";
import type { Schema } from "../../../store/schema.js";
import type { DiscussionGroupId } from "../../../domain/ids.js";
import { storedAmendments, type StoredAmendment } from "../../../store/amendments/rows.js";

/** A group's proposed amendment with its label and tracked changes against the paragraph it names. */
export const presentGroupAmendment = (draft: StoredDraft, s: StoredAmendment, contributions: readonly string[]) => {
  const basics = amendmentBasics(draft, s);
  return { ...basics, contributions: [...contributions], html: renderTrackedChangesHtml(basics.changes) };
};

/** What a person may do with a recommendation, from the same rules the commands apply. */
export const recommendationPermissions = (p: Principal, r: StoredRecommendation["recommendation"], bodyId: string) => {
  const presides = can(p, { kind: "preside", bodyId });
  const chairs = can(p, { kind: "preside_group", groupId: r.groupId });
  const edits = can(p, { kind: "edit_group_drafts", groupId: r.groupId });
  return {
    edit: edits,
    agree: chairs,
    vote: can(p, { kind: "take_part_in_group", groupId: r.groupId }),
    comment: p.accountId !== null && can(p, { kind: "read_group_drafts", groupId: r.groupId }),
    present: presides || edits,
    reopen: r.status === "presented" ? presides : chairs,
    adopt: presides,
  };
};

/** A recommendation as its readers see it: texts, proposed amendments with tracked changes, comments, and the next steps of its table. */
export const presentRecommendation = async (db: Kysely<Schema>, p: Principal, s: StoredRecommendation & { group: GroupContext }) => {
  const r = s.recommendation;
  const draft = await visibleDraft(db, p, r.draftId);
  const amendments = (await storedAmendments(db, r.draftId)).filter((a) => r.amendmentIds.includes(a.amendment.id));
  return {
    id: r.id,
    groupId: r.groupId,
    groupNumber: s.group.number,
    groupTitle: s.group.title,
    bodyId: s.group.bodyId,
    draftId: r.draftId,
    status: r.status,
    version: s.version,
    texts: r.texts.map((t) => ({ ...t, contributions: [...t.contributions] })),
    amendments: r.amendmentIds.flatMap((id) => {
      const a = amendments.find((x) => x.amendment.id === id);
      return a ? [presentGroupAmendment(draft, a, s.amendmentContributions[id] ?? [])] : [];
    }),
    agreement: r.agreement,
    adoptionId: r.adoptionId,
    reopenings: [...r.reopenings],
    comments: await commentsOf(db, r.id),
    next: Object.keys(RECOMMENDATION_TRANSITIONS[r.status]),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    permissions: recommendationPermissions(p, r, s.group.bodyId),
  };
};

/** What the reader may do with a group's recommendations: start one (its rapporteur), put the group's report on a hall screen. */
export const groupRecommendationPermissions = (p: Principal, groupId: DiscussionGroupId, bodyId: string) => ({
  start: can(p, { kind: "edit_group_drafts", groupId }),
  presentReport: can(p, { kind: "present_group_report", groupId, bodyId }),
});

/** What the reader may do with a body's adoption of recommendations: adopt (who presides over it), set its deadline. */
export const adoptionPermissions = (p: Principal, bodyId: string) => ({
  adopt: can(p, { kind: "preside", bodyId }),
  setDeadline: can(p, { kind: "manage_meeting" }),
});

import type { GroupFunction } from "../../domain/designations/designation.js";
import type { Kysely } from "kysely";
import {
  contributorCounts,
  reportSections,
  reportVotes,
  type GroupReportContent,
  type ReportRecommendation,
  type ReportVote,
} from "../../domain/projector/group-report.js";
import { guidingQuestionData } from "../columns/setup.js";
import { speakerData } from "../columns/group-work.js";
import { groupContext } from "../committee/context.js";
import { groupRecommendations, isPresented } from "../committee/recommendations.js";
import { groupVotes } from "../committee/votes.js";
import { decodeColumn } from "../decode.js";
import type { Schema } from "../schema.js";
import { publicDesignations } from "../setup/designations.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

const officeHolders = async (db: Kysely<Schema>, groupId: DiscussionGroupId) => {
  // Only designations the public may see: a group whose sitting is not published names nobody.
  const all = await publicDesignations(db, groupId);
  const holder = (fn: GroupFunction) => {
    const d = all.find((x) => x.designation.function === fn && x.designation.status === "designated");
    return d ? { name: d.participant.name, delegation: d.participant.parliament } : null;
  };
  return { chair: holder("chair"), rapporteur: holder("rapporteur") };
};

const delegationsOf = async (db: Kysely<Schema>, groupId: DiscussionGroupId) => {
  const contributions = await db
    .selectFrom("contributions")
    .innerJoin("sittings", "sittings.id", "contributions.sitting_id")
    .leftJoin("participants", (j) =>
      j.onRef("participants.account_id", "=", "contributions.account_id").onRef("participants.event_id", "=", "sittings.event_id"),
    )
    .select(["contributions.id", "participants.parliament"])
    .where("contributions.group_id", "=", groupId)
    .execute();
  const turns = await db
    .selectFrom("speaker_requests")
    .select(["id", "speaker"])
    .where("group_id", "=", groupId)
    .where("status", "=", "spoke")
    .execute();
  return contributorCounts(
    contributions.map((c) => ({ delegation: c.parliament ?? "" })),
    turns.map((t) => ({ delegation: decodeColumn(speakerData, t.speaker, "speaker_requests", t.id).parliament })),
  );
};

/**
 * A group's report as a public screen shows it, whoever projects it: the recommendations the public may read
 * (presented to the body, adopted or not), the same rule as the report read by the public; once one is, who
 * contributed (delegations and counts, never names nor what they said) and the counted votes on those. Before,
 * nothing of the group's work: its title and its designated chair and rapporteur only.
 */
export const readGroupReport = async (db: Kysely<Schema>, groupId: DiscussionGroupId) => {
  const group = await groupContext(db, groupId);
  const questions = (
    await db.selectFrom("guiding_questions").selectAll().where("group_id", "=", groupId).orderBy("position").execute()
  ).map((q) => ({ id: q.id, text: decodeColumn(guidingQuestionData, q.data, "guiding_questions", q.id).text }));
  const published = (await groupRecommendations(db, groupId)).filter((s) => isPresented(s.recommendation));
  const symbols = new Map(
    published.length
      ? (
          await db
            .selectFrom("draft_resolutions")
            .select(["id", "symbol"])
            .where(
              "id",
              "in",
              published.map((s) => s.recommendation.draftId),
            )
            .execute()
        ).map((d) => [d.id, d.symbol])
      : [],
  );
  const recommendations: ReportRecommendation[] = published.map(({ recommendation: r }) => ({
    id: r.id,
    draftSymbol: symbols.get(r.draftId) ?? "",
    status: r.status,
    sections: reportSections(r.texts, questions),
  }));
  const presented = recommendations.length > 0;
  const votes: ReportVote[] = [];
  if (presented) {
    // All the group's votes are read, then kept only for the recommendations the public may read.
    const all = await groupVotes(db, groupId);
    for (const { recommendation: r } of published)
      votes.push(
        ...reportVotes(
          { id: r.id, draftSymbol: symbols.get(r.draftId) ?? "", agreement: r.agreement },
          all
            .map((s) => s.vote)
            .filter((v) => v.subject === `recommendation:${r.id}`)
            .reverse(),
        ),
      );
  }
  const content: GroupReportContent = {
    presented,
    recommendations,
    contributors: presented ? await delegationsOf(db, groupId) : [],
    votes,
  };
  return {
    groupId: group.groupId,
    bodyId: group.bodyId,
    groupNumber: group.number,
    groupTitle: group.title,
    ...(await officeHolders(db, groupId)),
    presented: content.presented,
    recommendations: content.recommendations.map((r) => ({
      ...r,
      sections: r.sections.map((x) => ({ ...x, versions: x.versions.map((v) => ({ ...v })) })),
    })),
    contributors: content.contributors.map((c) => ({ ...c })),
    votes: content.votes.map((v) => ({ ...v, counts: v.counts && { ...v.counts } })),
  };
};

export type GroupReportView = Awaited<ReturnType<typeof readGroupReport>>;

/**
 * How many of the group's recommendations the public may not read yet (not presented): what its presenter is
 * told, never the hall. Whoever presents the report reads them all: the group's rapporteur or chair, the presiding officer, the secretariat.
 */
export const unpublishedRecommendations = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<number> =>
  (await groupRecommendations(db, groupId)).filter((s) => !isPresented(s.recommendation)).length;

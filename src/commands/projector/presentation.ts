import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { mayPresentGroupReport } from "../../domain/projector/rights.js";
import { groupContext } from "../../store/committee/context.js";
import type { Schema } from "../../store/schema.js";
import { readGroupReport, unpublishedRecommendations } from "../../store/projector/group-report.js";
import { loadProjector } from "../../store/projector/rows.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/**
 * What a group's presenter works with: the report as the hall will show it, how many of the group's
 * recommendations are not public yet, and the hall screens of the group's body from its sitting on, each with
 * the report's page it shows now (null when it shows something else). Refused to whoever may not present it.
 */
export const reportPresentation = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId) => {
  const group = await groupContext(db, groupId);
  if (!mayPresentGroupReport(p, groupId, { groupId: null, bodyId: group.bodyId }))
    throw new DomainError("forbidden", "Only the group's rapporteur or chair, the presiding officer or the secretariat present its report");
  const own = await db.selectFrom("sittings").select("date").where("id", "=", group.sittingId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom("projectors")
    .innerJoin("sittings", "sittings.id", "projectors.sitting_id")
    .select(["projectors.id", "sittings.number", "sittings.date"])
    .where("sittings.body_id", "=", group.bodyId)
    .where("sittings.date", ">=", own.date)
    .orderBy("sittings.date")
    .orderBy("sittings.number")
    .orderBy("projectors.created_at")
    .orderBy("projectors.id")
    .execute();
  const screens = await Promise.all(
    rows.map(async (row) => {
      const s = await loadProjector(db, row.id);
      const current = s.projection.current;
      return {
        id: s.id as string,
        name: s.name,
        language: s.language,
        sittingId: s.sittingId as string,
        sittingNumber: row.number,
        sittingDate: row.date,
        plenary: s.groupId === null,
        version: s.version,
        showing: current.kind === "group_report" && current.groupId === groupId ? current.page : null,
      };
    }),
  );
  return {
    report: await readGroupReport(db, groupId),
    unpublished: await unpublishedRecommendations(db, groupId),
    screens,
  };
};

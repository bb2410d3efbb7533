import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import type { GroupFunction } from "../../domain/designations/designation.js";
import { checkRecommendation } from "../../domain/designations/workflow.js";
import { DomainError } from "../../domain/errors.js";
import type { DiscussionGroupId, ParticipantId } from "../../domain/ids.js";
import {
  designationFromRow,
  designationGroup,
  selectDesignations,
  type DesignationData,
  type StoredDesignation,
} from "../../store/setup/designations.js";
import type { WriteContext } from "../../store/write-context.js";

/** The Bureau recommends a participant of the event as chair or rapporteur of a group. */
export const recommend = async (
  ctx: WriteContext,
  p: Principal,
  input: { groupId: DiscussionGroupId; function: GroupFunction; participantId: ParticipantId; note: string | null },
): Promise<StoredDesignation> => {
  if (!can(p, { kind: "recommend_designation" }))
    throw new DomainError("forbidden", "Only the Bureau or the secretariat recommends chairs and rapporteurs");
  const g = await designationGroup(ctx.trx, input.groupId);
  const person = await ctx.trx
    .selectFrom("participants")
    .select(["id", "event_id", "account_id"])
    .where("id", "=", input.participantId)
    .executeTakeFirst();
  if (!person || person.event_id !== g.eventId)
    throw new DomainError("validation_failed", "The person is not a participant of this event", [
      { path: "body.participantId", message: "unknown participant" },
    ]);
  if (person.account_id === null)
    throw new DomainError("validation_failed", "The person has no account to receive the role; import them with an email first", [
      { path: "body.participantId", message: "no account" },
    ]);
  const existing = (await selectDesignations(ctx.trx).where("designations.group_id", "=", input.groupId).execute())
    .map(designationFromRow)
    .map((s) => s.designation);
  const candidate = {
    groupId: input.groupId,
    function: input.function,
    participantId: input.participantId,
  };
  checkRecommendation(existing, candidate);
  const id = randomUUID();
  const data: DesignationData = {
    recommendation: { by: ctx.actor, at: ctx.now, note: input.note },
    decision: null,
    replaces: null,
    replacedBy: null,
    withdrawal: null,
  };
  await ctx.trx
    .insertInto("designations")
    .values({
      id,
      group_id: input.groupId,
      function: input.function,
      participant_id: input.participantId,
      status: "recommended",
      data: JSON.stringify(data),
      version: 1,
      created_at: ctx.now,
    })
    .execute();
  ctx.record({
    type: "designation.recommended",
    subject: `designation:${id}`,
    sittingId: g.sittingId,
    scope: "staff",
    payload: { groupId: input.groupId, function: input.function, participantId: input.participantId },
  });
  return designationFromRow(await selectDesignations(ctx.trx).where("designations.id", "=", id).executeTakeFirstOrThrow());
};

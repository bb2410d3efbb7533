import type { Kysely } from "kysely";
import { DESIGNATION_STATUSES, FUNCTIONS, type Designation, type DesignationId } from "../../domain/designations/designation.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type AccountId, type DiscussionGroupId } from "../../domain/ids.js";
import type { Schema } from "../schema.js";
import { designationData } from "../columns/setup.js";
import { decodeColumn, oneOf } from "../decode.js";

/** A designation as stored: the domain value with its version and the person's name and account. */
export interface StoredDesignation {
  readonly designation: Designation;
  readonly version: number;
  readonly participant: { readonly id: string; readonly name: string; readonly parliament: string; readonly accountId: AccountId | null };
}

export type DesignationData = Pick<Designation, "recommendation" | "decision" | "replaces" | "replacedBy" | "withdrawal">;

export const selectDesignations = (db: Kysely<Schema>) =>
  db
    .selectFrom("designations")
    .innerJoin("participants", "participants.id", "designations.participant_id")
    .selectAll("designations")
    .select(["participants.name as p_name", "participants.parliament as p_parliament", "participants.account_id as p_account"]);

type Row = Awaited<ReturnType<ReturnType<typeof selectDesignations>["executeTakeFirstOrThrow"]>>;

export const designationFromRow = (r: Row): StoredDesignation => ({
  designation: {
    ...decodeColumn(designationData, r.data, "designations", r.id),
    id: asId<DesignationId>(r.id),
    groupId: r.group_id,
    function: oneOf(FUNCTIONS, r.function, `designations.function of ${r.id}`),
    participantId: r.participant_id,
    status: oneOf(DESIGNATION_STATUSES, r.status, `designations.status of ${r.id}`),
  },
  version: r.version,
  participant: { id: r.participant_id, name: r.p_name, parliament: r.p_parliament, accountId: r.p_account },
});

/** The group, its sitting, the body that designates and the event: what every rule on designations needs. */
export const designationGroup = async (db: Kysely<Schema>, groupId: DiscussionGroupId) => {
  const row = await db
    .selectFrom("discussion_groups")
    .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
    .select(["discussion_groups.id", "sittings.id as sitting_id", "sittings.body_id", "sittings.event_id", "sittings.published"])
    .where("discussion_groups.id", "=", groupId)
    .executeTakeFirst();
  if (!row) throw notFound("Discussion group", groupId);
  return {
    groupId: row.id,
    sittingId: row.sitting_id,
    bodyId: row.body_id,
    eventId: row.event_id,
    published: row.published === 1,
  };
};

/** The designations of a group, oldest first, whoever asks (the read side decides what each reader sees). */
export const groupDesignations = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<StoredDesignation[]> => {
  const rows = await selectDesignations(db)
    .where("designations.group_id", "=", groupId)
    .orderBy("designations.created_at")
    .orderBy("designations.id")
    .execute();
  return rows.map(designationFromRow);
};

/** What the public sees of a group's designations: those the body decided on, once its sitting is published. */
export const publicDesignations = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<StoredDesignation[]> => {
  const g = await designationGroup(db, groupId).catch((e: unknown) => {
    if (e instanceof DomainError && e.code === "not_found") return null;
    throw e;
  });
  if (!g?.published) return [];
  return (await groupDesignations(db, groupId)).filter((d) => d.designation.decision !== null);
};

/** A designation as the API shows it. */
export const presentDesignation = (s: StoredDesignation) => ({
  id: s.designation.id as string,
  groupId: s.designation.groupId as string,
  function: s.designation.function,
  status: s.designation.status,
  participant: s.participant,
  recommendation: {
    by: s.designation.recommendation.by as string | null,
    at: s.designation.recommendation.at,
    note: s.designation.recommendation.note,
  },
  decision: s.designation.decision && {
    date: s.designation.decision.date,
    sittingId: s.designation.decision.sittingId as string,
    method: s.designation.decision.method,
    by: s.designation.decision.by as string | null,
  },
  replaces: s.designation.replaces as string | null,
  replacedBy: s.designation.replacedBy as string | null,
  withdrawal: s.designation.withdrawal && { ...s.designation.withdrawal, by: s.designation.withdrawal.by as string | null },
  version: s.version,
});

import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import { designationGroup, groupDesignations, type StoredDesignation } from "../../store/setup/designations.js";
import type { Schema } from "../../store/schema.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/** Who sees a designation: the staff always; others once the body decided on it, in a published sitting. */
const visible = (p: Principal, d: StoredDesignation, published: boolean) =>
  can(p, { kind: "read_private_drafts" }) || can(p, { kind: "recommend_designation" }) || (published && d.designation.decision !== null);

/** The designations of a group, oldest first, as far as the caller may see them. */
export const listDesignations = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId): Promise<StoredDesignation[]> => {
  const g = await designationGroup(db, groupId);
  if (!g.published && !can(p, { kind: "read_unpublished" })) throw notFound("Discussion group", groupId);
  return (await groupDesignations(db, groupId)).filter((d) => visible(p, d, g.published));
};

import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import { groupVotes, readVote, type StoredVote } from "../../store/committee/votes.js";
import type { Schema } from "../../store/schema.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/** A vote the caller may see (its group's members and the staff); otherwise not found. */
export const loadVote = async (db: Kysely<Schema>, p: Principal, id: string): Promise<StoredVote> => {
  const found = await readVote(db, id);
  if (!can(p, { kind: "read_group_drafts", groupId: found.vote.groupId })) throw notFound("Vote", id);
  return found;
};

/** The votes of a group, newest first: for its members and the staff; otherwise not found. */
export const listGroupVotes = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId): Promise<StoredVote[]> => {
  if (!can(p, { kind: "read_group_drafts", groupId })) throw notFound("Discussion group", groupId);
  return groupVotes(db, groupId);
};

import type { Kysely } from "kysely";
import { notFound } from "../../domain/errors.js";
import type { DiscussionGroupId } from "../../domain/ids.js";
import { CHOICES, VOTE_KINDS, VOTE_STATUSES, type Vote } from "../../domain/votes/vote.js";
import { voteData } from "../columns/committee.js";
import { decodeColumn, oneOf } from "../decode.js";
import type { Schema } from "../schema.js";
import { groupContext, type GroupContext } from "./context.js";

/** A vote as stored, with its version and group. */
export interface StoredVote {
  readonly vote: Vote;
  readonly version: number;
  readonly group: GroupContext;
}

const toVote = async (db: Kysely<Schema>, row: Schema["votes"]): Promise<Vote> => {
  const ballots = await db
    .selectFrom("ballots")
    .select(["voter_id", "choice"])
    .where("vote_id", "=", row.id)
    .where("round", "=", row.round)
    .execute();
  const data = decodeColumn(voteData, row.data, "votes", row.id);
  return {
    id: row.id,
    subject: row.subject,
    groupId: row.group_id,
    kind: oneOf(VOTE_KINDS, row.kind, `votes.kind of ${row.id}`),
    status: oneOf(VOTE_STATUSES, row.status, `votes.status of ${row.id}`),
    round: row.round,
    ballots: Object.fromEntries(ballots.map((b) => [b.voter_id, oneOf(CHOICES, b.choice, `ballots.choice of vote ${row.id}`)])),
    counts: data.counts,
    history: data.history,
  };
};

/** A vote, whoever asks (the read side decides who may see it); not found when there is none. */
export const readVote = async (db: Kysely<Schema>, id: string): Promise<StoredVote> => {
  const row = await db.selectFrom("votes").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Vote", id);
  return { vote: await toVote(db, row), version: row.version, group: await groupContext(db, row.group_id) };
};

/** The votes of a group, newest first, whoever asks. */
export const groupVotes = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<StoredVote[]> => {
  const group = await groupContext(db, groupId);
  const rows = await db.selectFrom("votes").selectAll().where("group_id", "=", groupId).orderBy("created_at", "desc").execute();
  return Promise.all(rows.map(async (row) => ({ vote: await toVote(db, row), version: row.version, group })));
};

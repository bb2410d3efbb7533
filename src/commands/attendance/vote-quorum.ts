import { enforceQuorum, type QuorumState } from "../../domain/attendance/quorum.js";
import { groupQuorum } from "../../store/attendance/attendance.js";
import type { GroupContext } from "../../store/committee/context.js";
import type { WriteContext } from "../../store/write-context.js";

/**
 * The quorum of a group's vote as it opens or closes: its members present at the sitting by the body's rule.
 * A body that refuses votes without quorum gets a clear refusal; otherwise the state is recorded with the vote.
 */
export const quorumForVote = async (ctx: WriteContext, group: GroupContext, action: "open" | "close"): Promise<QuorumState> =>
  enforceQuorum(await groupQuorum(ctx.trx, group.groupId, group.sittingId), action);

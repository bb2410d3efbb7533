import type { AccountId, DiscussionGroupId, GuidingQuestionId, SittingId } from "../domain/ids.js";
/** The tables of the live work of groups and plenary sittings (migration 003). */
export interface GroupWorkTables {
  /** One per discussion group (`group:ID`) or plenary sitting (`plenary:ID`): the list's state as JSON, with its version. */
  speakers_lists: {
    id: string;
    key: string;
    sitting_id: SittingId;
    group_id: DiscussionGroupId | null;
    projector_published: number;
    data: string;
    version: number;
    updated_at: string;
  };
  /** Requests that left a list: turns spoken (who, from when to when, on which question), withdrawn and absent requests. */
  speaker_requests: {
    id: string;
    list_id: string;
    sitting_id: SittingId;
    group_id: DiscussionGroupId | null;
    account_id: AccountId;
    kind: string;
    remote: number;
    status: string;
    question_id: GuidingQuestionId | null;
    requested_at: string;
    started_at: string | null;
    ended_at: string | null;
    time_limit_seconds: number | null;
    speaker: string;
    /** The turn a right of reply answered, as JSON (migration 014). */
    reply_to: string | null;
    /** Who put the request on the list on the speaker's behalf (migration 014). */
    added_by: AccountId | null;
  };
  /** Who was in which group when, and how they came and went (chose, assigned, left, moved). */
  group_memberships: {
    id: string;
    group_id: DiscussionGroupId;
    sitting_id: SittingId;
    account_id: AccountId;
    joined_at: string;
    joined_how: string;
    joined_by: AccountId | null;
    left_at: string | null;
    left_how: string | null;
  };
  contributions: {
    id: string;
    group_id: DiscussionGroupId;
    sitting_id: SittingId;
    question_id: GuidingQuestionId;
    account_id: AccountId;
    text: string;
    paragraph_ids: string;
    created_at: string;
  };
}

import type { AccountId, DiscussionGroupId } from "../domain/ids.js";
import type { RecommendationStatus } from "../domain/recommendations/recommendation.js";
import type { Choice, VoteKind, VoteStatus } from "../domain/votes/vote.js";
/** The tables from group recommendations to the committee's revised draft (migration 005). */
export interface CommitteeTables {
  /** One per discussion group and draft: status, texts per guiding question, proposed amendment ids and agreement as JSON. */
  recommendations: {
    id: string;
    group_id: DiscussionGroupId;
    draft_id: string;
    status: RecommendationStatus;
    data: string;
    created_by: AccountId | null;
    created_at: string;
    updated_at: string;
    version: number;
  };
  recommendation_comments: {
    id: string;
    recommendation_id: string;
    account_id: AccountId;
    data: string;
    created_at: string;
  };
  /** A vote put to a group's members; the result (counts) and earlier rounds live in `data`. */
  votes: {
    id: string;
    group_id: DiscussionGroupId;
    subject: string;
    kind: VoteKind;
    status: VoteStatus;
    round: number;
    data: string;
    opened_by: AccountId | null;
    created_at: string;
    version: number;
  };
  /** One electronic ballot per voter and round: the key makes a repeated ballot count once. */
  ballots: {
    vote_id: string;
    round: number;
    voter_id: AccountId;
    choice: Choice;
    cast_at: string;
  };
  /** A body's adoption of its single set of amendments from the groups' recommendations. */
  body_adoptions: {
    id: string;
    body_id: string;
    draft_id: string;
    data: string;
    decided_by: AccountId | null;
    created_at: string;
  };
  /** The deadline for amendments to a draft: a local date-time in the event's IANA time zone. */
  submission_deadlines: {
    draft_id: string;
    local: string;
    time_zone: string;
    set_by: AccountId | null;
    set_at: string;
    version: number;
  };
  /** When and by whom an amendment was submitted; a late one with the secretariat's acceptance and reason. */
  submissions: {
    amendment_id: string;
    submitted_by: AccountId | null;
    submitted_at: string;
    late: number;
    accepted_by: AccountId | null;
    reason: string | null;
  };
  /** Who decided on an amendment for the committee (the committee or its drafting group) and how. */
  committee_decisions: {
    id: string;
    amendment_id: string;
    body_id: string;
    transition: string;
    data: string;
    decided_by: AccountId | null;
    decided_at: string;
  };
  /** Versions of a draft: a revision (old → new paragraphs, renumbering, amendments) or an adoption (decision). */
  draft_versions: {
    id: string;
    from_draft_id: string;
    to_draft_id: string;
    stage: string;
    data: string;
    created_by: AccountId | null;
    created_at: string;
  };
}

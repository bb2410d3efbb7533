import type { AccountId, DiscussionGroupId, ParticipantId, SittingId } from "../ids.js";
import type { Brand } from "../ids.js";

export type DesignationId = Brand<string, "DesignationId">;

/** The two offices of a discussion group that the body fills by designation. */
export const FUNCTIONS = ["chair", "rapporteur"] as const;
export type GroupFunction = (typeof FUNCTIONS)[number];

export const DESIGNATION_STATUSES = ["recommended", "designated", "replaced", "withdrawn"] as const;
export type DesignationStatus = (typeof DESIGNATION_STATUSES)[number];

/** How a body took a decision: by consensus, or by a vote with its counts. */
export type DecisionMethod =
  | { readonly kind: "consensus" }
  | { readonly kind: "show_of_hands"; readonly for: number; readonly against: number; readonly abstain: number }
  | { readonly kind: "roll_call"; readonly for: number; readonly against: number; readonly abstain: number };

/** A recorded decision of the body: when, in which of its sittings, and how. */
export interface Decision {
  readonly date: string; // ISO date
  readonly sittingId: SittingId;
  readonly method: DecisionMethod;
  readonly by: AccountId | null;
}

/** The Bureau's recommendation that opens a designation. */
export interface Recommendation {
  readonly by: AccountId | null;
  readonly at: string; // ISO instant
  readonly note: string | null;
}

/**
 * A person proposed for chair or rapporteur of one group: recommended by the Bureau,
 * designated by the body, and later replaced or withdrawn. Nothing is deleted.
 */
export interface Designation {
  readonly id: DesignationId;
  readonly groupId: DiscussionGroupId;
  readonly function: GroupFunction;
  readonly participantId: ParticipantId;
  readonly status: DesignationStatus;
  readonly recommendation: Recommendation;
  readonly decision: Decision | null;
  /** The designation this one replaced when it was designated. */
  readonly replaces: DesignationId | null;
  /** The designation that replaced this one. */
  readonly replacedBy: DesignationId | null;
  readonly withdrawal: { readonly at: string; readonly reason: string | null; readonly by: AccountId | null } | null;
}

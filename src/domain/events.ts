import type { AccountId, SittingId } from "./ids.js";

/**
 * Who may see an event: everyone, every signed-in person holding a role (delegates of a plenary),
 * the staff (secretariat, bureau, presiding officers), the members of one discussion group, or one account.
 */
export type EventScope = "public" | "members" | "staff" | `group:${string}` | `account:${string}`;

/** A state change about to be recorded, in the same transaction as the change itself. */
export interface NewEvent {
  readonly type: string;
  readonly subject: string;
  readonly sittingId: SittingId | null;
  readonly scope: EventScope;
  readonly payload: unknown;
}

/** A recorded state change: its position in the log is gapless and in commit order. */
export interface RecordedEvent extends NewEvent {
  readonly position: number;
  readonly time: string;
  readonly actor: AccountId | null;
}

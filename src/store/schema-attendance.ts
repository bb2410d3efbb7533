import type { ColumnType } from "kysely";
import type { CheckInMethod, Presence } from "../domain/attendance/attendance.js";
import type { AccountId, ParticipantId, SittingId } from "../domain/ids.js";

/** The tables of attendance, quorum and proxies (migration 013). */
export interface AttendanceTables {
  /** A body's quorum rule as JSON (`QuorumRule`); a body without a row has the default rule. */
  quorum_rules: {
    body_id: string;
    data: string;
    set_by: AccountId | null;
    set_at: string;
    version: number;
  };
  /** A participant's latest presence at a sitting; every change is also a recorded event. */
  attendance: {
    sitting_id: SittingId;
    participant_id: ParticipantId;
    presence: Presence;
    method: CheckInMethod;
    checked_by: AccountId | null;
    updated_at: string;
  };
  /** An absent member's vote given to a present one for one sitting; withdrawn ones stay with their time. */
  proxies: {
    id: string;
    sitting_id: SittingId;
    giver_id: ParticipantId;
    holder_id: ParticipantId;
    given_by: AccountId | null;
    given_at: string;
    withdrawn_by: AccountId | null;
    withdrawn_at: string | null;
  };
  /** Added to the committee's ballots: the proxy holder's account when the ballot was cast for an absent member. */
  ballots: {
    cast_by: ColumnType<AccountId | null, AccountId | null | undefined, AccountId | null>;
  };
}

import type { ColumnType, Generated } from "kysely";
import type { AccountId, DiscussionGroupId, ParticipantId } from "../domain/ids.js";
import type { DesignationStatus, GroupFunction } from "../domain/designations/designation.js";

/** The tables of set-up by the secretariat (migration 004). */
export interface SetupTables {
  /** One snapshot per version of an edited subject (`sitting:ID`, `document:ID`…), with whether it was published then. */
  revisions: {
    id: string;
    subject: string;
    version: number;
    published: number;
    data: string;
    actor: AccountId | null;
    time: string;
  };
  /** The participants of one member parliament; `key` is the lower-cased name, unique per event. */
  delegations: {
    id: string;
    event_id: string;
    key: string;
    name: string;
    parliament: string;
    created_at: string;
  };
  /** Added to the foundation's participants table (`version` and `deactivated_at` by migration 010). */
  participants: {
    delegation_id: string | null;
    version: Generated<number>;
    deactivated_at: ColumnType<string | null, string | null | undefined, string | null>;
  };
  /** Chairs and rapporteurs of groups: recommended, designated, replaced or withdrawn; the rest of the value is JSON. */
  designations: {
    id: string;
    group_id: DiscussionGroupId;
    function: GroupFunction;
    participant_id: ParticipantId;
    status: DesignationStatus;
    data: string;
    version: number;
    created_at: string;
  };
}

import type { Kysely } from "kysely";
import type { AccountId } from "../../domain/ids.js";
import type { Speaker } from "../../domain/speakers/types.js";
import type { Schema } from "../schema.js";
import type { Floor } from "./floor.js";
import { groupMemberIds } from "./membership.js";
import { speakerFacts } from "./speaker-facts.js";

/**
 * Who may be put on a floor's list on their behalf: the group's members (chair, rapporteur, participants), or in
 * plenary the event's active participants with an account; by name.
 */
export const floorCandidates = async (db: Kysely<Schema>, floor: Floor): Promise<Speaker[]> => {
  const ids =
    floor.groupId !== null
      ? ((await groupMemberIds(db, [floor.groupId])).get(floor.groupId) ?? [])
      : (
          await db
            .selectFrom("participants")
            .select("account_id")
            .where("event_id", "=", floor.eventId)
            .where("account_id", "is not", null)
            .where("deactivated_at", "is", null)
            .execute()
        ).flatMap((r) => (r.account_id ? [r.account_id] : []));
  const facts = await speakerFacts(db, floor.eventId, ids);
  return [...facts.values()].sort((a, b) => a.name.localeCompare(b.name) || a.parliament.localeCompare(b.parliament));
};

/** Whether an account may be put on the floor's list on its behalf. */
export const isFloorCandidate = async (db: Kysely<Schema>, floor: Floor, accountId: AccountId): Promise<Speaker | null> =>
  (await floorCandidates(db, floor)).find((s) => s.accountId === accountId) ?? null;

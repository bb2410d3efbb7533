import type { LiveEvent } from "../api/types.js";
import { payloadField } from "./useEventRouter.js";

/** The parts of a group's page that live events ask to load again. */
export type GroupPart = "speakers" | "members" | "contributions" | "account";

/**
 * Which parts of a group's page a live event of its sitting concerns: its own speakers list (not the
 * plenary's or another group's), its contributions, its members; and, when the reader's own membership
 * changed, their rights and everything those rights show.
 */
export const concerns = (event: LiveEvent, groupId: string): GroupPart[] => {
  if (event.type.startsWith("speakers_list.")) return payloadField(event, "key") === `group:${groupId}` ? ["speakers"] : [];
  if (event.type === "contribution.recorded") return payloadField(event, "groupId") === groupId ? ["contributions"] : [];
  if (event.type.startsWith("discussion_group.member_")) return ["members"];
  if (event.type === "membership.changed") return ["account", "members", "speakers", "contributions"];
  return [];
};

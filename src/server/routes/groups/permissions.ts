import { can, type Principal } from "../../../domain/authorization.js";
import { mayFollowFloor, mayRunFloor, mayTakePartIn, type FloorRef } from "../../../domain/speakers/rights.js";
import type { DiscussionGroupId } from "../../../domain/ids.js";

const MEMBER_ROLES = ["chair", "rapporteur", "participant"] as const;

/** What a person may do on a floor (a group, or the plenary), from the rules the commands and readers apply. */
export const floorPermissions = (p: Principal, floor: FloorRef, eventParticipant: boolean) => {
  const run = mayRunFloor(p, floor);
  return {
    follow: mayFollowFloor(p, floor, eventParticipant),
    run,
    takePart: mayTakePartIn(p, floor, eventParticipant),
    readParticipation: can(p, { kind: "read_participation", groupId: floor.groupId }) || (floor.groupId === null && run),
  };
};

/** Whether the reader may put others in a group or take them out (the occupancy answer's permission). */
export const mayAssignMembers = (p: Principal) => can(p, { kind: "assign_group_members" });

/** The reader's own role in a group, if they are one of its members. */
export const memberRole = (p: Principal, groupId: DiscussionGroupId) =>
  MEMBER_ROLES.find((role) => p.roles.some((r) => r.role === role && r.scope === `group:${groupId}`)) ?? null;

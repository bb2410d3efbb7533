import type { DiscussionGroupId } from "../ids.js";
import { can, type Principal } from "../authorization.js";

/** Where a speakers list lives, as far as its rights go: a group, or the plenary of a body's sitting. */
export interface FloorRef {
  readonly groupId: DiscussionGroupId | null;
  readonly bodyId: string;
}

/** Who may run the list: the group's chair (or the secretariat); in plenary, the body's presiding officer (or the secretariat). */
export const mayRunFloor = (p: Principal, floor: FloorRef): boolean =>
  floor.groupId !== null
    ? can(p, { kind: "run_speakers_list", groupId: floor.groupId })
    : can(p, { kind: "preside", bodyId: floor.bodyId });

/** Who may ask for the floor and contribute: members of the group; in plenary, the event's participants. */
export const mayTakePartIn = (p: Principal, floor: FloorRef, eventParticipant: boolean): boolean =>
  floor.groupId !== null
    ? can(p, { kind: "take_part_in_group", groupId: floor.groupId })
    : can(p, { kind: "take_part_in_plenary" }) && eventParticipant;

/** Who may see the list with names and genders: whoever may take part or run it, and the staff. */
export const mayFollowFloor = (p: Principal, floor: FloorRef, eventParticipant: boolean): boolean =>
  floor.groupId !== null
    ? can(p, { kind: "follow_group", groupId: floor.groupId })
    : can(p, { kind: "read_unpublished" }) || mayRunFloor(p, floor) || eventParticipant;

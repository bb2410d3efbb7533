import { can, type Principal } from "../authorization.js";

/** Whose floor a screen is: a discussion group's hall, or the plenary of a body's sitting. */
export interface ScreenFloor {
  readonly groupId: string | null;
  readonly bodyId: string;
}

/** Who chooses what a screen shows: the secretariat, the group's chair, the plenary's presiding officer. */
export const mayControlProjector = (p: Principal, s: ScreenFloor): boolean =>
  can(p, { kind: "control_projector", groupId: s.groupId, bodyId: s.bodyId });

/** Who sets up screens, renames them and re-issues their addresses: the secretariat. */
export const mayManageProjectors = (p: Principal): boolean => can(p, { kind: "manage_meeting" });

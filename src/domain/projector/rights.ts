import type { DiscussionGroupId } from "../ids.js";
import { can, type Principal } from "../authorization.js";
import type { Slide } from "./slides.js";

/** Whose floor a screen is: a discussion group's hall, or the plenary of a body's sitting. */
export interface ScreenFloor {
  readonly groupId: DiscussionGroupId | null;
  readonly bodyId: string;
}

/** Who chooses what a screen shows: the secretariat, the group's chair, the plenary's presiding officer. */
export const mayControlProjector = (p: Principal, s: ScreenFloor): boolean =>
  can(p, { kind: "control_projector", groupId: s.groupId, bodyId: s.bodyId });

/** Who sets up screens, renames them and re-issues their addresses: the secretariat. */
export const mayManageProjectors = (p: Principal): boolean => can(p, { kind: "manage_meeting" });

/**
 * Who may put a group's report on a screen of the group's body: its rapporteur and chair, the presiding officer,
 * the secretariat. The caller has checked that the group is the body's.
 */
export const mayPresentGroupReport = (p: Principal, groupId: DiscussionGroupId, s: ScreenFloor): boolean =>
  can(p, { kind: "present_group_report", groupId, bodyId: s.bodyId });

/**
 * Whether a person may project this slide on the screen at once: its controllers any slide; a group's rapporteur
 * or chair, on a screen of the group's body, only a page of the group's report, and nothing else of the screen.
 */
export const mayShowSlide = (p: Principal, s: ScreenFloor, slide: Slide): boolean =>
  mayControlProjector(p, s) || (slide.kind === "group_report" && mayPresentGroupReport(p, slide.groupId, s));

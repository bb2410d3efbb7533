import { DomainError } from "../errors.js";
import { refusal } from "../refusals.js";

/** Where a participant is for a sitting: in the hall, following remotely, or absent (the default). */
export const PRESENCES = ["in_hall", "remote", "absent"] as const;
export type Presence = (typeof PRESENCES)[number];

/** How a presence was taken: the door scanner read the access slip's code, the secretariat's desk, or the person joining remotely. */
export const CHECK_IN_METHODS = ["door_scan", "secretariat", "self_remote"] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export type AttendanceStep =
  { readonly type: "check_in"; readonly mode: "in_hall" | "remote"; readonly method: CheckInMethod } | { readonly type: "check_out" };

/** The one table of attendance: anyone absent checks in, anyone present may change room or mode, or leave. */
export const ATTENDANCE_TRANSITIONS: Readonly<Record<Presence, Readonly<Record<AttendanceStep["type"], boolean>>>> = {
  absent: { check_in: true, check_out: false },
  in_hall: { check_in: true, check_out: true },
  remote: { check_in: true, check_out: true },
};

/** Which methods may record which mode: a door scan or the desk puts someone in the hall or online, only the person joins remotely themselves. */
const METHOD_MODES: Readonly<Record<CheckInMethod, readonly Presence[]>> = {
  door_scan: ["in_hall"],
  secretariat: ["in_hall", "remote"],
  self_remote: ["remote"],
};

/**
 * The presence after one step, or null when the step changes nothing (the same badge scanned twice, a second tab
 * joining again): nothing is recorded twice. A step the table refuses throws invalid_transition.
 */
export const nextPresence = (current: Presence, step: AttendanceStep): Presence | null => {
  if (!ATTENDANCE_TRANSITIONS[current][step.type]) {
    const details = { from: current, action: step.type };
    if (current === "absent") throw refusal("not_checked_in", {}, [], details);
    throw new DomainError("invalid_transition", "Not allowed", [], details);
  }
  if (step.type === "check_out") return "absent";
  if (!METHOD_MODES[step.method].includes(step.mode))
    throw new DomainError(
      "validation_failed",
      `A ${step.method.replace("_", " ")} cannot record someone as ${step.mode.replace("_", " ")}`,
      [{ path: "mode", message: `not with ${step.method}` }],
    );
  return current === step.mode ? null : step.mode;
};

/** Who is counted present at a sitting: in the hall and remote, out of the members. */
export interface Tally {
  readonly members: number;
  readonly inHall: number;
  readonly remote: number;
  readonly absent: number;
}

/** Counts the members' presences; anyone not listed is absent, anyone present but not a member is not counted. */
export const tally = (members: readonly string[], presence: ReadonlyMap<string, Presence>): Tally => {
  const unique = [...new Set(members)];
  const inHall = unique.filter((m) => presence.get(m) === "in_hall").length;
  const remote = unique.filter((m) => presence.get(m) === "remote").length;
  return { members: unique.length, inHall, remote, absent: unique.length - inHall - remote };
};

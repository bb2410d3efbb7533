import type { Output } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import type { LiveEvent } from "../api/types.js";

export type SittingAttendance = Output<Routes["attendance"]["sitting"]>;
export type GroupAttendance = Output<Routes["attendance"]["group"]>;
export type Quorum = SittingAttendance["body"];
export type Attendee = SittingAttendance["people"][number];
export type QuorumRule = SittingAttendance["rule"];
export type HeldProxies = Output<Routes["attendance"]["heldProxies"]>;

/** The recorded events that change a count, a quorum or a proxy. */
export const changesAttendance = (event: LiveEvent): boolean =>
  event.type.startsWith("attendance.") || event.type.startsWith("proxy.") || event.type === "quorum_rule.set";

import { can, type Principal } from "../../../domain/authorization.js";

/** What the reader may do on a sitting's attendance: check others in and out, set the body's quorum rule. */
export const attendancePermissions = (p: Principal) => ({
  takeAttendance: can(p, { kind: "take_attendance" }),
  setQuorumRule: can(p, { kind: "manage_meeting" }),
});

import type { Account } from "../api/types.js";
import type { MemberRole } from "./types.js";

type Roles = Account["roles"];

const STAFF = new Set(["secretariat", "bureau_member", "presiding_officer"]);

/**
 * What the screens offer a reader, read from their roles. The server decides again on every request;
 * this only spares people buttons that would be refused.
 */
export const isStaff = (roles: Roles): boolean => roles.some((r) => STAFF.has(r.role) && r.scope === null);

export const isSecretariat = (roles: Roles): boolean => roles.some((r) => r.role === "secretariat" && r.scope === null);

/** The reader's role in a group, if they are one of its members. */
export const roleInGroup = (roles: Roles, groupId: string): MemberRole | null => {
  for (const role of ["chair", "rapporteur", "participant"] as const)
    if (roles.some((r) => r.role === role && r.scope === `group:${groupId}`)) return role;
  return null;
};

/** Runs the group's speakers list: its chair, or the secretariat. */
export const mayRunGroup = (roles: Roles, groupId: string): boolean => isSecretariat(roles) || roleInGroup(roles, groupId) === "chair";

/** Runs a plenary speakers list: the body's presiding officer, or the secretariat. */
export const mayRunPlenary = (roles: Roles, bodyId: string): boolean =>
  isSecretariat(roles) || roles.some((r) => r.role === "presiding_officer" && (r.scope === null || r.scope === `body:${bodyId}`));

/** Reads the participation figures of a group: its chair and the staff. */
export const mayReadParticipation = (roles: Roles, groupId: string | null): boolean =>
  isStaff(roles) || (groupId !== null && roleInGroup(roles, groupId) === "chair");

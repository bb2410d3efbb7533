import type { Account } from "../api/types.js";

type Roles = Account["roles"] | undefined;

/**
 * What the committee and recommendation screens offer a reader, read from their roles. The server decides
 * again on every request; this only spares people buttons that would be refused.
 */
export const holds = (roles: Roles, role: string, scope: string): boolean =>
  (roles ?? []).some((r) => r.role === role && (r.scope === null || r.scope === scope));

/** The secretariat: sets deadlines, accepts late amendments, records the committee's decisions. */
export const isSecretariat = (roles: Roles): boolean => (roles ?? []).some((r) => r.role === "secretariat" && r.scope === null);

/** Only the group's rapporteur writes its recommendations. */
export const isRapporteurOf = (roles: Roles, groupId: string): boolean =>
  (roles ?? []).some((r) => r.role === "rapporteur" && r.scope === `group:${groupId}`);

/** The group's chair records its agreement and runs its votes. */
export const isChairOf = (roles: Roles, groupId: string): boolean =>
  (roles ?? []).some((r) => r.role === "chair" && r.scope === `group:${groupId}`) || isSecretariat(roles);

/** Chair, rapporteur or participant of the group: may comment and vote. */
export const isMemberOf = (roles: Roles, groupId: string): boolean =>
  (roles ?? []).some((r) => ["chair", "rapporteur", "participant"].includes(r.role) && r.scope === `group:${groupId}`);

/** The body's presiding officer (or the secretariat) puts the groups' recommendations to adoption. */
export const presides = (roles: Roles, bodyId: string): boolean =>
  holds(roles, "presiding_officer", `body:${bodyId}`) || isSecretariat(roles);

import { asId, type AccountId, type DiscussionGroupId } from "./ids.js";
import type { EventScope } from "./events.js";

/**
 * The roles of DOMAIN.md; chair and rapporteur are held for one group, the others event-wide or for a body.
 * A translator translates the texts tabled to a body (amendments, recommendations) from the translation queue; like
 * the staff for those texts, but never a reader of a group's or a member's private drafts.
 */
export const ROLES = [
  "secretariat",
  "bureau_member",
  "presiding_officer",
  "chair",
  "rapporteur",
  "participant",
  "observer",
  "translator",
] as const;
export type Role = (typeof ROLES)[number];

/** A role held by an account; scope null means everywhere, `group:ID` or `body:ID` narrows it. */
export interface RoleAssignment {
  readonly role: Role;
  readonly scope: string | null;
}

/** Who is asking: an account with its roles, or the public. */
export interface Principal {
  readonly accountId: AccountId | null;
  readonly roles: readonly RoleAssignment[];
}

export const PUBLIC: Principal = { accountId: null, roles: [] };

/** What a request wants to do, with what it concerns. */
export type Action =
  | { kind: "read_published" }
  | { kind: "read_unpublished" }
  /** Someone else's draft amendment, an undecided designation: the staff's, never an observer's. */
  | { kind: "read_private_drafts" }
  | { kind: "read_group_drafts"; groupId: DiscussionGroupId }
  | { kind: "edit_group_drafts"; groupId: DiscussionGroupId }
  | { kind: "run_speakers_list"; groupId: DiscussionGroupId }
  | { kind: "take_part_in_group"; groupId: DiscussionGroupId }
  | { kind: "take_part_in_plenary" }
  | { kind: "join_group" }
  | { kind: "follow_group"; groupId: DiscussionGroupId }
  | { kind: "assign_group_members" }
  | { kind: "read_participation"; groupId: DiscussionGroupId | null }
  | { kind: "manage_meeting" }
  | { kind: "propose_amendment" }
  | { kind: "enter_paper_amendment" }
  | { kind: "decide_amendments" }
  | { kind: "import_draft" }
  | { kind: "translate_draft" }
  /** Translate tabled amendments and recommendations from the queue: translators and the secretariat. */
  | { kind: "translate" }
  /** Give a translation task to a translator: the secretariat's. */
  | { kind: "assign_translations" }
  | { kind: "manage_accounts" }
  | { kind: "read_participants" }
  | { kind: "recommend_designation" }
  | { kind: "designate"; bodyId: string }
  | { kind: "preside"; bodyId: string }
  | { kind: "preside_group"; groupId: DiscussionGroupId }
  | { kind: "read_own_account" }
  /** Choose what a hall screen shows: a group's screens by its chair, the plenary's by the presiding officer. */
  | { kind: "control_projector"; groupId: DiscussionGroupId | null; bodyId: string }
  /** Put a discussion group's report on a hall screen of its body: its rapporteur and chair, the presiding officer, the secretariat. */
  | { kind: "present_group_report"; groupId: DiscussionGroupId; bodyId: string }
  /** Check others in or out of a sitting (the door scanner, the desk): the secretariat's. */
  | { kind: "take_attendance" }
  /** The count present and the quorum: the staff and the body's presiding officer, a group's members for their group. */
  | { kind: "read_attendance"; groupId: DiscussionGroupId | null; bodyId: string };

const STAFF: readonly Role[] = ["secretariat", "bureau_member", "presiding_officer"];

const holds = (p: Principal, role: Role, scope?: string): boolean =>
  p.roles.some((r) => r.role === role && (r.scope === null || scope === undefined || r.scope === scope));

const isStaff = (p: Principal): boolean => p.roles.some((r) => STAFF.includes(r.role) && r.scope === null);

/** Observers watch: whatever else they hold, they never join, speak, contribute, propose or vote. */
const watchesOnly = (p: Principal): boolean => holds(p, "observer");

const inGroup = (p: Principal, groupId: DiscussionGroupId): boolean =>
  p.roles.some((r) => (r.role === "chair" || r.role === "rapporteur" || r.role === "participant") && r.scope === `group:${groupId}`);

/** The one place that decides what a person may see and do; every route and live message asks it. */
export const can = (p: Principal, action: Action): boolean => {
  const secretariat = holds(p, "secretariat");
  switch (action.kind) {
    case "read_published":
      return true;
    case "read_unpublished":
      return isStaff(p) || holds(p, "observer");
    case "read_private_drafts":
      return isStaff(p);
    case "follow_group":
    case "read_group_drafts":
      return isStaff(p) || inGroup(p, action.groupId);
    case "edit_group_drafts":
      return secretariat || holds(p, "rapporteur", `group:${action.groupId}`);
    case "run_speakers_list":
      return secretariat || holds(p, "chair", `group:${action.groupId}`);
    case "take_part_in_group":
      return !watchesOnly(p) && inGroup(p, action.groupId);
    // Plenary rights rest also on a participant record of the event, which the caller checks in the store.
    case "take_part_in_plenary":
    case "join_group":
      return p.accountId !== null && !watchesOnly(p);
    case "read_participation":
      return isStaff(p) || (action.groupId !== null && holds(p, "chair", `group:${action.groupId}`));
    case "propose_amendment":
      return !watchesOnly(p) && p.roles.length > 0;
    // A paper amendment names its author as written on it: only the secretariat enters one.
    case "enter_paper_amendment":
    case "decide_amendments":
    case "import_draft":
    case "translate_draft":
    case "assign_translations":
    case "assign_group_members":
    case "manage_meeting":
    case "manage_accounts":
      return secretariat;
    case "read_participants":
      return isStaff(p);
    case "translate":
      return secretariat || holds(p, "translator");
    // The Bureau recommends a chair and a rapporteur; only the body designates, through its presiding officer or the secretariat.
    case "recommend_designation":
      return secretariat || holds(p, "bureau_member");
    case "designate":
      return secretariat || holds(p, "presiding_officer", `body:${action.bodyId}`);
    case "preside":
      return secretariat || holds(p, "presiding_officer", `body:${action.bodyId}`);
    // The chair presides over the group: opens and closes its votes and records its consensus.
    case "preside_group":
      return secretariat || holds(p, "chair", `group:${action.groupId}`);
    case "read_own_account":
      return p.accountId !== null;
    case "take_attendance":
      return secretariat;
    case "read_attendance":
      return (
        isStaff(p) || holds(p, "presiding_officer", `body:${action.bodyId}`) || (action.groupId !== null && inGroup(p, action.groupId))
      );
    case "present_group_report":
      return (
        secretariat ||
        holds(p, "presiding_officer", `body:${action.bodyId}`) ||
        p.roles.some((r) => (r.role === "rapporteur" || r.role === "chair") && r.scope === `group:${action.groupId}`)
      );
    case "control_projector":
      return (
        secretariat ||
        (action.groupId === null ? holds(p, "presiding_officer", `body:${action.bodyId}`) : holds(p, "chair", `group:${action.groupId}`))
      );
  }
};

/**
 * Whether the reader sees what is not yet published (events, sittings, their documents and draft resolutions):
 * the staff and observers. The store's reads take the answer as `includeUnpublished`; the live channel asks it
 * of each subscription to an unpublished sitting.
 */
export const readsUnpublished = (p: Principal): boolean => can(p, { kind: "read_unpublished" });

/** Whether a recorded event may be sent to this person over the live channel. */
export const canSeeEvent = (p: Principal, scope: EventScope): boolean => {
  if (scope === "public") return true;
  if (scope === "members") return p.accountId !== null && p.roles.length > 0;
  if (scope === "staff") return isStaff(p);
  if (scope.startsWith("group:")) return can(p, { kind: "read_group_drafts", groupId: asId<DiscussionGroupId>(scope.slice(6)) });
  return p.accountId !== null && scope === `account:${p.accountId}`;
};

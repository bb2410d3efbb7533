import type { DiscussionGroupId } from "../ids.js";
import { DomainError } from "../errors.js";

/** The roles someone can hold in a discussion group. */
export const GROUP_ROLES = ["chair", "rapporteur", "participant"] as const;

/** A role someone holds in a discussion group of the sitting. */
export interface GroupRole {
  readonly groupId: DiscussionGroupId;
  readonly groupNumber: number;
  readonly role: (typeof GROUP_ROLES)[number];
}

/** What deciding a move needs: the target group with its room's capacity and headcount, and the person's current roles in the sitting. */
export interface JoinFacts {
  readonly target: { readonly id: DiscussionGroupId; readonly number: number; readonly capacity: number; readonly members: number };
  readonly rolesInSitting: readonly GroupRole[];
}

/** A decided move: the group the participant leaves (null when they were in none) and the one they join. */
export interface MembershipMove {
  readonly leave: { readonly groupId: DiscussionGroupId; readonly groupNumber: number } | null;
  readonly join: DiscussionGroupId;
}

/**
 * Decides whether a person may join a group: one group at a time per sitting, the room's capacity holds,
 * and a chair or rapporteur stays with the group they were designated for.
 */
export const planJoin = ({ target, rolesInSitting }: JoinFacts): MembershipMove => {
  const here = rolesInSitting.find((r) => r.groupId === target.id);
  if (here)
    throw new DomainError("conflict", `Already in group ${target.number} (as ${here.role})`, [], { groupId: target.id, role: here.role });
  const designated = rolesInSitting.find((r) => r.role !== "participant");
  if (designated)
    throw new DomainError("conflict", `The ${designated.role} of group ${designated.groupNumber} stays with that group`, [], {
      groupId: designated.groupId,
      role: designated.role,
    });
  if (target.members >= target.capacity)
    throw new DomainError("conflict", `Group ${target.number} is full: its room holds ${target.capacity}`, [], {
      capacity: target.capacity,
      members: target.members,
    });
  const current = rolesInSitting.find((r) => r.role === "participant");
  return { leave: current ? { groupId: current.groupId, groupNumber: current.groupNumber } : null, join: target.id };
};

/** Decides whether a participant may leave a group: only a participant role is left this way. */
export const planLeave = (groupId: DiscussionGroupId, rolesInSitting: readonly GroupRole[]): { readonly groupId: DiscussionGroupId } => {
  const role = rolesInSitting.find((r) => r.groupId === groupId);
  if (!role) throw new DomainError("invalid_transition", "Not a member of this group", [], { groupId });
  if (role.role !== "participant")
    throw new DomainError("conflict", `The ${role.role} of group ${role.groupNumber} is replaced by a designation, not by leaving`, [], {
      role: role.role,
    });
  return { groupId };
};

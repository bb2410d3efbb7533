import { can, type Principal } from "../authorization.js";
import type { FollowTarget } from "./kinds.js";
import { asId, type DiscussionGroupId } from "../ids.js";

/**
 * Who may follow what: a signed-in person any draft they may read; a group only those who may follow its work
 * (`follow_group`: its members and the staff), so that following never opens a group's private work to others.
 */
export const mayFollow = (p: Principal, target: FollowTarget, facts: { readonly id: string; readonly published: boolean }): boolean => {
  if (p.accountId === null) return false;
  if (target === "group") return can(p, { kind: "follow_group", groupId: asId<DiscussionGroupId>(facts.id) });
  return facts.published || can(p, { kind: "read_unpublished" });
};

import { DomainError } from "../errors.js";
import type { AccountId } from "../ids.js";
import type { Decision, Designation, DesignationId, DesignationStatus } from "./designation.js";

/** What may happen to a designation. `replace` is applied by the store when a successor is designated. */
export type DesignationTransition =
  | { readonly type: "designate"; readonly decision: Decision; readonly replaces: DesignationId | null }
  | { readonly type: "replace"; readonly by: DesignationId }
  | { readonly type: "withdraw"; readonly at: string; readonly reason: string | null; readonly actor: AccountId | null };

export type DesignationTransitionType = DesignationTransition["type"];

/** The one table of the designation workflow: from each status, each allowed transition and where it leads. */
export const DESIGNATION_TRANSITIONS: Readonly<
  Record<DesignationStatus, Readonly<Partial<Record<DesignationTransitionType, DesignationStatus>>>>
> = {
  recommended: { designate: "designated", withdraw: "withdrawn" },
  designated: { replace: "replaced", withdraw: "withdrawn" },
  replaced: {},
  withdrawn: {},
};

/** The status a designation would reach, or null when the table does not allow the transition. */
export const nextDesignationStatus = (from: DesignationStatus, type: DesignationTransitionType): DesignationStatus | null =>
  DESIGNATION_TRANSITIONS[from][type] ?? null;

/** Whether a designation currently gives its person the group role. */
export const holdsOffice = (d: Pick<Designation, "status">): boolean => d.status === "designated";

/** Checks the decision itself: a vote must have carried, with whole non-negative counts. */
export const checkDecision = (decision: Decision): void => {
  const m = decision.method;
  if (m.kind === "consensus") return;
  const counts = [m.for, m.against, m.abstain];
  if (counts.some((n) => !Number.isInteger(n) || n < 0))
    throw new DomainError("validation_failed", "Vote counts are whole numbers of zero or more", [
      { path: "decision.method", message: "invalid count" },
    ]);
  if (m.for <= m.against)
    throw new DomainError("validation_failed", `The vote did not carry (${m.for} for, ${m.against} against): nobody is designated`, [
      { path: "decision.method.for", message: "must be more than against" },
    ]);
};

/** Applies one transition of the table; anything else is an invalid_transition DomainError. */
export const transitionDesignation = (d: Designation, action: DesignationTransition): Designation => {
  const status = nextDesignationStatus(d.status, action.type);
  if (status === null) {
    throw new DomainError(
      "invalid_transition",
      `This ${d.function} designation is ${d.status}; it cannot be ${pastTense[action.type]}`,
      [],
      {
        from: d.status,
        action: action.type,
      },
    );
  }
  switch (action.type) {
    case "designate":
      checkDecision(action.decision);
      return { ...d, status, decision: action.decision, replaces: action.replaces };
    case "replace":
      if (action.by === d.id)
        throw new DomainError("validation_failed", "A designation cannot replace itself", [
          { path: "replaces", message: "must name another designation" },
        ]);
      return { ...d, status, replacedBy: action.by };
    case "withdraw":
      return { ...d, status, withdrawal: { at: action.at, reason: action.reason, by: action.actor } };
  }
};

const pastTense: Record<DesignationTransitionType, string> = { designate: "designated", replace: "replaced", withdraw: "withdrawn" };

/**
 * Rules across the designations of one group, checked before a new recommendation:
 * one open recommendation per office, and nobody both chair and rapporteur of the same group.
 */
export const checkRecommendation = (
  existing: readonly Designation[],
  candidate: Pick<Designation, "groupId" | "function" | "participantId">,
): void => {
  const sameGroup = existing.filter((d) => d.groupId === candidate.groupId);
  const current = sameGroup.find(
    (d) => d.function === candidate.function && d.status === "designated" && d.participantId === candidate.participantId,
  );
  if (current)
    throw new DomainError("conflict", `This person is already the designated ${candidate.function} of this group`, [], {
      current: current.id,
    });
  const other = sameGroup.find(
    (d) =>
      d.function !== candidate.function &&
      (d.status === "designated" || d.status === "recommended") &&
      d.participantId === candidate.participantId,
  );
  if (other)
    throw new DomainError(
      "conflict",
      `This person is already ${other.status === "designated" ? "designated" : "recommended"} as ${other.function} of this group`,
      [],
      {
        other: other.id,
      },
    );
  const open = sameGroup.find((d) => d.function === candidate.function && d.status === "recommended");
  if (open)
    throw new DomainError(
      "conflict",
      `A ${candidate.function} recommendation for this group is already open; designate or withdraw it first`,
      [],
      {
        open: open.id,
      },
    );
};

/** The designation a new one replaces: the one holding the same office of the same group, if any. */
export const holderOf = (existing: readonly Designation[], d: Pick<Designation, "groupId" | "function" | "id">): Designation | null =>
  existing.find((x) => x.id !== d.id && x.groupId === d.groupId && x.function === d.function && holdsOffice(x)) ?? null;

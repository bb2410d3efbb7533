import { DomainError } from "../errors.js";
import type { AmendmentId } from "../ids.js";
import type { Amendment, AmendmentStatus } from "./amendment.js";

/** What may happen to an amendment. */
export type AmendmentTransition =
  | { readonly type: "submit" }
  | { readonly type: "withdraw" }
  | { readonly type: "accept" }
  | { readonly type: "reject" }
  | { readonly type: "accept_as_revised"; readonly revisedText: string }
  | { readonly type: "merge"; readonly into: AmendmentId }
  /** The secretariat takes a committee decision back, with the reason: the amendment awaits a decision again. */
  | { readonly type: "reopen"; readonly reason: string };

export type AmendmentTransitionType = AmendmentTransition["type"];
export const AMENDMENT_TRANSITION_TYPES = [
  "submit",
  "withdraw",
  "accept",
  "reject",
  "accept_as_revised",
  "merge",
  "reopen",
] as const satisfies readonly AmendmentTransitionType[];

/** The one table of the amendment workflow: from each status, each allowed transition and where it leads. */
export const AMENDMENT_TRANSITIONS: Readonly<Record<AmendmentStatus, Readonly<Partial<Record<AmendmentTransitionType, AmendmentStatus>>>>> =
  {
    draft: { submit: "submitted" },
    submitted: {
      withdraw: "withdrawn",
      accept: "accepted",
      reject: "rejected",
      accept_as_revised: "accepted_as_revised",
      merge: "merged",
    },
    withdrawn: {},
    accepted: { reopen: "submitted" },
    rejected: { reopen: "submitted" },
    accepted_as_revised: { reopen: "submitted" },
    merged: { reopen: "submitted" },
  };

/** The status an amendment would reach, or null when the table does not allow the transition. */
export const nextStatus = (from: AmendmentStatus, type: AmendmentTransitionType): AmendmentStatus | null =>
  AMENDMENT_TRANSITIONS[from][type] ?? null;

/** Applies one transition of the table; anything else is an invalid_transition DomainError. */
export const transition = (amendment: Amendment, action: AmendmentTransition): Amendment => {
  const status = nextStatus(amendment.status, action.type);
  if (status === null) {
    throw new DomainError(
      "invalid_transition",
      `Amendment ${amendment.id} is ${amendment.status}; it cannot ${action.type.replace(/_/g, " ")}`,
      [],
      { from: amendment.status, action: action.type },
    );
  }
  switch (action.type) {
    case "accept_as_revised":
      if (action.revisedText.trim() === "") {
        throw new DomainError("validation_failed", `Amendment ${amendment.id}: the revised wording is empty`, [
          { path: "revisedText", message: "must not be empty" },
        ]);
      }
      return { ...amendment, status, revisedText: action.revisedText };
    case "merge":
      if (action.into === amendment.id) {
        throw new DomainError("validation_failed", `Amendment ${amendment.id} cannot be merged into itself`, [
          { path: "into", message: "must name another amendment" },
        ]);
      }
      return { ...amendment, status, mergedInto: action.into };
    case "reopen": {
      if (action.reason.trim() === "") {
        throw new DomainError("validation_failed", `Amendment ${amendment.id}: say why the decision is reopened`, [
          { path: "reason", message: "must not be empty" },
        ]);
      }
      const { revisedText: _revised, mergedInto: _merged, ...rest } = amendment;
      return { ...rest, status };
    }
    case "submit":
    case "withdraw":
    case "accept":
    case "reject":
      return { ...amendment, status };
  }
};

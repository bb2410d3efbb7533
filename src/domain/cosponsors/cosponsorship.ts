import { DomainError } from "../errors.js";
import type { AmendmentStatus } from "../text/amendment.js";

/** Where a delegation stands on co-signing an amendment: invited, then accepted or declined; withdrawn by either side. */
export const COSPONSOR_STATUSES = ["invited", "accepted", "declined", "withdrawn"] as const;
export type CosponsorStatus = (typeof COSPONSOR_STATUSES)[number];

/** The steps after the invitation. */
export const COSPONSOR_STEPS = ["accept", "decline", "withdraw"] as const;
export type CosponsorStep = (typeof COSPONSOR_STEPS)[number];

/** How a person stands to one invitation: the delegation (or member) invited, the amendment's author, the secretariat. */
export type CosponsorParty = "invited" | "author" | "secretariat";

/** The one table of the co-sponsorship workflow: from each status, each allowed step, where it leads and who may take it. */
export const COSPONSOR_TRANSITIONS: Readonly<
  Record<
    CosponsorStatus,
    Readonly<Partial<Record<CosponsorStep, { readonly to: CosponsorStatus; readonly by: readonly CosponsorParty[] }>>>
  >
> = {
  invited: {
    accept: { to: "accepted", by: ["invited"] },
    decline: { to: "declined", by: ["invited"] },
    // The author takes the invitation back.
    withdraw: { to: "withdrawn", by: ["author", "secretariat"] },
  },
  // A co-sponsor takes its name off; the author or the secretariat may take it off too.
  accepted: { withdraw: { to: "withdrawn", by: ["invited", "author", "secretariat"] } },
  declined: {},
  withdrawn: {},
};

/** Amendments still open to co-sponsors: before the committee decides, and not withdrawn. */
export const OPEN_TO_COSPONSORS: readonly AmendmentStatus[] = ["draft", "submitted"];

/** Whether a co-sponsorship names its delegation on the amendment, in its card and in the documents. */
export const signs = (status: CosponsorStatus): boolean => status === "accepted";

/** Whether an invitation still stands in the way of inviting the same delegation again. */
export const stands = (status: CosponsorStatus): boolean => status === "invited" || status === "accepted";

/** The status a step leads to, or null when the table does not allow it. */
export const nextCosponsorStatus = (from: CosponsorStatus, step: CosponsorStep): CosponsorStatus | null =>
  COSPONSOR_TRANSITIONS[from][step]?.to ?? null;

/** Whether one of the parties a person is to an invitation may take a step from its status. */
export const mayTakeStep = (from: CosponsorStatus, step: CosponsorStep, parties: readonly CosponsorParty[]): boolean =>
  (COSPONSOR_TRANSITIONS[from][step]?.by ?? []).some((who) => parties.includes(who));

/**
 * Applies one step of the table for the parties the person is: a step the status does not allow is an
 * invalid_transition, a step the person may not take (accepting for another delegation) is forbidden.
 */
export const takeCosponsorStep = (
  from: CosponsorStatus,
  step: CosponsorStep,
  parties: readonly CosponsorParty[],
  amendmentStatus: AmendmentStatus,
): CosponsorStatus => {
  const to = nextCosponsorStatus(from, step);
  if (to === null)
    throw new DomainError("invalid_transition", `This co-sponsorship is ${from}; it cannot be ${PAST[step]}`, [], { from, action: step });
  if (!mayTakeStep(from, step, parties))
    throw new DomainError(
      "forbidden",
      step === "withdraw"
        ? "Only the amendment's author, the co-sponsoring delegation or the secretariat may withdraw a co-sponsorship"
        : `Only the invited delegation may ${step} the invitation to co-sponsor`,
    );
  if (step !== "withdraw" && !OPEN_TO_COSPONSORS.includes(amendmentStatus))
    throw new DomainError(
      "invalid_transition",
      `The amendment is ${amendmentStatus.replace(/_/g, " ")}: it takes no more co-sponsors`,
      [],
      {
        from,
        action: step,
      },
    );
  return to;
};

const PAST: Record<CosponsorStep, string> = { accept: "accepted", decline: "declined", withdraw: "withdrawn" };

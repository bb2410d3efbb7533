import { DomainError } from "../errors.js";

export type Publication = "published" | "unpublished";
export type PublicationStep = "publish" | "withdraw";

/**
 * The publication workflow of what the secretariat sets up (an event, a sitting, a document): from each state, each
 * step and where it leads. Withdrawing takes a text off the public pages at once, so it is said why; publishing
 * again reopens it, and may say why too. Both are recorded with who took the step.
 */
export const PUBLICATION_TRANSITIONS: Readonly<Record<Publication, Readonly<Partial<Record<PublicationStep, Publication>>>>> = {
  unpublished: { publish: "published" },
  published: { withdraw: "unpublished" },
};

/** The step from a subject's publication to the one asked for, with its reason; null when it is there already. */
export const publicationStep = (
  published: boolean,
  wanted: boolean,
  reason: string | null | undefined,
): { readonly step: PublicationStep; readonly reason: string | null } | null => {
  if (published === wanted) return null;
  const step: PublicationStep = wanted ? "publish" : "withdraw";
  if (!PUBLICATION_TRANSITIONS[published ? "published" : "unpublished"][step])
    throw new DomainError("invalid_transition", `Cannot ${step} from this state`);
  const why = reason?.trim() || null;
  if (step === "withdraw" && why === null)
    throw new DomainError("validation_failed", "Say why it is withdrawn from publication: the public loses it at once", [
      { path: "body.reason", message: "required to withdraw from publication" },
    ]);
  return { step, reason: why };
};

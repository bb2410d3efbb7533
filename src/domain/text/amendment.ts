import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { ParagraphKind } from "./paragraph.js";

/** amend: full new wording of a paragraph (or of a tabled amendment, for a sub-amendment); insert: a new paragraph after another; delete; amend_title. */
/** What an amendment may do to a paragraph; the title is only amended. */
export const PARAGRAPH_ACTIONS = ["amend", "insert", "delete"] as const;
export type ParagraphAction = (typeof PARAGRAPH_ACTIONS)[number];
export const AMENDMENT_ACTIONS = [...PARAGRAPH_ACTIONS, "amend_title"] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

/** Where an amendment stands; the transitions between them are the workflow's one table (amendment-workflow.ts). */
export const AMENDMENT_STATUSES = ["draft", "submitted", "withdrawn", "accepted", "rejected", "accepted_as_revised", "merged"] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** A formal change to one paragraph of a given version of a draft resolution; a plain value. */
export interface Amendment {
  readonly id: AmendmentId;
  readonly action: AmendmentAction;
  /** amend / delete: the paragraph or sub-paragraph changed. */
  readonly target?: ParagraphId | null;
  /** insert: the paragraph (or sub-paragraph) the new one follows; null puts it first of its kind. */
  readonly after?: ParagraphId | null;
  /** insert after a paragraph: the kind of the new paragraph. */
  readonly kind?: ParagraphKind | null;
  /** The proposed wording (amend, insert, amend_title), in `language`. */
  readonly text?: string | null;
  readonly language: Language;
  readonly status: AmendmentStatus;
  /** accepted_as_revised: the wording the committee adopted instead. */
  readonly revisedText?: string | null;
  /** merged: the compromise amendment that replaces this one. */
  readonly mergedInto?: AmendmentId | null;
  /** A body or a member parliament. */
  readonly author?: string | null;
  readonly coSponsors?: readonly string[];
  /** Entered by the secretariat from a paper amendment, its author as written on the paper. */
  readonly paper?: boolean;
  readonly justification?: string | null;
  /** Where the amendment came from, e.g. a discussion group's recommendation. */
  readonly provenance?: string | null;
  /** A sub-amendment: the tabled amendment whose wording it amends (its `text` is that wording, amended). */
  readonly parent?: AmendmentId | null;
}

/** Accepted amendments change the text; accepted_as_revised ones with their revised wording. */
export const isAdopted = (a: Amendment): boolean => a.status === "accepted" || a.status === "accepted_as_revised";

/** The wording that goes into the text if the amendment is adopted. */
export const adoptedWording = (a: Amendment): string => (a.status === "accepted_as_revised" ? a.revisedText : a.text) ?? "";

/** Amendments put to the vote: not drafts, not withdrawn, not merged into a compromise. */
export const isBeforeTheBody = (a: Amendment): boolean => a.status !== "draft" && a.status !== "withdrawn" && a.status !== "merged";

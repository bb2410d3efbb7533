/** The kinds of body that meet and decide (DOMAIN.md: Body). */
export const BODY_KINDS = ["forum", "bureau", "standing_committee", "plenary", "drafting_group", "other"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The kinds of document a sitting works with (DOMAIN.md: Document). */
export const DOCUMENT_KINDS = ["information_note", "draft_resolution", "amendments", "report", "revised_draft"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The versions of a draft resolution: draft → revised → adopted. */
export const DRAFT_STAGES = ["draft", "revised", "adopted"] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

/** A participant's gender as recorded for the participation figures. */
export const GENDERS = ["woman", "man", "other", "undisclosed"] as const;
export type Gender = (typeof GENDERS)[number];

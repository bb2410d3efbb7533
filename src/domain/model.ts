/** The kinds of body that meet and decide (DOMAIN.md: Body). */
export type BodyKind = "forum" | "bureau" | "standing_committee" | "plenary" | "drafting_group" | "other";

/** The kinds of document a sitting works with (DOMAIN.md: Document). */
export type DocumentKind = "information_note" | "draft_resolution" | "amendments" | "report" | "revised_draft";

/** The versions of a draft resolution: draft → revised → adopted. */
export type DraftStage = "draft" | "revised" | "adopted";

/** A participant's gender as recorded for the participation figures. */
export type Gender = "woman" | "man" | "other" | "undisclosed";

import type { z } from "zod";
import type { amendmentSchema, consolidationSchema, votingOrderSchema } from "../../api/amendments.js";
import type { previewSchema } from "../../api/draft-import.js";
import type { draftSchema, translationBody } from "../../api/draft-view.js";

/** The draft page's API answers as the web app reads them: the contract's types, never a copy. */

export type DraftView = z.output<typeof draftSchema>;
export type ParagraphView = DraftView["paragraphs"][number];
export type SubParagraphView = ParagraphView["subParagraphs"][number];
export type RevisionView = NonNullable<ParagraphView["revision"]>;
export type LanguageVersionView = ParagraphView["languages"][number];

/** An amendment with its whole wording and its changes in words (a list gives them by place: `listedAmendments.ts`). */
export type AmendmentView = z.output<typeof amendmentSchema>;

export type ConsolidationView = z.output<typeof consolidationSchema>;
export type ConsolidatedSub = ConsolidationView["paragraphs"][number]["subParagraphs"][number];

/** The order of the vote at one place; `amends` maps each sub-amendment to the amendment it amends. */
export type VotingPlace = z.output<typeof votingOrderSchema>[number];

/** A translator's text for one language of a paragraph, as the translation request takes it. */
export type TranslationBody = z.input<typeof translationBody>;

export type ImportPreview = z.output<typeof previewSchema>;

import type { AmendmentStatus as DomainAmendmentStatus } from "../../domain/text/amendment.js";
import type { Change } from "../../domain/text/diff.js";
import type { Language } from "../../domain/language.js";
import type { Ml } from "../api/types.js";
import type { z } from "zod";
import type { consolidationSchema, votingOrderSchema } from "../../api/amendments.js";
import type { previewSchema } from "../../api/draft-import.js";
import type { draftSchema } from "../../api/draft-view.js";

type ConsolidationContract = z.infer<typeof consolidationSchema>;

/** The order of the vote at one place; `amends` maps each sub-amendment to the amendment it amends. */
export type VotingPlace = z.infer<typeof votingOrderSchema>[number];

/** Shapes of the draft page's API answers, as the web app reads them. */

export type DraftView = z.output<typeof draftSchema>;
export type ParagraphView = DraftView["paragraphs"][number];
export type SubParagraphView = ParagraphView["subParagraphs"][number];
export type RevisionView = NonNullable<ParagraphView["revision"]>;
export type LanguageVersionView = ParagraphView["languages"][number];
export type VersionStatus = LanguageVersionView["status"];

export type AmendmentAction = "amend" | "insert" | "delete" | "amend_title";
export type AmendmentStatus = DomainAmendmentStatus;

export interface AmendmentView {
  readonly id: string;
  readonly number: number;
  readonly action: AmendmentAction;
  readonly status: AmendmentStatus;
  readonly target: string | null;
  readonly targetLabel: string | null;
  readonly after: string | null;
  readonly kind: "preambular" | "operative" | null;
  readonly text: string | null;
  readonly revisedText: string | null;
  readonly mergedInto: string | null;
  /** A sub-amendment: the amendment whose wording it amends. */
  readonly parent: string | null;
  readonly language: Language;
  readonly author: string | null;
  /** Entered by the secretariat from a paper amendment, its author as written on the paper. */
  readonly paper?: boolean;
  readonly coSponsors: readonly string[];
  readonly justification: string | null;
  readonly provenance: string | null;
  readonly createdAt: string;
  readonly version: number;
  readonly changes: readonly Change[];
}

export type Outcome = "unchanged" | "amended" | "inserted" | "deleted" | "conflict";

export interface ConsolidatedSub {
  readonly id: string;
  readonly label: string | null;
  readonly previousLabel: string;
  readonly outcome: Outcome;
  readonly text: Ml;
  readonly changes: readonly Change[];
  readonly html: string;
  readonly amendments: readonly string[];
}

export interface ConsolidatedParagraph extends ConsolidatedSub {
  readonly kind: "preambular" | "operative";
  readonly subParagraphs: readonly ConsolidatedSub[];
}

export interface ConsolidationView {
  readonly language: Language;
  readonly title: { readonly html: string; readonly changes: readonly Change[]; readonly amendments: readonly string[] } | null;
  readonly paragraphs: readonly ConsolidatedParagraph[];
  readonly renumbering: Readonly<Record<string, string>>;
  readonly conflicts: ConsolidationContract["conflicts"];
  readonly merges: ConsolidationContract["merges"];
  readonly subAmended: ConsolidationContract["subAmended"];
  readonly votingOrder: readonly VotingPlace[];
}

export type ParagraphKind = "preambular" | "operative";

export type ImportPreview = z.output<typeof previewSchema>;

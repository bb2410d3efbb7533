import type { AmendmentStatus as DomainAmendmentStatus } from "../../domain/text/amendment.js";
import type { Change } from "../../domain/text/diff.js";
import type { Language } from "../../domain/language.js";
import type { Ml } from "../api/types.js";
import type { z } from "zod";
import type { consolidationSchema, votingOrderSchema } from "../../api/amendments.js";

type ConsolidationContract = z.infer<typeof consolidationSchema>;

/** The order of the vote at one place; `amends` maps each sub-amendment to the amendment it amends. */
export type VotingPlace = z.infer<typeof votingOrderSchema>[number];

/** Shapes of the draft page's API answers, as the web app reads them. */

export type VersionStatus = "missing" | "draft" | "final" | "translation_needed";

export interface LanguageVersionView {
  readonly language: Language;
  readonly text: string | null;
  readonly status: VersionStatus;
  readonly original: boolean;
}

export interface RevisionView {
  readonly amendments: readonly string[];
  readonly language: Language;
  readonly languages: readonly LanguageVersionView[];
}

export interface SubParagraphView {
  readonly id: string;
  readonly label: string;
  readonly letter: string;
  readonly text: Ml;
  readonly languages: readonly LanguageVersionView[];
  readonly revision: RevisionView | null;
}

export interface ParagraphView extends Omit<SubParagraphView, "letter"> {
  readonly kind: "preambular" | "operative";
  readonly version: number;
  readonly subParagraphs: readonly SubParagraphView[];
}

export interface DraftView {
  readonly id: string;
  readonly symbol: string;
  readonly sittingId: string | null;
  readonly stage: string;
  readonly illustrative: boolean;
  readonly published: boolean;
  readonly version: number;
  readonly title: Ml | null;
  readonly languages: readonly Language[];
  readonly paragraphs: readonly ParagraphView[];
  readonly mine: readonly string[];
  readonly permissions: { readonly propose: boolean; readonly decide: boolean; readonly translate: boolean; readonly importDraft: boolean };
}

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

export interface ImportPreview {
  readonly filename: string;
  readonly format: "docx" | "markdown" | "html" | "text" | "akn";
  readonly language: Language;
  readonly title: string | null;
  readonly preface: string | null;
  readonly paragraphs: readonly {
    readonly kind: ParagraphKind;
    readonly label: string;
    readonly text: string;
    readonly where: string;
    readonly reason: string;
    readonly subParagraphs: readonly { readonly label: string; readonly text: string; readonly where: string; readonly reason: string }[];
  }[];
  readonly frontMatter: readonly { readonly role: string; readonly text: string; readonly where: string }[];
  readonly leftOut: readonly { readonly text: string; readonly where: string; readonly why: string }[];
  readonly decisions: readonly {
    readonly where: string;
    readonly role: string;
    readonly reason: string;
    readonly text: string;
    readonly label: string | null;
  }[];
}

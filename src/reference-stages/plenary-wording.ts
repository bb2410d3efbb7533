import type { Choice } from "../domain/votes/vote.js";
import type { Language } from "../domain/language.js";
import type { CastKey } from "./cast.js";

/** A proposed amendment in a group's recommendation; `from` names the speakers whose contributions it draws on. */
export interface Proposal {
  readonly action: "amend" | "insert";
  /** The paragraph amended, or the one the new paragraph follows. */
  readonly label: string;
  readonly text: string;
  readonly language: Language;
  readonly from: readonly CastKey[];
}

/** What each group recommends: its texts on the guiding questions, its proposals, its comments and how it votes. */
export interface GroupRecommendation {
  readonly rapporteur: CastKey;
  readonly chair: CastKey;
  readonly texts: readonly {
    readonly question: number;
    readonly text: string;
    readonly language: Language;
    readonly from: readonly CastKey[];
  }[];
  readonly proposals: readonly Proposal[];
  readonly comments: readonly { readonly by: CastKey; readonly text: string; readonly language: Language }[];
  /** An electronic vote with each member's ballot, or a show of hands with the chair's counts. */
  readonly vote:
    | { readonly kind: "electronic"; readonly ballots: readonly [CastKey, Choice][] }
    | { readonly kind: "show_of_hands"; readonly for: number; readonly against: number; readonly abstain: number };
}

/** Both groups propose this wording of OP7, so the Forum adopts it once, credited to both. */
const SUPPORT_SERVICES =
  "Also urges parliaments to ensure that specific support services, including child helplines funded over several years, are provided for victims of online child sexual exploitation that take into account the specific needs and sensitivities of girls and boys based on their age and gender;";

/** The groups' recommendations. Illustrative wording, in the spirit of the reference case. */
export const RECOMMENDATIONS: readonly GroupRecommendation[] = [
  {
    rapporteur: "grace",
    chair: "elena",
    texts: [
      {
        question: 0,
        text: "Make online grooming an offence in itself, and hear survivors while the law is being written.",
        language: "en",
        from: ["sophie", "lindiwe"],
      },
      {
        question: 1,
        text: "Tie every new offence to the funding and training of police, prosecutors and judges.",
        language: "en",
        from: ["tomas", "sophie"],
      },
    ],
    proposals: [
      {
        action: "amend",
        label: "OP1",
        text: "Calls upon parliaments to bring national laws into line with the Optional Protocol, drawing on the guidelines of the Committee on the Rights of the Child, so that all forms of online child sexual exploitation and abuse, including online grooming and the live streaming of abuse, are recognized as crimes;",
        language: "en",
        from: ["sophie"],
      },
      { action: "amend", label: "OP7", text: SUPPORT_SERVICES, language: "en", from: ["lindiwe"] },
    ],
    comments: [
      { by: "ana", text: "Could the first text also ask platforms to report exploitation material within a fixed time?", language: "en" },
      { by: "tomas", text: "I support both proposals as written.", language: "en" },
    ],
    vote: {
      kind: "electronic",
      ballots: [
        ["elena", "yes"],
        ["grace", "yes"],
        ["sophie", "yes"],
        ["ana", "yes"],
        ["lindiwe", "yes"],
        ["tomas", "abstain"],
      ],
    },
  },
  {
    rapporteur: "nour",
    chair: "fatima",
    texts: [
      {
        question: 0,
        text: "إدراج التربية الرقمية في المناهج منذ المرحلة الابتدائية، وإشراك الأطفال في تصميم حملات التوعية.",
        language: "ar",
        from: ["mona", "aisha"],
      },
      {
        question: 1,
        text: "تدريب المعلمين على رصد علامات الاستغلال والإبلاغ عنها، وتوفير خدمات دعم تراعي السن والنوع الاجتماعي.",
        language: "ar",
        from: ["nour", "mona"],
      },
    ],
    proposals: [
      { action: "amend", label: "OP7", text: SUPPORT_SERVICES, language: "en", from: ["karim"] },
      {
        action: "insert",
        label: "OP6",
        text: "تدعو البرلمانات إلى إشراك الأطفال أنفسهم في تصميم حملات التوعية بمخاطر الاستغلال الجنسي عبر الإنترنت وفي تقييمها؛",
        language: "ar",
        from: ["aisha"],
      },
    ],
    comments: [
      { by: "mona", text: "أقترح ذكر المرحلة الابتدائية صراحةً في النص الأول.", language: "ar" },
      { by: "karim", text: "أؤيد الاقتراحين.", language: "ar" },
    ],
    vote: { kind: "show_of_hands", for: 5, against: 0, abstain: 0 },
  },
];

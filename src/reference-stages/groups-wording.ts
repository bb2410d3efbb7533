import type { CastKey } from "./cast.js";

/** One turn on a guiding question: who speaks, for how long, from where, and the contribution recorded. */
export interface Turn {
  readonly speaker: CastKey;
  readonly seconds: number;
  readonly remote?: boolean;
  readonly text: string;
  /** Labels of the draft's paragraphs the contribution speaks to. */
  readonly paragraphs: readonly string[];
}

/** What each group said, question by question. Illustrative wording, in the spirit of the Forum's debate. */
export const GROUP_WORK: readonly { readonly chair: CastKey; readonly questions: readonly (readonly Turn[])[] }[] = [
  {
    chair: "elena",
    questions: [
      [
        {
          speaker: "sophie",
          seconds: 150,
          text: "Grooming must be an offence in itself, even when no meeting follows; several laws still wait for physical contact.",
          paragraphs: ["OP1"],
        },
        {
          speaker: "lindiwe",
          seconds: 170,
          remote: true,
          text: "Survivors should be heard when laws are drafted: our committee held closed hearings with young survivors and changed the bill.",
          paragraphs: ["OP2"],
        },
        {
          speaker: "ana",
          seconds: 120,
          text: "Platforms should report exploitation material to a national authority within a fixed time.",
          paragraphs: ["OP4(a)"],
        },
      ],
      [
        {
          speaker: "tomas",
          seconds: 140,
          text: "Budgets follow laws: our parliament ties each new offence to the funding of specialised police units.",
          paragraphs: ["OP3"],
        },
        {
          speaker: "sophie",
          seconds: 90,
          text: "Judges and prosecutors need training on digital evidence, or the new offences stay on paper.",
          paragraphs: ["OP5"],
        },
      ],
    ],
  },
  {
    chair: "fatima",
    questions: [
      [
        {
          speaker: "mona",
          seconds: 160,
          text: "يجب أن تبدأ التربية الرقمية في المدرسة الابتدائية، بلغة يفهمها الأطفال وأسرهم.",
          paragraphs: ["OP6"],
        },
        {
          speaker: "karim",
          seconds: 130,
          remote: true,
          text: "نقترح أن تُدرج البرلمانات خطوط المساعدة للأطفال في قوانين الميزانية حتى لا تتوقف عند انتهاء التمويل.",
          paragraphs: ["OP3", "OP7"],
        },
        { speaker: "aisha", seconds: 110, text: "ينبغي إشراك الأطفال أنفسهم في تصميم حملات التوعية.", paragraphs: ["OP6"] },
      ],
      [
        {
          speaker: "nour",
          seconds: 100,
          text: "على المدارس أن تدرّب المعلمين على رصد علامات الاستغلال عبر الإنترنت والإبلاغ عنها.",
          paragraphs: ["OP6", "OP8"],
        },
        {
          speaker: "mona",
          seconds: 120,
          text: "يحتاج الضحايا إلى خدمات دعم تراعي السن والنوع الاجتماعي، في المدرسة وخارجها.",
          paragraphs: ["OP7"],
        },
      ],
    ],
  },
];

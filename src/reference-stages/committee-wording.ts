import type { Language } from "../domain/language.js";
import type { CastKey } from "./cast.js";

/** An amendment a delegation tables itself; `text` receives the paragraph's Arabic wording for amendments written in Arabic. */
export interface DelegateAmendment {
  readonly by: CastKey;
  readonly parliament: string;
  readonly coSponsors: readonly string[];
  readonly action: "amend" | "insert";
  readonly label: string;
  readonly language: Language;
  readonly text: (arabicOriginal: string) => string;
  readonly justification: string | null;
  /** A sub-amendment: the cast member whose amendment it amends. */
  readonly amends?: CastKey;
}

const OP4A =
  "ensure the accountability of these platforms and companies for the protection of children against online sexual abuse, including the duty to report exploitation material to the competent national authority";
const OP2 =
  "Urges parliaments to adopt gender-responsive and survivor-centred legislation and policies that put the rights of girls and boys front and centre and prioritize children's rights, voices and security when they alert and report online sexual exploitation";

/** The school phrase Mona Saleh's amendment extends, in the draft's Arabic wording of OP6. */
export const OP6_ARABIC_PHRASE = "في المدرسة";

/** The delegations' own amendments, in the order they are tabled. Illustrative wording. */
export const DELEGATE_AMENDMENTS: readonly DelegateAmendment[] = [
  {
    by: "sophie",
    parliament: "France",
    coSponsors: ["Spain"],
    action: "amend",
    label: "OP4(a)",
    language: "en",
    text: () => `${OP4A} without delay;`,
    justification: "Reporting duties make accountability concrete.",
  },
  {
    by: "ana",
    parliament: "Portugal",
    coSponsors: [],
    action: "amend",
    label: "OP4(a)",
    language: "en",
    text: () => `${OP4A} within 24 hours of its discovery;`,
    justification: "A fixed time can be enforced.",
    amends: "sophie",
  },
  {
    by: "mona",
    parliament: "Egypt",
    coSponsors: ["Jordan"],
    action: "amend",
    label: "OP6",
    language: "ar",
    text: (ar) => ar.replace(OP6_ARABIC_PHRASE, `${OP6_ARABIC_PHRASE} منذ المرحلة الابتدائية`),
    justification: "تبدأ الوقاية في السنوات الأولى من التعليم.",
  },
  {
    by: "lindiwe",
    parliament: "South Africa",
    coSponsors: [],
    action: "amend",
    label: "OP2",
    language: "en",
    text: () => `${OP2}, and to consult survivors when such legislation is drafted;`,
    justification: null,
  },
  {
    by: "tomas",
    parliament: "Mexico",
    coSponsors: [],
    action: "amend",
    label: "OP2",
    language: "en",
    text: () => `${OP2}, and to hear survivors, with their consent, when such legislation is prepared;`,
    justification: null,
  },
  {
    by: "karim",
    parliament: "Tunisia",
    coSponsors: [],
    action: "insert",
    label: "OP8",
    language: "ar",
    text: () => "تحث البرلمانات على إدراج خطوط مساعدة الأطفال في قوانين الميزانية السنوية؛",
    justification: null,
  },
];

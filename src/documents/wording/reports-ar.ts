import { durationWith, type ReportWording } from "./reports.js";

/** Arabic wording of the group and participation reports. */
export const reportsAr: ReportWording = {
  groupReport: "تقرير مجموعة النقاش",
  room: "القاعة",
  chair: "الرئيس",
  rapporteur: "المقرر",
  notDesignated: "لم يعين بعد",
  recommendations: "أولا - التوصيات",
  recommendationOn: (draft, status) =>
    `بشأن مشروع القرار \u2066${draft}\u2069 (${{ drafting: "قيد الصياغة", agreed: "وافقت عليها المجموعة", presented: "قدمت إلى الهيئة", adopted: "اعتمدتها الهيئة", not_adopted: "لم تعتمدها الهيئة" }[status]})`,
  general: "عام",
  noRecommendations: "لم تسجل المجموعة أي توصية.",
  proposedAmendments: "ثانيا - التعديلات المقترحة",
  noProposedAmendments: "لم تقترح المجموعة أي تعديل.",
  contributions: "ثالثا - المساهمات حسب الأسئلة التوجيهية",
  contributionsAsMade: "تعرض المساهمات كما قدمت، بلغتها الأصلية.",
  noContributions: "لم تسجل أي مساهمة.",
  participation: "رابعا - المشاركة",
  participationHidden: "أرقام المشاركة متاحة لرئيس المجموعة وللأمانة فقط.",
  participationReport: "المشاركة حسب الجنس والعمر",
  participationIntro:
    "من تكلم ولكم من الوقت، حسب الجنس والفئة العمرية، مقارنة بتكوين مجموعات النقاش. يحسب العمر في تاريخ الجلسة؛ ويعد البرلمانيون دون سن 45 عاما من الشباب.",
  wholeSitting: "الجلسة ككل",
  plenary: "الجلسة العامة",
  byGender: "حسب الجنس",
  byAge: "حسب العمر",
  totals: (members, speakers, turns, time) => `الأعضاء: ${members}. المتكلمون: ${speakers}. المداخلات: ${turns}. وقت الكلام: ${time}.`,
  columns: ["الفئة", "الأعضاء", "المتكلمون", "المداخلات", "وقت الكلام"],
  series: ["نسبة الأعضاء", "نسبة المتكلمين", "نسبة وقت الكلام"],
  gender: (g) => ({ woman: "النساء", man: "الرجال", other: "غير ذلك", undisclosed: "لم يصرح به" })[g],
  age: (a) => ({ "under-45": "دون 45 عاما", "45-and-over": "45 عاما فأكثر", unknown: "العمر غير معروف" })[a],
  duration: durationWith("د", "ث"),
};

import type { ParagraphKind } from "../../domain/text/paragraph.js";
import type { Place, Wording } from "./wording.js";

const ORDINALS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"];
const REPEATED = ["مكررا", "مكررا ثانيا", "مكررا ثالثا", "مكررا رابعا", "مكررا خامسا"];
const part = (kind: ParagraphKind) => (kind === "preambular" ? "من الديباجة" : "من المنطوق");
const para = (kind: ParagraphKind, number: number, sub: string | null) => `الفقرة ${number}${sub ? ` (${sub})` : ""} ${part(kind)}`;
const repeated = (n: number) => REPEATED[n - 1] ?? `مكررا (${n})`;

/** Arabic wording of the documents, in the style of the Arabic information note. */
export const ar: Wording = {
  translationMissing: "[الترجمة غير متوفرة]",
  item: (n) => `البند ${n}`,
  group: (n, title) => `المجموعة ${ORDINALS[n - 1] ?? n} - ${title}`,
  listSeparator: "، ",
  amendmentsTitle: "التعديلات على مشروع القرار",
  submittedBy: (authors) => `التعديلات على مشروع القرار المقدمة ضمن المهلة القانونية من قبل ${authors}`,
  noAmendments: "لم يقدم أي تعديل.",
  preamble: "الديباجة",
  operativePart: "المنطوق",
  titleHeading: "العنوان",
  paragraph: para,
  newParagraph: (kind, number, sub, n) => `فقرة جديدة ${number}${sub ? ` (${sub})` : ""} ${repeated(n)} ${part(kind)}`,
  amendToRead: "يعدل نصها ليصبح كما يلي:",
  amendTitleToRead: "يعدل العنوان ليصبح كما يلي:",
  addAfter: (place: Place) =>
    "first" in place
      ? `تضاف فقرة جديدة في بداية ${place.first === "preambular" ? "الديباجة" : "المنطوق"} نصها كما يلي:`
      : `تضاف فقرة جديدة بعد ${para(place.kind, place.number, place.sub)} نصها كما يلي:`,
  deleteParagraph: "تحذف الفقرة.",
  annotatedTitle: "التعديلات وقرارات اللجنة",
  annotatedColumns: ["الفقرة في المشروع المنقح", "التعديل كما قدم", "القرار"],
  status: (s, into) =>
    ({
      draft: "لم يقدم",
      submitted: "قيد النظر",
      withdrawn: "سحب",
      accepted: "قبل",
      rejected: "رفض",
      accepted_as_revised: "قبل بصيغة منقحة",
      merged: into === null ? "دمج في نص توافقي" : `دمج في التعديل ${into}`,
    })[s],
  decidedBy: (body) => `من قبل ${body}`,
  notInRevised: "—",
  deletedInRevised: "حذفت",
  revisedDraft: "مشروع القرار المنقح",
  adoptedResolution: "القرار المعتمد",
  withTrackedChanges: "مع إظهار التغييرات مقارنة بالصيغة السابقة",
  conflict: (label) => `اعتمد أكثر من تعديل على ${label}: يلزم نص توافقي.`,
  noChanges: "لم يعتمد أي تعديل.",
  amendmentNumber: (n) => `التعديل ${n}`,
  amendmentTo: (n) => `تعديل على التعديل ${n}`,
  amendAmendmentToRead: (n) => `يعدل التعديل ${n} ليصبح كما يلي:`,
  deleteProposed: (n) => `تحذف الفقرة الجديدة المقترحة في التعديل ${n}.`,
};

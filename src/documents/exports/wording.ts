import type { VoteStatus } from "../../domain/votes/vote.js";
import type { DECISION_METHODS, Position } from "../../domain/decisions/decision.js";
import type { AmendmentAction } from "../../domain/text/amendment.js";
import type { Language } from "../../domain/language.js";
import type { AmendmentStatus } from "../../domain/text/amendment.js";

/** What the exported tables say in each working language: sheet names, headers and values. */
export interface TableWording {
  readonly amendmentsSheet: string;
  readonly amendmentColumns: readonly [string, string, string, string, string, string, string, string, string];
  readonly participantsSheet: string;
  readonly participantColumns: readonly [string, string, string, string, string, string, string, string, string];
  readonly votesSheet: string;
  readonly voteColumns: readonly [string, string, string, string, string, string, string, string, string];
  readonly votersSheet: string;
  readonly voterColumns: readonly [string, string, string, string];
  readonly status: Record<AmendmentStatus, string>;
  readonly action: Record<AmendmentAction, string>;
  readonly method: Record<(typeof DECISION_METHODS)[number], string>;
  readonly position: Record<Position, string>;
  readonly voteStatus: Record<VoteStatus, string>;
  readonly title: string;
  readonly after: (label: string) => string;
  readonly amends: (number: number) => string;
  readonly paper: string;
  readonly yes: string;
  readonly no: string;
  readonly separator: string;
  readonly recommendation: string;
  readonly amendment: (number: number) => string;
  readonly language: Record<Language, string>;
}

const en: TableWording = {
  amendmentsSheet: "Amendments",
  amendmentColumns: ["Number", "Paragraph", "Action", "Author", "Co-sponsors", "Status", "Decision", "Language", "Text"],
  participantsSheet: "Participants",
  participantColumns: ["Name", "Delegation", "Parliament", "Gender", "Birth year or age", "Languages", "Roles", "Email", "Active"],
  votesSheet: "Votes",
  voteColumns: ["Body or group", "Subject", "Method", "Status", "Round", "For", "Against", "Abstain", "Voters"],
  votersSheet: "Voters",
  voterColumns: ["Vote", "Voter", "Delegation", "Vote cast"],
  status: {
    draft: "Draft",
    submitted: "Submitted",
    withdrawn: "Withdrawn",
    accepted: "Accepted",
    rejected: "Rejected",
    accepted_as_revised: "Accepted as revised",
    merged: "Merged",
  },
  action: { amend: "Amend", insert: "New paragraph", delete: "Delete", amend_title: "Amend the title" },
  method: { consensus: "Consensus", show_of_hands: "Show of hands", electronic: "Electronic vote", roll_call: "Roll call" },
  position: { for: "For", against: "Against", abstain: "Abstain" },
  voteStatus: { open: "Open", closed: "Closed" },
  title: "Title",
  after: (label) => `After ${label}`,
  amends: (n) => `Amends amendment ${n}`,
  paper: "paper amendment",
  yes: "Yes",
  no: "No",
  separator: "; ",
  recommendation: "Recommendations",
  amendment: (n) => `Amendment ${n}`,
  language: { en: "English", fr: "French", es: "Spanish", ar: "Arabic" },
};

const fr: TableWording = {
  amendmentsSheet: "Amendements",
  amendmentColumns: ["Numéro", "Paragraphe", "Action", "Auteur", "Coauteurs", "Statut", "Décision", "Langue", "Texte"],
  participantsSheet: "Participants",
  participantColumns: ["Nom", "Délégation", "Parlement", "Genre", "Année de naissance ou âge", "Langues", "Rôles", "Courriel", "Actif"],
  votesSheet: "Votes",
  voteColumns: ["Organe ou groupe", "Objet", "Mode", "Statut", "Tour", "Pour", "Contre", "Abstention", "Votants"],
  votersSheet: "Votants",
  voterColumns: ["Vote", "Votant", "Délégation", "Vote exprimé"],
  status: {
    draft: "Projet",
    submitted: "Présenté",
    withdrawn: "Retiré",
    accepted: "Accepté",
    rejected: "Rejeté",
    accepted_as_revised: "Accepté tel que révisé",
    merged: "Fusionné",
  },
  action: { amend: "Modifier", insert: "Nouveau paragraphe", delete: "Supprimer", amend_title: "Modifier le titre" },
  method: { consensus: "Consensus", show_of_hands: "À main levée", electronic: "Vote électronique", roll_call: "Appel nominal" },
  position: { for: "Pour", against: "Contre", abstain: "Abstention" },
  voteStatus: { open: "Ouvert", closed: "Clos" },
  title: "Titre",
  after: (label) => `Après ${label}`,
  amends: (n) => `Modifie l’amendement ${n}`,
  paper: "amendement sur papier",
  yes: "Oui",
  no: "Non",
  separator: " ; ",
  recommendation: "Recommandations",
  amendment: (n) => `Amendement ${n}`,
  language: { en: "anglais", fr: "français", es: "espagnol", ar: "arabe" },
};

const es: TableWording = {
  amendmentsSheet: "Enmiendas",
  amendmentColumns: ["Número", "Párrafo", "Acción", "Autor", "Copatrocinadores", "Estado", "Decisión", "Idioma", "Texto"],
  participantsSheet: "Participantes",
  participantColumns: [
    "Nombre",
    "Delegación",
    "Parlamento",
    "Género",
    "Año de nacimiento o edad",
    "Idiomas",
    "Funciones",
    "Correo",
    "Activo",
  ],
  votesSheet: "Votaciones",
  voteColumns: ["Órgano o grupo", "Asunto", "Modalidad", "Estado", "Ronda", "A favor", "En contra", "Abstenciones", "Votantes"],
  votersSheet: "Votantes",
  voterColumns: ["Votación", "Votante", "Delegación", "Voto emitido"],
  status: {
    draft: "Borrador",
    submitted: "Presentada",
    withdrawn: "Retirada",
    accepted: "Aceptada",
    rejected: "Rechazada",
    accepted_as_revised: "Aceptada en su forma revisada",
    merged: "Fusionada",
  },
  action: { amend: "Modificar", insert: "Nuevo párrafo", delete: "Suprimir", amend_title: "Modificar el título" },
  method: { consensus: "Consenso", show_of_hands: "A mano alzada", electronic: "Votación electrónica", roll_call: "Votación nominal" },
  position: { for: "A favor", against: "En contra", abstain: "Abstención" },
  voteStatus: { open: "Abierta", closed: "Cerrada" },
  title: "Título",
  after: (label) => `Después de ${label}`,
  amends: (n) => `Modifica la enmienda ${n}`,
  paper: "enmienda en papel",
  yes: "Sí",
  no: "No",
  separator: "; ",
  recommendation: "Recomendaciones",
  amendment: (n) => `Enmienda ${n}`,
  language: { en: "inglés", fr: "francés", es: "español", ar: "árabe" },
};

const ar: TableWording = {
  amendmentsSheet: "التعديلات",
  amendmentColumns: ["الرقم", "الفقرة", "الإجراء", "مقدم التعديل", "المشاركون في التقديم", "الحالة", "القرار", "اللغة", "النص"],
  participantsSheet: "المشاركون",
  participantColumns: [
    "الاسم",
    "الوفد",
    "البرلمان",
    "النوع الاجتماعي",
    "سنة الميلاد أو الفئة العمرية",
    "اللغات",
    "الأدوار",
    "البريد الإلكتروني",
    "نشط",
  ],
  votesSheet: "عمليات التصويت",
  voteColumns: ["الهيئة أو المجموعة", "الموضوع", "طريقة التصويت", "الحالة", "الجولة", "مؤيد", "معارض", "ممتنع", "المصوتون"],
  votersSheet: "المصوتون",
  voterColumns: ["التصويت", "المصوت", "الوفد", "الصوت"],
  status: {
    draft: "مسودة",
    submitted: "مقدَّم",
    withdrawn: "مسحوب",
    accepted: "مقبول",
    rejected: "مرفوض",
    accepted_as_revised: "مقبول بصيغة منقحة",
    merged: "مدمج",
  },
  action: { amend: "تعديل", insert: "فقرة جديدة", delete: "حذف", amend_title: "تعديل العنوان" },
  method: { consensus: "بتوافق الآراء", show_of_hands: "برفع الأيدي", electronic: "تصويت إلكتروني", roll_call: "بنداء الأسماء" },
  position: { for: "مؤيد", against: "معارض", abstain: "ممتنع" },
  voteStatus: { open: "مفتوح", closed: "مغلق" },
  title: "العنوان",
  after: (label) => `بعد ${label}`,
  amends: (n) => `يعدل التعديل ${n}`,
  paper: "تعديل ورقي",
  yes: "نعم",
  no: "لا",
  separator: "، ",
  recommendation: "التوصيات",
  amendment: (n) => `التعديل ${n}`,
  language: { en: "الإنكليزية", fr: "الفرنسية", es: "الإسبانية", ar: "العربية" },
};

export const TABLE_WORDING: Record<Language, TableWording> = { en, fr, es, ar };

import type { LanguageRules } from "./rules.js";

/** French drafts: "Considérant", "Rappelant", "Ayant à l'esprit"; operative verbs in the present tense. */
export const fr: LanguageRules = {
  skip: ["également", "aussi", "en", "outre", "profondément", "vivement", "gravement", "sérieusement", "fermement", "de", "plus", "par", "ailleurs", "et", "en outre"],
  preambular: [
    "considérant", "rappelant", "ayant à l'esprit", "ayant examiné", "ayant", "tenant compte", "vu", "consciente", "conscientes", "conscient",
    "convaincue", "convaincu", "résolue", "résolu", "soucieuse", "soucieux", "désireuse", "désireux", "persuadée", "persuadé", "préoccupée",
    "préoccupé", "alarmée", "alarmé", "notant", "reconnaissant", "soulignant", "réaffirmant", "saluant", "prenant note", "gardant à l'esprit",
    "attendu que", "constatant", "déplorant", "exprimant", "affirmant", "insistant",
  ],
  operative: [
    "demande", "invite", "exhorte", "prie", "engage", "encourage", "recommande", "décide", "appelle", "souligne", "réaffirme", "condamne",
    "affirme", "salue", "prend note", "exprime", "insiste", "incite", "presse", "approuve", "accueille", "note", "rappelle", "reconnaît",
    "reconnait", "constate", "estime", "considère", "souhaite", "appuie", "soutient", "charge", "lance", "déplore", "réitère", "attire",
    "sollicite", "enjoint", "propose", "confirme", "adopte", "proclame", "déclare", "fait", "demandent", "invitent", "se félicite",
  ],
  preambularEnding: /(ant|ée|ées)$/u,
  operativeEnding: null,
  formula: /^((en\s+conséquence|par\s+conséquent),?(\s.*)?|(l['’]|le\s|la\s|les\s).*\b(assemblée|conseil|commission|comité|forum|conférence|parlement|union|sommet)\b.*)[,:]$/iu,
  sponsor: /^((projet|projet révisé)\s+de\s+(résolution|décision|déclaration)\s+)?(présentée?s?|soumise?s?|déposée?s?|proposée?s?)\s+par\b/iu,
  article: /^article\s+(\d+|premier|[ivxlc]+)\b/iu,
  months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  frontMatter: [
    /^original\s*:/iu, /^distr(\.|ibution)?\s*:?/iu, /^(générale|limitée|restreinte)$/iu, /\bsession\b/iu, /^point\s+\d+\s+de\s+l['’]ordre\s+du\s+jour\b/iu,
    /^(projet\s+de\s+|projet\s+révisé\s+de\s+)?(résolution|décision|déclaration)\s+(adoptée|présentée|soumise|approuvée)\b/iu,
    /^(projet\s+de\s+|projet\s+révisé\s+de\s+)?(résolution|décision|déclaration)$/iu,
    /^\d+(e|ème|re)\s+assemblée\b/iu, /^pour la démocratie\.\s*pour tous\.?$/iu, /séance plénière/iu,
  ],
  missing: "[traduction manquante]",
  stopWords: ["les", "des", "du", "une", "et", "aux", "la", "le", "dans", "pour", "que", "sur", "est", "à"],
};

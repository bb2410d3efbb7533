import type { LanguageRules } from "./rules.js";

/** Spanish drafts: "Considerando", "Recordando", "Teniendo presente"; operative verbs in the present tense. */
export const es: LanguageRules = {
  skip: ["también", "además", "asimismo", "profundamente", "gravemente", "seriamente", "firmemente", "igualmente", "y", "por", "otra", "parte"],
  preambular: [
    "considerando", "recordando", "teniendo presente", "teniendo en cuenta", "habiendo examinado", "consciente", "conscientes", "resuelta",
    "resuelto", "convencida", "convencido", "preocupada", "preocupado", "alarmada", "alarmado", "reconociendo", "observando", "reafirmando",
    "acogiendo con beneplácito", "destacando", "subrayando", "expresando", "afirmando", "tomando nota", "deseosa", "deseoso", "visto",
  ],
  operative: [
    "exhorta", "insta", "pide", "invita", "alienta", "recomienda", "decide", "solicita", "exige", "condena", "reafirma", "acoge", "toma nota",
    "hace", "subraya", "destaca", "reconoce", "expresa", "apoya", "celebra", "observa", "afirma", "recuerda", "declara", "encomia", "lamenta",
    "deplora", "propone", "reitera", "señala", "llama", "considera", "encarga", "aprueba", "respalda", "manifiesta", "felicita", "advierte",
    "estima", "convoca", "anima", "urge", "promueve", "fomenta", "proclama", "adopta",
  ],
  preambularEnding: /(ando|iendo|yendo|ada|ado|adas|ados|ida|ido|idas|idos)$/u,
  operativeEnding: null,
  formula: /^((por\s+(lo\s+)?tanto|en\s+consecuencia),?(\s.*)?|(la|el|los|las)\s.*\b(asamblea|consejo|comisión|comité|foro|conferencia|parlamento|unión|cumbre)\b.*)[,:]$/iu,
  sponsor: /^((proyecto|proyecto revisado)\s+de\s+(resolución|decisión|declaración)\s+)?(presentad[oa]s?|sometid[oa]s?|propuest[oa]s?)\s+por\b/iu,
  article: /^artículo\s+(\d+|primero|[ivxlc]+)\b/iu,
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"],
  frontMatter: [
    /^original\s*:/iu, /^distr(\.|ibución)?\s*:?/iu, /^(general|limitada|reservada)$/iu, /\b(período|periodo)\s+de\s+sesiones\b/iu, /^tema\s+\d+\s+del\s+programa\b/iu,
    /^(proyecto\s+de\s+|proyecto\s+revisado\s+de\s+)?(resolución|decisión|declaración)\s+(aprobada|presentada|sometida|adoptada)\b/iu,
    /^(proyecto\s+de\s+|proyecto\s+revisado\s+de\s+)?(resolución|decisión|declaración)$/iu,
    /^\d+(ª|a|°|º)\s+asamblea\b/iu, /^por la democracia\.\s*para todos\.?$/iu, /sesión plenaria/iu,
  ],
  missing: "[falta la traducción]",
  stopWords: ["los", "las", "del", "una", "y", "el", "la", "en", "por", "para", "que", "con", "su"],
};

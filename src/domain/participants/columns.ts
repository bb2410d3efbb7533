import type { Gender } from "../model.js";
import { isLanguage, type Language } from "../language.js";

/** The columns an import understands, each with the header names that mean it. */
export const COLUMNS = {
  name: ["name", "full_name"],
  parliament: ["parliament", "country", "parliament_or_country", "member_parliament"],
  gender: ["gender", "sex"],
  birth_year: ["birth_year", "year_of_birth", "born"],
  age_band: ["age_band", "age", "age_group"],
  languages: ["languages", "language"],
  email: ["email", "e_mail", "email_address"],
  role: ["role"],
  delegation: ["delegation"],
} as const;

export type Column = keyof typeof COLUMNS;
export const REQUIRED_COLUMNS: readonly Column[] = ["name", "parliament", "gender"];

/** The roles an import may give; others (secretariat, chair, rapporteur, presiding officer) are given elsewhere. */
export const IMPORT_ROLES = ["participant", "observer", "bureau_member"] as const;
export type ImportRole = (typeof IMPORT_ROLES)[number];

/** Which column a header names, whatever its case, spacing or hyphens; null when unknown. */
export const columnOf = (header: string): Column | null => {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  for (const [column, names] of Object.entries(COLUMNS)) if ((names as readonly string[]).includes(key)) return column as Column;
  return null;
};

const GENDERS: Record<string, Gender> = {
  woman: "woman",
  female: "woman",
  f: "woman",
  w: "woman",
  femme: "woman",
  mujer: "woman",
  امرأة: "woman",
  أنثى: "woman",
  man: "man",
  male: "man",
  m: "man",
  homme: "man",
  hombre: "man",
  رجل: "man",
  ذكر: "man",
  other: "other",
  x: "other",
  autre: "other",
  otro: "other",
  undisclosed: "undisclosed",
  "": "undisclosed",
};

/** Reads a gender in English, French, Spanish or Arabic; an empty cell means undisclosed. */
export const parseGender = (value: string): Gender | null => GENDERS[value.trim().toLowerCase()] ?? null;

const LANGUAGE_NAMES: Record<string, Language> = {
  english: "en",
  anglais: "en",
  inglés: "en",
  ingles: "en",
  french: "fr",
  français: "fr",
  francais: "fr",
  francés: "fr",
  frances: "fr",
  spanish: "es",
  espagnol: "es",
  español: "es",
  espanol: "es",
  arabic: "ar",
  arabe: "ar",
  árabe: "ar",
  العربية: "ar",
};

/** Reads a list of working languages ("en; ar", "English, Arabic"); returns the unknown ones too. */
export const parseLanguages = (value: string): { languages: Language[]; unknown: string[] } => {
  const languages: Language[] = [];
  const unknown: string[] = [];
  for (const raw of value.split(/[;,/|\s]+/).filter((s) => s !== "")) {
    const word = raw.toLowerCase();
    const lang = isLanguage(word) ? word : LANGUAGE_NAMES[word];
    if (!lang) unknown.push(raw);
    else if (!languages.includes(lang)) languages.push(lang);
  }
  return { languages, unknown };
};

/**
 * Reads an age band and writes it one way: "<45", "45-59", "60+". Accepts "under 45", "45–59",
 * "60 and over". IPU counts parliamentarians under 45 as young.
 */
export const parseAgeBand = (value: string): string | null => {
  const v = value.trim().toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ");
  let m = /^(?:<|under |below |less than )(\d{1,3})$/.exec(v);
  if (m) return `<${Number(m[1])}`;
  m = /^(\d{1,3}) ?- ?(\d{1,3})$/.exec(v);
  if (m && Number(m[1]) < Number(m[2])) return `${Number(m[1])}-${Number(m[2])}`;
  m = /^(\d{1,3}) ?(?:\+|and over|or over|or more|and above)$/.exec(v);
  if (m) return `${Number(m[1])}+`;
  return null;
};

/** Reads a role from the role column; an empty cell means participant. */
export const parseRole = (value: string): ImportRole | null => {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (v === "") return "participant";
  if (v === "bureau") return "bureau_member";
  return (IMPORT_ROLES as readonly string[]).includes(v) ? (v as ImportRole) : null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A plausible email address, lower-cased; null when it is not one. */
export const parseEmail = (value: string): string | null => {
  const v = value.trim().toLowerCase();
  return v.length <= 254 && EMAIL.test(v) ? v : null;
};

import { directionOf, type Language } from "../../domain/language.js";
import type { ExportSheet } from "./table.js";
import { TABLE_WORDING } from "./wording.js";

/** A participant as the list gives it. */
export interface ParticipantRow {
  readonly name: string;
  readonly delegation: string | null;
  readonly parliament: string;
  readonly gender: string;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
  readonly languages: readonly string[];
  readonly roles: readonly string[];
  readonly email: string | null;
  readonly active: boolean;
}

const GENDERS: Record<Language, Record<string, string>> = {
  en: { woman: "Woman", man: "Man", other: "Other", undisclosed: "Not stated" },
  fr: { woman: "Femme", man: "Homme", other: "Autre", undisclosed: "Non précisé" },
  es: { woman: "Mujer", man: "Hombre", other: "Otro", undisclosed: "No indicado" },
  ar: { woman: "امرأة", man: "رجل", other: "آخر", undisclosed: "غير محدد" },
};

/** The participants of an event as one sheet, by delegation and name. */
export const participantSheet = (rows: readonly ParticipantRow[], language: Language): ExportSheet => {
  const w = TABLE_WORDING[language];
  const widths = [30, 24, 20, 14, 14, 14, 30, 32, 8];
  return {
    name: w.participantsSheet,
    direction: directionOf(language),
    columns: w.participantColumns.map((header, i) => ({ header, width: widths[i] ?? 16 })),
    rows: rows.map((p) => [
      p.name,
      p.delegation ?? "",
      p.parliament,
      GENDERS[language][p.gender] ?? p.gender,
      p.birthYear ?? p.ageBand ?? "",
      p.languages.map((l) => w.language[l as Language] ?? l).join(w.separator),
      p.roles.join(w.separator),
      p.email ?? "",
      p.active ? w.yes : w.no,
    ]),
  };
};

import type { Language } from "../../domain/language.js";
import type { ReportWording } from "./reports.js";
import { reportsAr } from "./reports-ar.js";
import { reportsEn } from "./reports-en.js";
import { reportsEs } from "./reports-es.js";
import { reportsFr } from "./reports-fr.js";

const ALL: Readonly<Record<Language, ReportWording>> = { en: reportsEn, fr: reportsFr, es: reportsEs, ar: reportsAr };

/** The fixed wording of the reports in a language. */
export const reportWordingFor = (language: Language): ReportWording => ALL[language];

import type { Language } from "../../domain/language.js";
import { ar } from "./ar.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { MailWording } from "./wording.js";

const ALL: Readonly<Record<Language, MailWording>> = { en, fr, es, ar };

/** The fixed wording of outgoing mail in a language. */
export const mailWordingFor = (language: Language): MailWording => ALL[language];

import type { Language } from "../../domain/language.js";
import { ar } from "./ar.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { Wording } from "./wording.js";

const ALL: Readonly<Record<Language, Wording>> = { en, fr, es, ar };

/** The fixed wording of documents in a language. */
export const wordingFor = (language: Language): Wording => ALL[language];

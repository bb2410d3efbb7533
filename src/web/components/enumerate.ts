import type { Language } from "../../domain/language.js";

/** The separator of a plain list in the interface's language: the Arabic comma in Arabic, a Latin comma elsewhere. */
export const listSeparator = (language: Language): string => (language === "ar" ? "، " : ", ");

/** Items of a list shown as one phrase ("Group 1, Group 2"; "المجموعة 1، المجموعة 2"), in the interface's language. */
export const enumerate = (items: readonly (string | number)[], language: Language): string => items.join(listSeparator(language));

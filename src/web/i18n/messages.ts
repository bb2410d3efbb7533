import { isLanguage, type Language } from "../../domain/language.js";

type Messages = Record<string, unknown>;

/** Each language's messages, fetched when first needed: a reader downloads their language (and English, the fallback) only. */
const MESSAGES: Readonly<Record<Language, () => Promise<{ default: Messages }>>> = {
  en: () => import("./en.json", { with: { type: "json" } }),
  fr: () => import("./fr.json", { with: { type: "json" } }),
  ar: () => import("./ar.json", { with: { type: "json" } }),
  es: () => import("./es.json", { with: { type: "json" } }),
};

/** One language's messages; the browser keeps a module it has loaded, so asking again costs nothing. */
export const messagesOf = (language: Language): Promise<{ default: Messages }> => MESSAGES[language]();

/** The languages whose messages a reader needs: their own and English, the fallback. */
export const messageLanguages = (language: Language): Language[] => [...new Set([language, "en" as const])];

export const STORAGE_KEY = "rapporteur.language";

const stored = (): Language | null => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
};

const fromBrowser = (): Language | null => {
  for (const tag of window.navigator.languages ?? []) {
    const base = tag.split("-")[0]?.toLowerCase();
    if (isLanguage(base)) return base;
  }
  return null;
};

/** The language the reader chose last time, else the browser's, else English. */
export const initialLanguage = (): Language => stored() ?? fromBrowser() ?? "en";

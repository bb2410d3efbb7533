import i18next, { type FormatterModule } from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { directionOf, isLanguage, LANGUAGES, type Language } from "../../domain/language.js";
import { formatNumber, formatterOf, onDigitsChange, useDigits, type Formatter } from "./digits.js";
import ar from "./ar.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };

const STORAGE_KEY = "rapporteur.language";

/** Each language named in itself, for the switcher. */
export const ENDONYMS: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  ar: "العربية",
  es: "Español",
};

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

const applyToDocument = (language: Language): void => {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
};

/** Switches the interface language, remembers it, and mirrors the page for Arabic. */
export const chooseLanguage = async (language: Language): Promise<void> => {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
};

/** i18next's formatter: a number interpolated into a sentence is written by the one number formatter, in the chosen digits. */
export const numbersInDigits: FormatterModule = {
  type: "formatter",
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, lng) => (typeof value === "number" && isLanguage(lng) ? formatNumber(value, lng) : value) as string,
};

export const initI18n = async (): Promise<void> => {
  const language = initialLanguage();
  i18next.on("languageChanged", (lng) => {
    if (isLanguage(lng)) applyToDocument(lng);
  });
  applyToDocument(language);
  await i18next
    .use(numbersInDigits)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar }, es: { translation: es } },
      lng: language,
      supportedLngs: [...LANGUAGES],
      fallbackLng: "en",
      // Every number a sentence holds (counts, amendment numbers, minutes) goes through the one formatter, in the chosen digits.
      interpolation: { escapeValue: false, alwaysFormat: true },
      // Screens redraw their sentences when the digits change, as when the language does.
      react: { bindI18n: "languageChanged digitsChanged" },
      returnNull: false,
    });
  onDigitsChange(() => i18next.emit("digitsChanged"));
};

/** The current interface language, which is also the language documents are shown in. */
export const useLanguage = (): Language => {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en";
};

/** Numbers, dates and times in the interface language and the reader's digits, redrawn when either changes. */
export const useFormat = (): Formatter => {
  const language = useLanguage();
  return formatterOf(language, useDigits());
};

import i18next, { type FormatterModule, type TFunction } from "i18next";
import { useEffect, useState } from "react";
import { initReactI18next, useTranslation } from "react-i18next";
import { directionOf, isLanguage, LANGUAGES, type Language } from "../../domain/language.js";
import { initialLanguage, messageLanguages, messagesOf, STORAGE_KEY } from "./messages.js";
import { formatNumber, formatterOf, onDigitsChange, useDigits, type Formatter } from "./digits.js";

const fetching = new Map<Language, Promise<void>>();

/** Makes one language's messages available (once); a hall screen or document in another language asks for its own. */
export const ensureLanguage = (language: Language): Promise<void> => {
  if (i18next.hasResourceBundle(language, "translation")) return Promise.resolve();
  let loading = fetching.get(language);
  if (!loading) {
    loading = messagesOf(language).then(
      (m) => {
        i18next.addResourceBundle(language, "translation", m.default);
      },
      (cause: unknown) => {
        // A failed download (the network dropped) is tried again at the next ask.
        fetching.delete(language);
        throw cause;
      },
    );
    fetching.set(language, loading);
  }
  return loading;
};

/**
 * Words in a language other than the interface's (a hall's screen, a presenter's view): `ready` once its messages
 * are here, and the screen shows nothing of its own words until then rather than a flash of English.
 */
export const useMessagesOf = (language: Language): { t: TFunction; ready: boolean } => {
  const { i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const ready = i18n.hasResourceBundle(language, "translation");
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void ensureLanguage(language).then(
      () => setAttempt((n) => n + 1),
      () => (timer = setTimeout(() => setAttempt((n) => n + 1), 2_000)),
    );
    return () => clearTimeout(timer);
  }, [language, ready, attempt]);
  return { t: i18n.getFixedT(language), ready };
};

/** Each language named in itself, for the switcher. */
export const ENDONYMS: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  ar: "العربية",
  es: "Español",
};

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
  await ensureLanguage(language);
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
      resources: Object.fromEntries(
        await Promise.all(messageLanguages(language).map(async (l) => [l, { translation: (await messagesOf(l)).default }] as const)),
      ),
      lng: language,
      supportedLngs: [...LANGUAGES],
      fallbackLng: "en",
      // Every number a sentence holds (counts, amendment numbers, minutes) goes through the one formatter, in the chosen digits.
      interpolation: { escapeValue: false, alwaysFormat: true },
      // Screens redraw their sentences when the digits change, as when the language does.
      react: { bindI18n: "languageChanged digitsChanged" },
      returnNull: false,
      // Keys are dotted paths and never name a namespace: said once, so no key is searched for either.
      keySeparator: ".",
      nsSeparator: false,
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

import { useEffect } from "react";
import { directionOf, type Language } from "../../domain/language.js";

/** Puts the whole document in the room's language and direction while a hall's screen shows. */
export const useDocumentLanguage = (language: Language): void => {
  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = language;
    root.dir = directionOf(language);
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [language]);
};

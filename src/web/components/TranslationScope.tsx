import { createContext, useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { useLanguage } from "../i18n/index.js";
import { Badge } from "./Badge.js";

const MissingHere = createContext(false);

/** True inside a part of the page that has already said it is shown untranslated. */
export const useMissingHere = (): boolean => useContext(MissingHere);

const originalsOf = (texts: readonly MultilingualText[]): Language[] => [...new Set(texts.map((text) => text.original))];

interface TranslationScopeProps {
  /** Every text shown in this part of the page. */
  readonly texts: readonly MultilingualText[];
  readonly children: ReactNode;
}

/**
 * When none of the texts of a part of the page exists in the reader's language, says so once,
 * at its top, and lets the texts below show their originals without repeating the badge.
 * Anything partly translated keeps a badge on each missing text.
 */
export const TranslationScope = ({ texts, children }: TranslationScopeProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const parentMissing = useMissingHere();
  const missing = parentMissing || (texts.length > 0 && texts.every((text) => !text.versions[language]));
  const originals = originalsOf(texts)
    .map((code) => t(`languageName.${code}`))
    .join(t("list.separator"));
  return (
    <MissingHere.Provider value={missing}>
      {missing && !parentMissing && (
        <div className="notice notice-missing" role="note">
          <Badge tone="missing">{t("translation.missing")}</Badge>
          <p>{t("translation.scopeMissing", { language: t(`languageName.${language}`), originals })}</p>
        </div>
      )}
      {children}
    </MissingHere.Provider>
  );
};

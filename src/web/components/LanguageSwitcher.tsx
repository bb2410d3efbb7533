import { useTranslation } from "react-i18next";
import { directionOf, isLanguage, LANGUAGES } from "../../domain/language.js";
import { chooseLanguage, ENDONYMS, useLanguage } from "../i18n/index.js";

/**
 * Chooses the interface and document language; each language is named in itself. A native list: every browser,
 * screen reader and phone knows it, and the first page loads no pop-up machinery for it.
 */
export const LanguageSwitcher = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <label className="language-switcher">
      <span className="language-switcher-label">{t("header.language")}</span>
      <span className="language-switcher-button">
        <span aria-hidden="true" className="language-switcher-icon">
          <svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5">
            <circle cx="10" cy="10" r="8" />
            <path d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16" />
          </svg>
        </span>
        <select
          className="language-switcher-select"
          data-testid="language-switcher"
          value={language}
          onChange={(e) => {
            if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code} dir={directionOf(code)}>
              {ENDONYMS[code]}
            </option>
          ))}
        </select>
      </span>
    </label>
  );
};

import { useTranslation } from "react-i18next";
import { chooseDigits, DIGITS, useDigits } from "../i18n/digits.js";
import { useLanguage } from "../i18n/index.js";

/** Chooses Arabic-Indic or Latin digits for the Arabic interface; the other interfaces write Latin digits only, so it shows in Arabic alone. */
export const DigitsSwitcher = () => {
  const { t } = useTranslation();
  const digits = useDigits();
  const language = useLanguage();
  if (language !== "ar") return null;
  return (
    <label className="language-switcher">
      <span className="language-switcher-label">{t("digits.label")}</span>
      <span className="language-switcher-button">
        <select
          className="language-switcher-select"
          data-testid="digits-switcher"
          value={digits}
          onChange={(e) => {
            if (e.target.value === "arab" || e.target.value === "latn") chooseDigits(e.target.value);
          }}
        >
          {DIGITS.map((d) => (
            <option key={d} value={d}>
              {t(`digits.${d}`)}
            </option>
          ))}
        </select>
      </span>
    </label>
  );
};

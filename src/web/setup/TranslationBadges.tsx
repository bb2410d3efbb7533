import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import type { TranslationStatus } from "../../domain/multilingual.js";
import type { Translations } from "./types.js";

const TONE: Record<TranslationStatus, string> = { missing: "badge-missing", draft: "badge-draft", final: "badge-final" };

/** A translation status as a badge: missing, draft or final. */
export const StatusBadge = ({ status }: { status: TranslationStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`setup.ml.status.${status}`)}</span>;
};

/** The weakest translation status of a subject's texts, per working language. */
export const TranslationBadges = ({ translations, languages }: { translations: Translations; languages: readonly Language[] }) => {
  const { t } = useTranslation();
  return (
    <ul className="setup-translations" aria-label={t("setup.ml.translations")}>
      {languages.map((language) => (
        <li key={language}>
          <span className="setup-translations-language">{t(`languageName.${language}`)}</span>{" "}
          <StatusBadge status={translations[language] ?? "missing"} />
        </li>
      ))}
    </ul>
  );
};

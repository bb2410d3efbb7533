import { useId } from "react";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { editorLanguages, statusIn, withOriginal, withStatus, withText } from "./ml.js";
import { StatusBadge } from "./TranslationBadges.js";

interface MlEditorProps {
  readonly label: string;
  readonly value: MultilingualText;
  readonly onChange: (value: MultilingualText) => void;
  /** The event's working languages, each shown whether written or not. */
  readonly languages: readonly Language[];
  readonly multiline?: boolean;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

/**
 * Edits a multilingual text: one line per working language with its text, its status (missing until
 * written, then draft or final) and which language is the original. Each text runs in its own direction.
 */
export const MlEditor = ({ label, value, onChange, languages, multiline = false, error, required }: MlEditorProps) => {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="ml-editor"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      tabIndex={error ? -1 : undefined}
    >
      <legend className="field-label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {editorLanguages(value, languages).map((language) => {
        const name = t(`languageName.${language}`);
        const status = statusIn(value, language);
        const original = value.original === language;
        const inputId = `${id}-${language}`;
        const common = {
          id: inputId,
          className: "field-input",
          lang: language,
          dir: directionOf(language),
          value: value.versions[language]?.text ?? "",
          "aria-describedby": [`${inputId}-status`, error ? errorId : null].filter(Boolean).join(" "),
          "aria-invalid": error ? true : undefined,
          onChange: (e: { target: { value: string } }) => onChange(withText(value, language, e.target.value)),
        };
        return (
          <div key={language} className="ml-editor-row" data-language={language}>
            <label htmlFor={inputId} className="ml-editor-language">
              {t("setup.ml.inLanguage", { field: label, language: name })}
            </label>
            <span id={`${inputId}-status`} className="ml-editor-status">
              <StatusBadge status={status} />
              {original && <span className="badge badge-neutral">{t("setup.ml.original")}</span>}
            </span>
            {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
            <div className="ml-editor-controls">
              {status !== "missing" && (
                <label className="ml-editor-choice">
                  <input
                    type="checkbox"
                    checked={status === "draft"}
                    onChange={(e) => onChange(withStatus(value, language, e.target.checked ? "draft" : "final"))}
                  />
                  <span>{t("setup.ml.markDraft", { language: name })}</span>
                </label>
              )}
              <label className="ml-editor-choice">
                <input type="radio" name={`${id}-original`} checked={original} onChange={() => onChange(withOriginal(value, language))} />
                <span>{t("setup.ml.isOriginal", { language: name })}</span>
              </label>
            </div>
          </div>
        );
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
};

import type { ElementType } from "react";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { useLanguage } from "../i18n/index.js";
import { Badge } from "./Badge.js";
import { RichText } from "./RichText.js";
import { useMissingHere } from "./TranslationScope.js";

interface MlProps {
  readonly text: MultilingualText;
  /** The element to render; inline elements keep the original beside the badge, blocks put it below. */
  readonly as?: ElementType;
  readonly className?: string;
  readonly id?: string;
  /** Footnote markers in the text link to the notes of this document. */
  readonly footnoteScope?: string;
}

/**
 * Shows a multilingual text in the reader's language. A missing translation is said to be
 * missing, and the original follows, marked with its language: it is never passed off as
 * a translation. Inside a TranslationScope that has already said so, the original shows
 * with its language marked in the markup only. A draft translation carries a badge.
 */
export const Ml = ({ text, as: Tag = "span", className, id, footnoteScope }: MlProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const missingHere = useMissingHere();
  const version = text.versions[language];
  if (version) {
    return (
      <Tag className={className} id={id} lang={language}>
        <RichText text={version.text} footnoteScope={footnoteScope} />
        {version.status === "draft" && (
          <>
            {" "}
            <Badge tone="draft">{t("translation.draft")}</Badge>
          </>
        )}
      </Tag>
    );
  }
  const original = text.versions[text.original];
  if (missingHere && original) {
    return (
      <Tag className={className} id={id} lang={text.original} dir={directionOf(text.original)}>
        <RichText text={original.text} footnoteScope={footnoteScope} />
      </Tag>
    );
  }
  const classes = ["ml-missing", className].filter(Boolean).join(" ");
  return (
    <Tag className={classes} id={id}>
      <Badge tone="missing">{t("translation.missing")}</Badge>{" "}
      {original ? (
        <span className="ml-original" lang={text.original} dir={directionOf(text.original)}>
          <span className="ml-original-language" lang={language} dir={directionOf(language)}>
            {t("translation.original", { language: t(`languageName.${text.original}`) })}
          </span>{" "}
          <RichText text={original.text} footnoteScope={footnoteScope} />
        </span>
      ) : (
        <span className="ml-original">{t("translation.noText")}</span>
      )}
    </Tag>
  );
};

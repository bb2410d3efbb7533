import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import { diffWords } from "../../domain/text/diff.js";
import { subParagraphLetter } from "../../domain/text/labels.js";
import { Badge } from "../components/Badge.js";
import { TrackedChanges } from "./TrackedChanges.js";
import { TranslationForm } from "./TranslationForm.js";
import { api } from "../api/client.js";
import type { LanguageVersionView, ParagraphView, RevisionView, SubParagraphView, TranslationBody } from "./types.js";
import { UiText } from "./UiText.js";
import { VersionText } from "./VersionText.js";

export interface CellContext {
  readonly draftId: string;
  readonly version: number;
  readonly translate: boolean;
  readonly numberOf: (amendmentId: string) => number | string;
  readonly onChanged: () => void;
}

const pick = (versions: readonly LanguageVersionView[], language: Language): LanguageVersionView =>
  versions.find((v) => v.language === language) ?? { language, text: null, status: "missing", original: false };

/** A translator's button and form for one language of one text. */
const Translatable = ({
  ctx,
  id,
  label,
  version,
  wording,
}: {
  ctx: CellContext;
  id: string;
  label: string;
  version: LanguageVersionView;
  wording: NonNullable<TranslationBody["wording"]>;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!ctx.translate || version.original) return null;
  if (open)
    return (
      <TranslationForm
        label={label}
        language={version.language}
        initial={version.text ?? ""}
        save={(text, status) =>
          api.drafts.translate({
            params: { id: ctx.draftId, paragraphId: id, lang: version.language },
            body: { text, status, version: ctx.version, wording },
          })
        }
        onDone={() => {
          setOpen(false);
          ctx.onChanged();
        }}
      />
    );
  return (
    <Button className="button button-link" onPress={() => setOpen(true)}>
      <UiText>{version.text === null ? t("drafts.translate.supply") : t("drafts.translate.edit")}</UiText>
    </Button>
  );
};

/**
 * The wording accepted amendments gave a text, in one language; until a translator supplies it, "amended —
 * translation needed" with the change marked in the language it was made in.
 */
const Revision = ({
  ctx,
  item,
  revision,
  language,
}: {
  ctx: CellContext;
  item: ParagraphView | SubParagraphView;
  revision: RevisionView;
  language: Language;
}) => {
  const { t } = useTranslation();
  const version = pick(revision.languages, language);
  const made = revision.language;
  const changes =
    version.text === null ? diffWords(pick(item.languages, made).text ?? "", pick(revision.languages, made).text ?? "", made) : null;
  return (
    <div className="revision" data-testid="revision">
      <p className="revision-heading">
        <UiText>{t("drafts.revisedBy", { numbers: revision.amendments.map(ctx.numberOf).join(t("list.separator")) })}</UiText>
      </p>
      {changes ? (
        <div className="revision-untranslated" data-testid="amended-translation-needed">
          <p className="version-missing">
            <UiText>
              <Badge tone="missing">{t("drafts.revision.translationNeeded", { language: t(`languageName.${made}`) })}</Badge>
            </UiText>
          </p>
          <p className="version-text" lang={made} dir={directionOf(made)}>
            <TrackedChanges changes={changes} language={made} />
          </p>
        </div>
      ) : (
        <VersionText version={version} />
      )}
      <Translatable ctx={ctx} id={item.id} label={item.label} version={version} wording="revised" />
    </div>
  );
};

/** One text (paragraph or sub-paragraph) in one language, with its revision and translation tools. */
const TextIn = ({ ctx, item, language }: { ctx: CellContext; item: ParagraphView | SubParagraphView; language: Language }) => {
  const version = pick(item.languages, language);
  return (
    <>
      <VersionText version={version} />
      <Translatable ctx={ctx} id={item.id} label={item.label} version={version} wording="current" />
      {item.revision && <Revision ctx={ctx} item={item} revision={item.revision} language={language} />}
    </>
  );
};

/** A paragraph and its sub-paragraphs in one language, laid out in that language's direction. */
export const LanguageCell = ({ ctx, paragraph, language }: { ctx: CellContext; paragraph: ParagraphView; language: Language }) => (
  <div className="language-column">
    <div className="language-cell" dir={directionOf(language)} data-language={language}>
      <TextIn ctx={ctx} item={paragraph} language={language} />
      {paragraph.subParagraphs.length > 0 && (
        <ol className="subparagraphs">
          {paragraph.subParagraphs.map((sub, i) => (
            <li key={sub.id}>
              <span className="subparagraph-label" lang={language}>
                ({subParagraphLetter(i, language)})
              </span>
              <div>
                <TextIn ctx={ctx} item={sub} language={language} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  </div>
);

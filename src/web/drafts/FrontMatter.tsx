import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import { api } from "../api/client.js";
import { TranslationForm } from "./TranslationForm.js";
import { UiText } from "./UiText.js";
import type { DraftContext } from "./ParagraphBlock.js";

const roleKey = (role: string): string => role.replace(/\s+/g, "_");

/** The masthead, symbol, dates and sponsor line the draft came with: kept with it, shown folded above its text. */
export const FrontMatterLines = ({ ctx }: { ctx: DraftContext }) => {
  const { t } = useTranslation();
  const lines = ctx.draft.frontMatter;
  if (lines.length === 0) return null;
  return (
    <details className="front-matter" data-testid="front-matter">
      <summary>{t("drafts.frontMatter.heading", { count: lines.length })}</summary>
      <dl>
        {lines.map((line, i) => (
          <div key={`${line.role}-${i}`} className="front-matter-line">
            <dt>{t(`drafts.frontMatter.roles.${roleKey(line.role)}`)}</dt>
            <dd lang={line.language} dir={directionOf(line.language)}>
              {line.text}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
};

/** One language of the enacting formula: its text, "not yet translated" beside the original, and a translator's form. */
const PrefaceColumn = ({ ctx, language }: { ctx: DraftContext; language: Language }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const preface = ctx.draft.preface!;
  const version = preface.versions[language];
  const shown = version ? language : preface.original;
  const translatable = ctx.draft.permissions.translate && language !== preface.original;
  return (
    <div className="language-column">
      <p className={version ? "preface-text" : "preface-text muted"} lang={shown} dir={directionOf(shown)}>
        {version?.text ?? preface.versions[preface.original]?.text ?? ""}
      </p>
      {!version && <p className="muted small">{t("drafts.frontMatter.untranslated")}</p>}
      {version?.status === "draft" && <p className="muted small">{t("drafts.status.draft")}</p>}
      {translatable &&
        (open ? (
          <TranslationForm
            label={t("drafts.frontMatter.preface")}
            language={language}
            initial={version?.text ?? ""}
            save={(text, status) =>
              api.drafts.translatePreface({
                params: { id: ctx.draft.id, lang: language },
                body: { text, status, version: ctx.draft.version },
              })
            }
            onDone={() => {
              setOpen(false);
              ctx.onChanged();
            }}
          />
        ) : (
          <Button className="button button-link" onPress={() => setOpen(true)} data-testid="preface-translate">
            <UiText>{version ? t("drafts.translate.edit") : t("drafts.translate.supply")}</UiText>
          </Button>
        ))}
    </div>
  );
};

/** The enacting formula before the preamble ("The 143rd Assembly of the Inter-Parliamentary Union,"), in each column's language. */
export const PrefaceLine = ({ ctx }: { ctx: DraftContext }) => {
  const { t } = useTranslation();
  if (!ctx.draft.preface) return null;
  return (
    <section className="draft-preface" aria-label={t("drafts.frontMatter.preface")} data-testid="draft-preface">
      <div className={`language-columns columns-${ctx.columns.length}`}>
        {ctx.columns.map((language) => (
          <PrefaceColumn key={language} ctx={ctx} language={language} />
        ))}
      </div>
    </section>
  );
};

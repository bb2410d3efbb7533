import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
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

/** The enacting formula before the preamble ("The 143rd Assembly of the Inter-Parliamentary Union,"), in each column's language. */
export const PrefaceLine = ({ ctx }: { ctx: DraftContext }) => {
  const { t } = useTranslation();
  const preface = ctx.draft.preface;
  if (!preface) return null;
  return (
    <section className="draft-preface" aria-label={t("drafts.frontMatter.preface")} data-testid="draft-preface">
      <div className={`language-columns columns-${ctx.columns.length}`}>
        {ctx.columns.map((language) => {
          const version = preface.versions[language];
          const shown = version ? language : preface.original;
          return (
            <div key={language} className="language-column">
              <p className={version ? "preface-text" : "preface-text muted"} lang={shown} dir={directionOf(shown)}>
                {version?.text ?? preface.versions[preface.original]?.text ?? ""}
              </p>
              {!version && <p className="muted small">{t("drafts.frontMatter.untranslated")}</p>}
            </div>
          );
        })}
      </div>
    </section>
  );
};

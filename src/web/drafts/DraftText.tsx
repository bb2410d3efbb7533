import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, LANGUAGES } from "../../domain/language.js";
import { PARAGRAPH_KINDS } from "../../domain/text/paragraph.js";
import { VirtualRows } from "../components/VirtualRows.js";
import { AmendmentList, ParagraphBlock, type DraftContext } from "./ParagraphBlock.js";
import { ProposeAmendment } from "./ProposeAmendment.js";
import type { AmendmentView, LanguageVersionView, ParagraphView } from "./types.js";
import { VersionText } from "./VersionText.js";
import { FrontMatterLines, PrefaceLine } from "./FrontMatter.js";

/** The title in the chosen languages, with its amendments and a way to amend it. */
const TitleBlock = ({ ctx, amendments }: { ctx: DraftContext; amendments: readonly AmendmentView[] }) => {
  const { t } = useTranslation();
  const [proposing, setProposing] = useState(false);
  const [closed, setClosed] = useState(false);
  const title = ctx.draft.title;
  if (!title) return null;
  const versions: LanguageVersionView[] = LANGUAGES.map((language) => {
    const v = title.versions[language];
    return { language, text: v?.text ?? null, status: v?.status ?? "missing", original: title.original === language };
  });
  return (
    <section className="draft-title-block" aria-label={t("drafts.titleLabel")}>
      <div className={`language-columns columns-${ctx.columns.length}`}>
        {ctx.columns.map((language) => (
          <div key={language} className="language-column">
            <div className="language-cell" dir={directionOf(language)} data-language={language}>
              <VersionText version={versions.find((v) => v.language === language)!} className="draft-title" />
            </div>
          </div>
        ))}
      </div>
      <AmendmentList ctx={ctx} amendments={amendments} label={t("drafts.titleLabel")} />
      {ctx.draft.permissions.propose &&
        (proposing ? (
          <ProposeAmendment
            draftId={ctx.draft.id}
            target={null}
            languages={versions}
            defaultLanguage={title.original}
            onDone={(created) => {
              setProposing(false);
              setClosed(true);
              if (created) ctx.onChanged();
            }}
          />
        ) : (
          <Button className="button button-link propose-button" onPress={() => setProposing(true)} autoFocus={closed}>
            {t("drafts.propose.openTitle")}
          </Button>
        ))}
    </section>
  );
};

const NONE: readonly AmendmentView[] = [];

/** A first guess of a paragraph's height with its amendments, before it is measured. */
const estimateHeight = (amendments: readonly AmendmentView[], columns: number) => 96 + (columns > 1 ? 40 : 0) + amendments.length * 150;

/**
 * The draft's text: title, preambular and operative paragraphs, each with its own amendments (grouped once for the
 * whole list). A long draft renders only the paragraphs on screen.
 */
export const DraftText = ({
  ctx,
  title,
  paragraphs,
  byParagraph,
  virtual,
}: {
  ctx: DraftContext;
  title: readonly AmendmentView[];
  /** The paragraphs to show: all, or those a search leaves. */
  paragraphs: readonly ParagraphView[];
  byParagraph: ReadonlyMap<string, readonly AmendmentView[]>;
  virtual: boolean;
}) => {
  const { t } = useTranslation();
  const kinds = PARAGRAPH_KINDS.map((kind) => ({
    kind,
    paragraphs: paragraphs.filter((p) => p.kind === kind),
  }));
  return (
    <div className="draft-text" data-columns={ctx.columns.join(" ")}>
      {ctx.columns.length > 1 && (
        <div className="language-columns columns-2 column-headings" aria-hidden="true">
          {ctx.columns.map((language) => (
            <p key={language} className="column-heading" dir={directionOf(language)}>
              {t(`languageName.${language}`)}
            </p>
          ))}
        </div>
      )}
      <FrontMatterLines ctx={ctx} />
      <TitleBlock ctx={ctx} amendments={title} />
      <PrefaceLine ctx={ctx} />
      {kinds.map(
        ({ kind, paragraphs: shown }) =>
          shown.length > 0 && (
            <section key={kind} aria-labelledby={`heading-${kind}`}>
              <h2 id={`heading-${kind}`} className="paragraphs-heading">
                {t(`drafts.${kind}`)}
              </h2>
              <VirtualRows
                items={shown}
                keyOf={(p) => p.id}
                estimate={(p) => estimateHeight(byParagraph.get(p.id) ?? NONE, ctx.columns.length)}
                className="draft-paragraphs"
                virtual={virtual}
                renderRow={(p, row) => <ParagraphBlock ctx={ctx} paragraph={p} amendments={byParagraph.get(p.id) ?? NONE} row={row} />}
              />
            </section>
          ),
      )}
    </div>
  );
};

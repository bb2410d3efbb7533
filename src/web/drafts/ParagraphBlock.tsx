import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import type { RowProps } from "../components/VirtualRows.js";
import { AmendmentCard } from "./AmendmentCard.js";
import { LanguageCell, type CellContext } from "./LanguageCell.js";
import { ProposeAmendment } from "./ProposeAmendment.js";
import type { AmendmentView, DraftView, ParagraphView } from "./types.js";

/** What every paragraph and card of the draft shares, computed once for the whole list. */
export interface DraftContext {
  readonly draft: DraftView;
  readonly columns: readonly Language[];
  readonly labelOf: (id: string | null) => string;
  readonly numberOf: (id: string | null) => number | string;
  /** The amendments another may be merged into. */
  readonly mergeable: readonly AmendmentView[];
  /** The reader's own amendments. */
  readonly mine: ReadonlySet<string>;
  readonly onChanged: () => void;
}

/** The amendments of one place in the draft, each followed by its sub-amendments, with tracked changes and workflow steps. */
export const AmendmentList = ({ ctx, amendments, label }: { ctx: DraftContext; amendments: readonly AmendmentView[]; label: string }) => {
  const { t } = useTranslation();
  if (amendments.length === 0) return null;
  return (
    <section className="amendment-list" aria-label={t("drafts.amendmentsOf", { label })}>
      <p className="amendment-list-heading">{t("drafts.amendments", { count: amendments.length })}</p>
      <ol className="amendments">
        {amendments.map((a) => (
          <AmendmentCard
            key={a.id}
            amendment={a}
            numberOf={ctx.numberOf}
            labelOf={ctx.labelOf}
            mergeable={ctx.mergeable}
            mine={ctx.mine.has(a.id)}
            decide={ctx.draft.permissions.decide}
            amendIn={ctx.draft.permissions.propose ? ctx.draft.id : null}
            onChanged={ctx.onChanged}
          />
        ))}
      </ol>
    </section>
  );
};

/** One paragraph: its label, its text in one or two languages side by side, its amendments, and a way to propose one. */
export const ParagraphBlock = ({
  ctx,
  paragraph,
  amendments,
  row = {},
}: {
  ctx: DraftContext;
  paragraph: ParagraphView;
  /** This paragraph's amendments (its sub-paragraphs' and the insertions after it included), in order. */
  amendments: readonly AmendmentView[];
  /** Where the paragraph sits in a long list that renders only the rows on screen. */
  row?: RowProps;
}) => {
  const { t } = useTranslation();
  const [proposing, setProposing] = useState(false);
  // Once the form closes, its opener takes the focus back, so that a keyboard user goes on from where she was.
  const [closed, setClosed] = useState(false);
  const cell: CellContext = {
    draftId: ctx.draft.id,
    version: paragraph.version,
    translate: ctx.draft.permissions.translate,
    numberOf: ctx.numberOf,
    onChanged: ctx.onChanged,
  };
  return (
    <li
      {...row}
      className={`draft-paragraph paragraph-${paragraph.kind}`}
      id={`paragraph-${paragraph.id}`}
      data-label={paragraph.label}
      aria-label={paragraph.label}
    >
      <span className="paragraph-label" dir="ltr">
        {paragraph.label}
      </span>
      <div className="draft-paragraph-body">
        <div className={`language-columns columns-${ctx.columns.length}`}>
          {ctx.columns.map((language) => (
            <LanguageCell key={language} ctx={cell} paragraph={paragraph} language={language} />
          ))}
        </div>
        <AmendmentList ctx={ctx} amendments={amendments} label={paragraph.label} />
        {ctx.draft.permissions.propose &&
          (proposing ? (
            <ProposeAmendment
              draftId={ctx.draft.id}
              target={{ id: paragraph.id, label: paragraph.label, kind: paragraph.kind }}
              languages={paragraph.languages}
              defaultLanguage={paragraph.text.original}
              onDone={(created) => {
                setProposing(false);
                setClosed(true);
                if (created) ctx.onChanged();
              }}
            />
          ) : (
            <Button
              className="button button-link propose-button"
              onPress={() => setProposing(true)}
              aria-label={t("drafts.propose.openFor", { label: paragraph.label })}
              autoFocus={closed}
            >
              {t("drafts.propose.open")}
            </Button>
          ))}
      </div>
    </li>
  );
};

import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DiscussionGroup, DocumentSection, SittingDocument } from "../api/types.js";
import { Ml } from "../components/Ml.js";
import { footnoteIds, footnotesLabelId } from "../components/RichText.js";
import { useFormat } from "../i18n/index.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { DocumentDownloads } from "./DocumentDownloads.js";
import { GroupsTable } from "./GroupsTable.js";
import { documentTexts } from "./texts.js";

interface DocumentViewProps {
  readonly document: SittingDocument;
  readonly bodyName: ReactNode;
  readonly itemNumber: string;
  /** The sitting's groups, listed in an information note's arrangements as the secretariat issues it. */
  readonly groups?: readonly DiscussionGroup[];
}

const ARRANGEMENTS = "arrangements";

/** Index of the paragraph that introduces the list of groups (it ends with a colon), else the last one. */
const groupsTableAfter = (section: DocumentSection): number => {
  const index = section.paragraphs.findIndex((paragraph) =>
    Object.values(paragraph.versions).some((version) => /[:：]\s*$/.test(version?.text ?? "")),
  );
  return index === -1 ? section.paragraphs.length - 1 : index;
};

/** A document laid out as the secretariat issues it: masthead, title, sections, notes. */
export const DocumentView = ({ document, bodyName, itemNumber, groups = [] }: DocumentViewProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const scope = document.id;
  const titleId = `doc-${document.id}-title`;

  return (
    <article className="document" aria-labelledby={titleId}>
      <header className="document-masthead">
        <div className="document-masthead-body">
          <span>{bodyName}</span>
          <span>{t("agenda.item", { number: itemNumber })}</span>
        </div>
        <div className="document-masthead-symbol">
          <span className="document-symbol" lang="en" dir="ltr">
            {document.symbol}
          </span>
          <time dateTime={document.date}>{format.date(document.date)}</time>
        </div>
      </header>
      <TranslationScope texts={documentTexts(document)}>
        <p className="document-kind">{t(`documentKind.${document.kind}`, { defaultValue: document.kind })}</p>
        <h4 className="document-title" id={titleId}>
          <Ml text={document.title} />
        </h4>
        {document.subtitle && <Ml as="p" className="document-subtitle" text={document.subtitle} />}
        {document.sections.map((section) => {
          const tableAfter =
            document.kind === "information_note" && section.key === ARRANGEMENTS && groups.length > 0 ? groupsTableAfter(section) : -1;
          return (
            <section key={section.key} className="document-section" aria-labelledby={`doc-${document.id}-${section.key}`}>
              <Ml as="h5" id={`doc-${document.id}-${section.key}`} text={section.heading} />
              {section.paragraphs.map((paragraph, index) => (
                <Fragment key={index}>
                  <Ml as="p" text={paragraph} footnoteScope={scope} />
                  {index === tableAfter && <GroupsTable groups={groups} />}
                </Fragment>
              ))}
            </section>
          );
        })}
        {document.footnotes.length > 0 && (
          <footer className="document-footnotes">
            <h5 id={footnotesLabelId(scope)} className="visually-hidden">
              {t("document.notes")}
            </h5>
            <ol>
              {document.footnotes.map((footnote) => {
                const ids = footnoteIds(scope, footnote.number);
                return (
                  <li key={footnote.number} id={ids.note} value={footnote.number}>
                    <Ml text={footnote.text} />
                    {footnote.url && (
                      <>
                        {" "}
                        <a href={footnote.url} className="footnote-url" dir="ltr" rel="noreferrer" target="_blank">
                          {footnote.url}
                        </a>
                      </>
                    )}{" "}
                    <a href={`#${ids.call}`} className="footnote-back" aria-label={t("document.backToText", { number: footnote.number })}>
                      ↩
                    </a>
                  </li>
                );
              })}
            </ol>
          </footer>
        )}
      </TranslationScope>
      {document.kind === "information_note" && (
        <DocumentDownloads symbol={document.symbol} downloads={[{ document: "information-note", formats: ["pdf", "docx", "html"] }]} />
      )}
    </article>
  );
};

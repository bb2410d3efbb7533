import { EXPORT_FORMATS } from "../../domain/documents.js";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DraftResolution, DraftText, ResolutionParagraph } from "../api/types.js";
import { paths } from "../app/router.js";
import { Ml } from "../components/Ml.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { DocumentDownloads } from "./DocumentDownloads.js";
import { draftTexts } from "./texts.js";

const Paragraphs = ({ paragraphs }: { paragraphs: readonly ResolutionParagraph[] }) => (
  <ol className="paragraphs">
    {paragraphs.map((paragraph) => (
      <li key={paragraph.id} className={`paragraph paragraph-${paragraph.kind}`} id={`paragraph-${paragraph.id}`}>
        <span className="paragraph-label" dir="ltr">
          {paragraph.label}
        </span>
        <div className="paragraph-body">
          <Ml as="p" text={paragraph.text} />
          {paragraph.subParagraphs.length > 0 && (
            <ol className="subparagraphs">
              {paragraph.subParagraphs.map((sub) => (
                <li key={sub.id} id={`paragraph-${sub.id}`}>
                  <span className="subparagraph-label">{sub.label}</span>
                  <Ml text={sub.text} />
                </li>
              ))}
            </ol>
          )}
        </div>
      </li>
    ))}
  </ol>
);

/** A draft resolution with its paragraph labels (TEXT, once read); an illustrative text says so before anything else. */
export const DraftResolutionView = ({ draft, text }: { draft: DraftResolution; text: DraftText | null }) => {
  const { t } = useTranslation();
  const paragraphs = text?.paragraphs ?? [];
  const preambular = paragraphs.filter((p) => p.kind === "preambular");
  const operative = paragraphs.filter((p) => p.kind === "operative");
  const titleId = `draft-${draft.id}-title`;

  return (
    <article className="draft-resolution" aria-labelledby={titleId}>
      <TranslationScope texts={draftTexts(draft, text ?? undefined)}>
        {draft.illustrative && (
          <div className="notice notice-illustrative" role="note" data-testid="illustrative-notice">
            <span className="notice-icon" aria-hidden="true">
              !
            </span>
            <div>
              <p className="notice-title">{t("draft.illustrative")}</p>
              {draft.note && <Ml as="p" text={draft.note} />}
            </div>
          </div>
        )}
        <header className="draft-header">
          <p className="eyebrow">
            {t(`draftStage.${draft.stage}`)}
            {draft.symbol && (
              <>
                {" · "}
                <span dir="ltr">{draft.symbol}</span>
              </>
            )}
          </p>
          <Ml as="h3" id={titleId} text={draft.title} className="draft-title" />
          {draft.committee && (
            <p className="draft-committee">
              {t("draft.committee")} <Ml text={draft.committee.name} />
            </p>
          )}
          <p className="draft-open">
            <Link href={paths.draft(draft.id)} className="button button-quiet" data-testid="open-draft">
              {t("drafts.open")}
            </Link>
          </p>
          {draft.symbol && (
            <DocumentDownloads
              symbol={draft.symbol}
              downloads={[
                { document: "amendments", formats: EXPORT_FORMATS },
                { document: "annotated-table", formats: ["pdf", "docx", "html"] },
                { document: "revised-draft", formats: EXPORT_FORMATS },
              ]}
            />
          )}
        </header>
        {preambular.length > 0 && (
          <section aria-label={t("draft.preambular")}>
            <h4 className="paragraphs-heading">{t("draft.preambular")}</h4>
            <Paragraphs paragraphs={preambular} />
          </section>
        )}
        {operative.length > 0 && (
          <section aria-label={t("draft.operative")}>
            <h4 className="paragraphs-heading">{t("draft.operative")}</h4>
            <Paragraphs paragraphs={operative} />
          </section>
        )}
      </TranslationScope>
    </article>
  );
};

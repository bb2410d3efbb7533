import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS, type DocumentName, type ExportFormat } from "../../domain/documents.js";
import { useLanguage } from "../i18n/index.js";
import { requests } from "../api/client.js";

/** The formats offered here: PDF, Word and HTML. */
const FORMATS = EXPORT_FORMATS.filter((f): f is Exclude<ExportFormat, "akn"> => f !== "akn");

/** Links to the documents the committee works from, built from the data in the reader's language. */
export const Downloads = ({ symbol, documents }: { symbol: string; documents: readonly DocumentName[] }) => {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = (document: DocumentName, format: ExportFormat) =>
    requests.documents.export({ query: { document, symbol, lang, format } }).url;
  return (
    <section className="rec-section" aria-labelledby="downloads-heading" data-testid="committee-downloads">
      <h2 id="downloads-heading">{t("committee.downloads.heading")}</h2>
      <ul className="committee-downloads">
        {documents.map((d) => (
          <li key={d}>
            {t(`committee.downloads.${d}`)}:{" "}
            {FORMATS.map((f, i) => (
              <span key={f}>
                {i > 0 && " · "}
                <a href={href(d, f)} download data-testid={`download-${d}-${f}`}>
                  {f.toUpperCase()}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
};

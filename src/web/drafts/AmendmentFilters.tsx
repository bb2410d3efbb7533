import { useTranslation } from "react-i18next";
import { routes } from "../../api/routes.js";
import type { TableFormat } from "../../api/exports.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { AMENDMENT_STATUSES } from "../../domain/text/amendment.js";
import { urlOf } from "../api/client.js";
import { ENDONYMS } from "../i18n/index.js";
import { NativeSelectField } from "./controls.js";
import type { DraftView } from "./types.js";
import type { AmendmentFilters as Filters } from "./useDraftData.js";

interface Props {
  readonly draft: DraftView;
  readonly value: Filters;
  readonly onChange: (value: Filters) => void;
  /** The authors and co-sponsors seen on this draft's amendments, to choose from. */
  readonly authors: readonly string[];
  /** The language of the downloaded table's headers. */
  readonly language: Language;
}

const ALL = "";

/**
 * The amendment list's filters, which the server applies (status, author or co-sponsor, paragraph, language), and
 * the download of the amendments the filters leave as an Excel workbook or a CSV file.
 */
export const AmendmentFilters = ({ draft, value, onChange, authors, language }: Props) => {
  const { t } = useTranslation();
  const set = (key: keyof Filters) => (chosen: string) => onChange({ ...value, [key]: chosen === ALL ? undefined : chosen });
  const all = { id: ALL, label: t("amendmentFilters.all") };
  const paragraphs = draft.paragraphs.map((p) => ({ id: p.label, label: p.label }));
  const download = (format: TableFormat) =>
    urlOf(routes.exports.amendments, { params: { id: draft.id }, query: { format, lang: language, ...value } });
  const active = Object.values(value).some((v) => v !== undefined);
  return (
    <div className="amendment-filters" role="group" aria-label={t("amendmentFilters.label")} data-testid="amendment-filters">
      <NativeSelectField
        label={t("amendmentFilters.status")}
        value={value.status ?? ALL}
        onChange={set("status")}
        options={[all, ...AMENDMENT_STATUSES.map((s) => ({ id: s, label: t(`drafts.amendmentStatus.${s}`) }))]}
        testId="filter-status"
      />
      <NativeSelectField
        label={t("amendmentFilters.author")}
        value={value.author ?? ALL}
        onChange={set("author")}
        options={[all, ...authors.map((a) => ({ id: a, label: a }))]}
        testId="filter-author"
      />
      <NativeSelectField
        label={t("amendmentFilters.paragraph")}
        value={value.paragraph ?? ALL}
        onChange={set("paragraph")}
        options={[all, ...paragraphs]}
        testId="filter-paragraph"
      />
      <NativeSelectField
        label={t("amendmentFilters.language")}
        value={value.language ?? ALL}
        onChange={set("language")}
        options={[all, ...LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }))]}
        testId="filter-language"
      />
      <div className="amendment-downloads">
        {active && (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange({})} data-testid="filter-clear">
            {t("amendmentFilters.clear")}
          </button>
        )}
        <a className="button button-quiet button-small" href={download("xlsx")} download data-testid="download-amendments-xlsx">
          {t("amendmentFilters.downloadXlsx")}
        </a>
        <a className="button button-quiet button-small" href={download("csv")} download data-testid="download-amendments-csv">
          {t("amendmentFilters.downloadCsv")}
        </a>
      </div>
    </div>
  );
};

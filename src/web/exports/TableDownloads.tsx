import { useTranslation } from "react-i18next";
import type { TableFormat } from "../../api/exports.js";
import { routes, type Routes } from "../../api/routes.js";
import { urlOf } from "../api/client.js";
import { useLanguage } from "../i18n/index.js";

/** Links that download a table (the participants of an event, the votes or the attendance of a sitting) as Excel or CSV, headed in the reader's language. */
export const TableDownloads = ({ table, id }: { table: Exclude<keyof Routes["exports"], "amendments">; id: string }) => {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = (format: TableFormat) => urlOf(routes.exports[table], { params: { id }, query: { format, lang } });
  return (
    <p className="table-downloads" role="group" aria-label={t(`tableDownloads.${table}`)} data-testid={`download-${table}`}>
      <span className="muted">{t("tableDownloads.label")}: </span>
      <a className="button button-quiet button-small" href={href("xlsx")} download data-testid={`download-${table}-xlsx`}>
        {t("tableDownloads.xlsx")}
      </a>{" "}
      <a className="button button-quiet button-small" href={href("csv")} download data-testid={`download-${table}-csv`}>
        {t("tableDownloads.csv")}
      </a>
    </p>
  );
};

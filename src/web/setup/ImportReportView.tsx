import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isolate } from "../components/isolate.js";
import { useFormat } from "../i18n/index.js";
import { CopyLink } from "./CopyLink.js";
import type { ImportProblem, ImportReport } from "./types.js";
import { TableScroll } from "../components/TableScroll.js";

/** Reads the problems of a refused import: the report in the error's details, else its issues ("csv:3:gender"). */
export const problemsOf = (details: unknown, issues: readonly { path: string; message: string }[]): ImportProblem[] => {
  const listed = (details as { problems?: ImportProblem[] } | undefined)?.problems;
  if (Array.isArray(listed)) return listed;
  return issues.map((issue) => {
    const m = /^(?:body\.)?csv:(\d+)(?::(.+))?$/.exec(issue.path);
    const because = { code: "unworded", params: {} };
    return m
      ? { row: Number(m[1]), column: m[2] ?? null, problem: issue.message, because }
      : { row: 0, column: null, problem: issue.message, because };
  });
};

/** A row's problem in the interface language, values from the file isolated; the server's English for one it does not name. */
const problemInWords = (t: TFunction, p: ImportProblem): string =>
  t(`errors.row.${p.because.code}`, {
    ...Object.fromEntries(Object.entries(p.because.params).map(([k, v]) => [k, typeof v === "number" ? v : isolate(v)])),
    defaultValue: p.problem,
  });

/** The problems of a file, row by row: which row, which column, what is wrong. */
export const ProblemTable = ({ problems }: { problems: readonly ImportProblem[] }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t("setup.participants.problemsCaption")}>
      <table className="setup-table" data-testid="import-problems">
        <caption className="visually-hidden">{t("setup.participants.problemsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("setup.participants.row")}</th>
            <th scope="col">{t("setup.participants.column")}</th>
            <th scope="col">{t("setup.participants.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`} data-testid="import-problem">
              <th scope="row">{p.row ? format.number(p.row) : "—"}</th>
              <td dir="ltr">{p.column ?? "—"}</td>
              <td>{problemInWords(t, p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};

/** What an import did: how many rows were imported, and each new person's sign-in link. */
export const ImportDone = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success" role="status" data-testid="import-done">
      <p>{t("setup.participants.imported", { count: report.imported })}</p>
      {report.problems.length > 0 && <p>{t("setup.participants.skipped", { count: new Set(report.problems.map((p) => p.row)).size })}</p>}
      {report.invitations.length > 0 && (
        <>
          <p>{t("setup.participants.invitationsIntro")}</p>
          <ul className="setup-items">
            {report.invitations.map((i) => (
              <li key={i.participantId}>
                <strong>{i.name}</strong> <span dir="ltr">&lt;{i.email}&gt;</span> <CopyLink link={i.link} name={i.name} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { formatSeconds } from "../groups/countdown.js";
import { BarChart } from "./BarChart.js";
import type { Figures, FiguresRow } from "./types.js";
import { TableScroll } from "../components/TableScroll.js";
import { localeWithDigits, useDigits } from "../i18n/digits.js";
import { useFormat, useLanguage } from "../i18n/index.js";

/** A row's share of the speakers, beside the shares the server computes. */
export const speakerShare = (row: FiguresRow, figures: Figures): number => (figures.speakers === 0 ? 0 : row.speakers / figures.speakers);

const Dimension = ({ id, dimension, figures }: { id: string; dimension: "gender" | "age"; figures: Figures }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const digits = useDigits();
  const percent = new Intl.NumberFormat(localeWithDigits(language, digits), { style: "percent", maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(localeWithDigits(language, digits));
  const rows = dimension === "gender" ? figures.byGender : figures.byAge;
  const label = (row: FiguresRow) => t(`groups.participation.${dimension}.${row.category}`, { defaultValue: row.category });
  const title = t(`groups.participation.by.${dimension}`);
  const chartId = `${id}-${dimension}`;
  return (
    <section className="participation-dimension" aria-labelledby={`${chartId}-heading`}>
      <h3 id={`${chartId}-heading`}>{title}</h3>
      <BarChart
        id={chartId}
        title={title}
        description={t("groups.participation.chartDescription", {
          summary: rows
            .map((r) =>
              t("groups.participation.rowSummary", {
                category: label(r),
                members: percent.format(r.memberShare),
                speakers: percent.format(speakerShare(r, figures)),
                time: percent.format(r.speakingShare),
              }),
            )
            .join(t("list.separator")),
        })}
        series={[
          t("groups.participation.series.members"),
          t("groups.participation.series.speakers"),
          t("groups.participation.series.time"),
        ]}
        groups={rows.map((r) => ({ label: label(r), values: [r.memberShare, speakerShare(r, figures), r.speakingShare] }))}
        rtl={directionOf(language) === "rtl"}
        formatShare={(v) => percent.format(v)}
      />
      <TableScroll label={title}>
        <table className="participation-table" data-testid={`participation-table-${dimension}`}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`groups.participation.column.${dimension}`)}</th>
              <th scope="col">{t("groups.participation.column.members")}</th>
              <th scope="col">{t("groups.participation.column.memberShare")}</th>
              <th scope="col">{t("attendance.presentColumn")}</th>
              <th scope="col">{t("groups.participation.column.speakers")}</th>
              <th scope="col">{t("groups.participation.column.speakerShare")}</th>
              <th scope="col">{t("groups.participation.column.turns")}</th>
              <th scope="col">{t("groups.participation.column.time")}</th>
              <th scope="col">{t("groups.participation.column.timeShare")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.category} data-category={r.category}>
                <th scope="row">{label(r)}</th>
                <td data-column="members">{number.format(r.members)}</td>
                <td data-column="memberShare">{percent.format(r.memberShare)}</td>
                <td data-column="present">{number.format(r.present)}</td>
                <td data-column="speakers">{number.format(r.speakers)}</td>
                <td data-column="speakerShare">{percent.format(speakerShare(r, figures))}</td>
                <td data-column="turns">{number.format(r.turns)}</td>
                <td data-column="time" dir="ltr">
                  {formatSeconds(r.speakingSeconds)}
                </td>
                <td data-column="timeShare">{percent.format(r.speakingShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};

/** Participation figures of one group, plenary or sitting: the totals, then by gender and by age band. */
export const FiguresView = ({ id, figures }: { id: string; figures: Figures }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="participation-figures" data-testid={`figures-${id}`}>
      <dl className="participation-totals">
        <div>
          <dt>{t("groups.participation.column.members")}</dt>
          <dd data-testid="total-members">{format.number(figures.members)}</dd>
        </div>
        <div>
          <dt>{t("attendance.presentColumn")}</dt>
          <dd data-testid="total-present">{format.number(figures.present)}</dd>
        </div>
        <div>
          <dt>{t("groups.participation.column.speakers")}</dt>
          <dd data-testid="total-speakers">{format.number(figures.speakers)}</dd>
        </div>
        <div>
          <dt>{t("groups.participation.column.turns")}</dt>
          <dd data-testid="total-turns">{format.number(figures.turns)}</dd>
        </div>
        <div>
          <dt>{t("groups.participation.column.time")}</dt>
          <dd dir="ltr">{format.digitsIn(formatSeconds(figures.speakingSeconds))}</dd>
        </div>
      </dl>
      <Dimension id={id} dimension="gender" figures={figures} />
      <Dimension id={id} dimension="age" figures={figures} />
    </div>
  );
};

import type { TFunction } from "i18next";
import { POSITIONS } from "../../domain/decisions/decision.js";
import { directionOf, type Language } from "../../domain/language.js";
import { reportPageAt, reportPages, type ReportPage } from "../../domain/projector/group-report.js";
import { RoomText } from "./ProjectorScreen.js";
import type { SlideView } from "./slide-view.js";

/** A group's report as the hall reads it: every text with all its languages. */
export type GroupReport = Extract<SlideView, { kind: "group_report" }>["report"];

interface PageProps {
  readonly report: GroupReport;
  readonly language: Language;
  readonly t: TFunction;
}

const Holder = ({ label, holder, t }: { label: string; holder: GroupReport["chair"]; t: TFunction }) => (
  <p className="report-holder">
    <span className="projector-label">{label}</span>{" "}
    {holder ? (
      <>
        <bdi>{holder.name}</bdi> (<bdi>{holder.delegation}</bdi>)
      </>
    ) : (
      <span className="report-muted">{t("report.notDesignated")}</span>
    )}
  </p>
);

const Cover = ({ report, language, t }: PageProps) => (
  <section className="report-page report-cover" data-testid="report-cover">
    <h1 className="report-title">
      <RoomText text={report.groupTitle} language={language} />
    </h1>
    <Holder label={t("report.chair")} holder={report.chair} t={t} />
    <Holder label={t("report.rapporteur")} holder={report.rapporteur} t={t} />
    {report.presented ? (
      <ul className="report-summary">
        {report.recommendations.map((r) => (
          <li key={r.id}>
            <bdi dir="ltr">{r.draftSymbol}</bdi> · {t(`committee.recStatus.${r.status}`)}
          </li>
        ))}
      </ul>
    ) : (
      <p className="report-notice" data-testid="report-not-presented">
        {t("report.notPresented")}
      </p>
    )}
  </section>
);

/** The group's text on one question in the hall's language; in another language, marked as such, never passed off as a translation. */
const Recommendation = ({ report, language, t, at }: PageProps & { at: Extract<ReportPage, { part: "recommendation" }> }) => {
  const r = report.recommendations[at.recommendation];
  const section = r?.sections[at.section];
  if (!r || !section) return null;
  const own = section.versions.filter((v) => v.language === language);
  const shown = own.length > 0 ? own : section.versions.slice(0, 1);
  const long = shown.reduce((n, v) => n + v.text.length, 0) > 700;
  return (
    <section className="report-page report-recommendation" data-testid="report-recommendation">
      <p className="projector-kicker">
        {t("report.recommendationOn")} <bdi dir="ltr">{r.draftSymbol}</bdi> · {t(`committee.recStatus.${r.status}`)}
      </p>
      <h2 className="report-question">
        {section.question ? <RoomText text={section.question} language={language} /> : t("report.general")}
      </h2>
      {own.length === 0 && shown[0] && (
        <p className="report-muted" data-testid="report-other-language">
          {t("report.onlyIn", { language: t(`languageName.${shown[0].language}`) })}
        </p>
      )}
      {shown.map((v, i) => (
        <p key={i} className={long ? "report-text report-text-long" : "report-text"} lang={v.language} dir={directionOf(v.language)}>
          {v.text}
        </p>
      ))}
    </section>
  );
};

const Contributors = ({ report, t }: PageProps) => (
  <section className="report-page" data-testid="report-contributors">
    <h2 className="report-heading">{t("report.contributors")}</h2>
    <table className={report.contributors.length > 8 ? "report-table report-table-columns" : "report-table"}>
      <thead>
        <tr>
          <th scope="col">{t("report.delegation")}</th>
          <th scope="col">{t("report.contributions")}</th>
          <th scope="col">{t("report.turns")}</th>
        </tr>
      </thead>
      <tbody>
        {report.contributors.map((c) => (
          <tr key={c.delegation}>
            <th scope="row">
              <bdi>{c.delegation}</bdi>
            </th>
            <td>{c.contributions}</td>
            <td>{c.turns}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

const Votes = ({ report, t }: PageProps) => (
  <section className="report-page" data-testid="report-votes">
    <h2 className="report-heading">{t("report.votes")}</h2>
    <ul className="report-votes">
      {report.votes.map((v, i) => (
        <li key={i} className="report-vote" data-carried={v.carried}>
          <p className="projector-kicker">
            <bdi dir="ltr">{v.draftSymbol}</bdi> · {t(`report.method.${v.method}`)}
            {v.round > 1 && ` · ${t("report.round", { round: v.round })}`}
          </p>
          {v.counts && (
            <dl className="projector-vote-counts">
              {POSITIONS.map((k) => (
                <div key={k} className={`projector-vote-count projector-vote-${k}`}>
                  <dt>{t(`projectors.hall.${k}`)}</dt>
                  <dd>{v.counts![k]}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="report-outcome">{t(v.carried ? "report.carried" : "report.notCarried")}</p>
        </li>
      ))}
    </ul>
  </section>
);

/** One page of a group's report, large enough to read from the back of the hall, in the hall's language. */
export const GroupReportSlide = ({ report, page, language, t }: PageProps & { readonly page: number }) => {
  const pages = reportPages(report);
  const { page: at, index } = reportPageAt(pages, page);
  return (
    <section className="projector-slide report-slide" data-testid="slide-group-report" data-page={index} data-part={at.part}>
      <header className="projector-header">
        <p className="projector-kicker">{t("report.kicker", { number: report.groupNumber })}</p>
        <p className="report-page-number" data-testid="report-page-number">
          {t("report.page", { page: index + 1, pages: pages.length })}
        </p>
      </header>
      {at.part === "cover" && <Cover report={report} language={language} t={t} />}
      {at.part === "recommendation" && <Recommendation report={report} language={language} t={t} at={at} />}
      {at.part === "contributors" && <Contributors report={report} language={language} t={t} />}
      {at.part === "votes" && <Votes report={report} language={language} t={t} />}
    </section>
  );
};

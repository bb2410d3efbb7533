import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { Ml } from "../components/Ml.js";
import { describeDecision } from "./format.js";
import type { Provenance, Trace } from "./types.js";
import { useMaybe } from "./useMaybe.js";
import { requests } from "../api/client.js";
import { isolate } from "../components/isolate.js";

const TraceItem = ({ a }: { a: Trace }) => {
  const { t } = useTranslation();
  return (
    <li className="trace" data-testid="trace" data-author={a.author ?? ""} data-status={a.status}>
      <p>
        <strong>{t("committee.amendmentBy", { number: a.number, author: isolate(a.author ?? "") })}</strong> ·{" "}
        {t(`committee.status.${a.status}`)}
        {a.submission &&
          ` · ${a.submission.late ? t("committee.provenance.late", { reason: a.submission.reason ?? "" }) : t("committee.provenance.onTime")}`}
      </p>
      {(a.revisedText ?? a.text) && <p className="trace-text">{a.revisedText ?? a.text}</p>}
      <ul>
        {a.decisions.map((d) => (
          <li key={d.id} data-testid="trace-decision">
            {t("committee.provenance.decision", { what: t(`committee.transition.${d.transition}`), how: describeDecision(t, d.decision) })}
          </li>
        ))}
        {a.bodyAdoption && (
          <li data-testid="trace-body-adoption">
            {t("committee.provenance.bodyAdoption", {
              how: t(`committee.how.${a.bodyAdoption.how}`),
              decision: describeDecision(t, a.bodyAdoption.decision),
            })}
          </li>
        )}
        {a.recommendations.map((r) => (
          <li key={r.id} data-testid="trace-recommendation">
            <Link href={paths.recommendation(r.id)}>
              {t("committee.rec.group", { number: r.groupNumber })}: <Ml text={r.groupTitle} />
            </Link>
            {r.agreement && ` · ${describeDecision(t, r.agreement)}`}
            {r.contributions.length > 0 && (
              <ul>
                {r.contributions.map((c) => (
                  <li key={c.id} data-testid="trace-contribution">
                    {t("committee.provenance.contribution")}: “{c.text ?? ""}”
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
};

const Step = ({ p, shown = [] }: { p: Provenance; shown?: readonly string[] }) => {
  const { t } = useTranslation();
  const fresh = p.amendments.filter((a) => !shown.includes(a.id));
  const seen = [...shown, ...p.amendments.map((a) => a.id)];
  return (
    <>
      {p.origin && (
        <p data-testid="trace-origin">
          {t(`committee.outcome.${p.origin.outcome}`)} ·{" "}
          <span dir="ltr">
            {p.origin.previousLabel} → {p.origin.label ?? "—"}
          </span>
        </p>
      )}
      {fresh.length > 0 ? (
        <ul className="trace-list">
          {fresh.map((a) => (
            <TraceItem key={a.id} a={a} />
          ))}
        </ul>
      ) : (
        shown.length === 0 && <p className="muted">{t("committee.provenance.none")}</p>
      )}
      {p.previous && p.previous.amendments.some((a) => !seen.includes(a.id)) && <Step p={p.previous} shown={seen} />}
    </>
  );
};

/** Back from a paragraph to the amendments that shaped it, their authors and decisions, the group recommendations and the contributions they came from. */
export const ProvenancePanel = ({ draftId, paragraphId }: { draftId: string; paragraphId: string }) => {
  const { t } = useTranslation();
  const { data, failed } = useMaybe(requests.provenance.paragraph({ params: { id: draftId, paragraphId } }));
  return (
    <div className="provenance" data-testid="provenance">
      {data ? <Step p={data} /> : <p className="muted">{failed ? t("status.failed") : t("status.loading")}</p>}
    </div>
  );
};

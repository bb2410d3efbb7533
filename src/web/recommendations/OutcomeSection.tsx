import { useEffect } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { describeDecision } from "../committee/format.js";
import { useMaybe } from "../committee/useMaybe.js";
import { requests } from "../api/client.js";

/** Forward from the recommendation: what the body made of each proposal, what the committee decided, and the paragraphs it became. */
export const OutcomeSection = ({ recommendationId, generation }: { recommendationId: string; generation: number }) => {
  const { t } = useTranslation();
  const { data: outcome, reload } = useMaybe(requests.provenance.recommendation({ params: { id: recommendationId } }));
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  if (!outcome || !outcome.adoption) return null;
  return (
    <section className="rec-section" aria-labelledby="rec-outcome" data-testid="rec-outcome">
      <h2 id="rec-outcome">{t("committee.outcome.heading")}</h2>
      <p>{t("committee.outcome.adopted", { how: describeDecision(t, outcome.adoption.decision) })}</p>
      <ul className="outcome-list">
        {outcome.proposals.map((p) => (
          <li key={p.amendmentId} data-testid="rec-proposal-outcome">
            {p.text === null ? <span>{t(`committee.rec.actions.${p.action ?? "delete"}`)}</span> : <span dir="auto">{p.text}</span>} —{" "}
            {t(`committee.became.${p.became ?? "none"}`)}
            {p.bodyAmendment && (
              <>
                {" "}
                ·{" "}
                {t("committee.outcome.committee", {
                  number: p.bodyAmendment.number,
                  status: t(`committee.status.${p.bodyAmendment.status}`),
                })}
              </>
            )}
            {p.paragraphs.map((x) => (
              <span key={x.paragraphId}>
                {" → "}
                <Link href={paths.committee(x.draftId)}>{x.label ?? t("committee.outcome.deleted")}</Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
};

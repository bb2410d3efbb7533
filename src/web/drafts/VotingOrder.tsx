import { useTranslation } from "react-i18next";
import { placeName } from "../components/placeName.js";
import type { ConsolidationView } from "./types.js";
import { VotingPlaceList } from "./VotingPlaceList.js";

/** Per paragraph, the order its amendments are put to the vote (sub-amendments first) and which fall if one is adopted. */
export const VotingOrder = ({
  consolidation: c,
  numbers,
}: {
  consolidation: ConsolidationView;
  numbers: (ids: readonly string[]) => string;
}) => {
  const { t } = useTranslation();
  const renumbered = Object.entries(c.renumbering).filter(([from, to]) => from !== to);
  return (
    <>
      <section aria-labelledby="renumbering-heading" className="consolidated-section">
        <h3 id="renumbering-heading">{t("drafts.consolidated.renumbering")}</h3>
        {renumbered.length === 0 ? (
          <p className="muted">{t("drafts.consolidated.noRenumbering")}</p>
        ) : (
          <ul className="renumbering" data-testid="renumbering">
            {renumbered.map(([from, to]) => (
              <li key={from} dir="ltr">
                {t("drafts.consolidated.renumbered", { from, to })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="voting-heading" className="consolidated-section">
        <h3 id="voting-heading">{t("drafts.consolidated.votingOrder")}</h3>
        <p className="muted">{t("drafts.consolidated.votingOrderIntro")}</p>
        {c.votingOrder.length === 0 ? (
          <p className="muted">{t("drafts.consolidated.noVotes")}</p>
        ) : (
          <dl className="voting-order" data-testid="voting-order">
            {c.votingOrder.map((v) => (
              <div key={v.target} className="voting-order-item">
                <dt>
                  <bdi>{placeName(t, v.target, v.label)}</bdi>
                </dt>
                <dd>
                  <VotingPlaceList place={v} numberOf={(id) => numbers([id])} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
};

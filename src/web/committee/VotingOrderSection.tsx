import { useTranslation } from "react-i18next";
import { VotingPlaceList } from "../drafts/VotingPlaceList.js";
import type { Compilation } from "./types.js";

/** Per paragraph, the order in which the committee takes the amendments, sub-amendments first, and which fall when one is adopted. */
export const VotingOrderSection = ({ compilation, numberOf }: { compilation: Compilation; numberOf: (id: string) => string }) => {
  const { t } = useTranslation();
  const places = compilation.votingOrder.filter((v) => v.order.length > 0);
  if (places.length === 0) return null;
  return (
    <section className="rec-section" aria-labelledby="order-heading" data-testid="committee-voting-order">
      <h2 id="order-heading">{t("committee.page.votingOrder")}</h2>
      <dl className="voting-order">
        {places.map((v) => (
          <div key={v.target} data-label={v.label}>
            <dt>{v.label}</dt>
            <dd>
              <VotingPlaceList place={v} numberOf={numberOf} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

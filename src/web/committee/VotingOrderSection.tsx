import { useTranslation } from "react-i18next";
import { placeName } from "../components/placeName.js";
import { VirtualRows, VIRTUAL_THRESHOLD } from "../components/VirtualRows.js";
import { VotingPlaceList } from "../drafts/VotingPlaceList.js";
import type { Compilation } from "./types.js";

/**
 * Per paragraph, the order in which the committee takes the amendments, sub-amendments first, and which fall when
 * one is adopted. A long order renders only the places on screen.
 */
export const VotingOrderSection = ({ compilation, numberOf }: { compilation: Compilation; numberOf: (id: string) => string }) => {
  const { t } = useTranslation();
  const places = compilation.votingOrder.filter((v) => v.order.length > 0);
  if (places.length === 0) return null;
  const items = places.reduce((n, v) => n + 1 + v.order.length, 0);
  return (
    <section className="rec-section" aria-labelledby="order-heading" data-testid="committee-voting-order">
      <h2 id="order-heading">{t("committee.page.votingOrder")}</h2>
      <VirtualRows
        as="dl"
        className="voting-order"
        items={places}
        keyOf={(v) => v.target}
        estimate={(v) => 12 + v.order.length * 26}
        virtual={items >= VIRTUAL_THRESHOLD}
        positions={false}
        renderRow={(v, row) => (
          <div data-label={v.label} {...row}>
            <dt>{placeName(t, v.target, v.label)}</dt>
            <dd>
              <VotingPlaceList place={v} numberOf={numberOf} />
            </dd>
          </div>
        )}
      />
    </section>
  );
};

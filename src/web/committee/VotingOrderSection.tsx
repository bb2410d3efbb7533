import { useTranslation } from "react-i18next";
import type { Compilation } from "./types.js";

/** Per paragraph, the order in which the committee takes the amendments and which fall when an earlier one is adopted. */
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
              <span dir="ltr">{v.order.map(numberOf).join(" → ")}</span>
              {Object.entries(v.falls)
                .filter(([, fallen]) => fallen.length > 0)
                .map(([id, fallen]) => (
                  <span key={id} className="falls">
                    {" "}
                    {t("committee.page.falls", { number: numberOf(id), fallen: fallen.map(numberOf).join(", ") })}
                  </span>
                ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

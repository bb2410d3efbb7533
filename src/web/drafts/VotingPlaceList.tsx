import { useTranslation } from "react-i18next";
import type { VotingPlace } from "./types.js";

/**
 * One place's amendments in the order of the vote: each sub-amendment indented just before the amendment it
 * amends, and under each amendment what falls if it is adopted.
 */
export const VotingPlaceList = ({ place, numberOf }: { place: VotingPlace; numberOf: (id: string) => string }) => {
  const { t } = useTranslation();
  return (
    <ol className="voting-place" data-testid="voting-place" data-label={place.label}>
      {place.order.map((id) => {
        const amends = place.amends[id];
        const fallen = place.falls[id] ?? [];
        return (
          <li
            key={id}
            className={amends ? "voting-sub" : undefined}
            data-testid="voting-item"
            data-amendment={id}
            data-amends={amends ?? ""}
          >
            <span className="voting-number">
              {amends
                ? t("drafts.voting.subAmendment", { number: numberOf(id), parent: numberOf(amends) })
                : t("drafts.voting.amendment", { number: numberOf(id) })}
            </span>
            {fallen.length > 0 && (
              <span className="falls" data-testid="falls-if-adopted">
                {" "}
                {t("drafts.voting.fallsIfAdopted", { count: fallen.length, numbers: fallen.map(numberOf).join(t("list.separator")) })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
};

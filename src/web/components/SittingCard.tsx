import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { SittingSummary } from "../api/types.js";
import { paths } from "../app/router.js";
import { useFormat } from "../i18n/index.js";
import { Ml } from "./Ml.js";

/** One sitting in a list: body, date and time, title, venue. */
export const SittingCard = ({ sitting }: { sitting: SittingSummary }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="sitting-card">
      <p className="eyebrow">
        <Ml text={sitting.body.name} /> · {t("sitting.number", { number: sitting.number })}
      </p>
      <h3 className="sitting-card-title">
        <Link href={paths.sitting(sitting.id)} className="stretched-link">
          <Ml text={sitting.title} />
        </Link>
      </h3>
      <p className="sitting-card-when">
        <time dateTime={`${sitting.date}T${sitting.startTime}`}>{format.date(sitting.date, { weekday: true })}</time>
        <span>
          <span className="separator" aria-hidden="true">
            ·
          </span>
          {format.timeRange(sitting.startTime, sitting.endTime)}
        </span>
      </p>
      <p className="sitting-card-venue">
        <Ml text={sitting.venue} />
      </p>
    </li>
  );
};

import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventSummary, SittingSummary } from "../api/types.js";
import { paths } from "../app/router.js";
import { Ml } from "../components/Ml.js";
import { useFormat } from "../i18n/index.js";

/** Who sits, when and where: the heading block of a sitting. */
export const SittingHeader = ({ sitting, event }: { sitting: SittingSummary; event: EventSummary }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <header className="sitting-header">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={paths.home}>{t("home.title")}</Link>
          </li>
          <li>
            <Link href={paths.event(event.id)}>
              <Ml text={event.name} />
            </Link>
          </li>
          <li aria-current="page">{t("sitting.number", { number: sitting.number })}</li>
        </ol>
      </nav>
      <p className="eyebrow">
        <Ml text={sitting.body.name} />
      </p>
      <h1>
        <Ml text={sitting.title} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("sitting.date")}</dt>
          <dd>
            <time dateTime={sitting.date}>{format.date(sitting.date, { weekday: true })}</time>
          </dd>
        </div>
        <div>
          <dt>{t("sitting.time")}</dt>
          <dd>{format.timeRange(sitting.startTime, sitting.endTime)}</dd>
        </div>
        <div>
          <dt>{t("sitting.venue")}</dt>
          <dd>
            <Ml text={sitting.venue} />
          </dd>
        </div>
        <div>
          <dt>{t("sitting.event")}</dt>
          <dd>
            <Ml text={event.name} />
          </dd>
        </div>
      </dl>
    </header>
  );
};

import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventSummary, SittingSummary } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Ml } from "../components/Ml.js";
import { SittingCard } from "../components/SittingCard.js";
import { LoadError, Loading } from "../components/Status.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { eventTexts } from "../sitting/texts.js";
import { useFormat } from "../i18n/index.js";
import { TasksPanel } from "../tasks/TasksPanel.js";
import { allLanguages, requests } from "../api/client.js";

const EventWithSittings = ({ event, sittings }: { event: EventSummary; sittings: readonly SittingSummary[] }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="event-block" aria-labelledby={`event-${event.id}`}>
      <TranslationScope texts={eventTexts({ event, bodies: [], sittings })}>
        <header className="event-block-header">
          <p className="eyebrow">
            <Ml text={event.organisation} />
          </p>
          <h2 id={`event-${event.id}`}>
            <Link href={paths.event(event.id)}>
              <Ml text={event.name} />
            </Link>
          </h2>
          <p className="event-meta">
            <Ml text={event.place} /> · {format.dateRange(event.startDate, event.endDate)}
          </p>
        </header>
        {sittings.length === 0 ? (
          <p className="empty">{t("home.noSittings")}</p>
        ) : (
          <>
            <h3 className="list-heading">{t("home.sittings", { count: sittings.length })}</h3>
            <ul className="sitting-list">
              {sittings.map((sitting) => (
                <SittingCard key={sitting.id} sitting={sitting} />
              ))}
            </ul>
          </>
        )}
      </TranslationScope>
    </section>
  );
};

/** Events and their sittings that the reader may see. */
export const HomePage = () => {
  const { t } = useTranslation();
  usePageTitle(t("home.title"));
  const events = useResource(allLanguages(requests.sittings.events({ query: {} })));
  const sittings = useResource(allLanguages(requests.sittings.list({ query: {} })));

  return (
    <div className="page page-home">
      <div className="page-intro">
        <h1>{t("home.title")}</h1>
        <p className="lede">{t("home.lede")}</p>
      </div>
      <TasksPanel />
      {events.resource.state === "loading" || sittings.resource.state === "loading" ? (
        <Loading />
      ) : events.resource.state === "error" ? (
        <LoadError error={events.resource.error} />
      ) : sittings.resource.state === "error" ? (
        <LoadError error={sittings.resource.error} />
      ) : events.resource.data.events.length === 0 ? (
        <p className="empty">{t("home.noEvents")}</p>
      ) : (
        events.resource.data.events.map((event) => (
          <EventWithSittings
            key={event.id}
            event={event}
            sittings={sittings.resource.state === "ready" ? sittings.resource.data.sittings.filter((s) => s.eventId === event.id) : []}
          />
        ))
      )}
    </div>
  );
};

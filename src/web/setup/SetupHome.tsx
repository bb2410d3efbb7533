import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useResource } from "../api/useResource.js";
import { navigate } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useFormat, useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { EventForm } from "./EventForm.js";
import { textFor } from "./ml.js";
import { setupPaths } from "./paths.js";
import { SecretariatOnly } from "./SecretariatOnly.js";
import { TranslationBadges } from "./TranslationBadges.js";
import type { SetupEvent } from "./types.js";

const EventList = ({ events }: { events: readonly SetupEvent[] }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  if (events.length === 0) return <p className="empty">{t("setup.home.none")}</p>;
  return (
    <ul className="setup-list" data-testid="setup-events">
      {events.map((event) => (
        <li key={event.id} className="setup-card">
          <h3>
            <Link href={setupPaths.event(event.id)}>{textFor(event.name, language)}</Link>
          </h3>
          <p className="muted">
            {textFor(event.place, language)} · {event.startDate && event.endDate ? format.dateRange(event.startDate, event.endDate) : null}{" "}
            ·{" "}
            <span className={`badge ${event.published ? "badge-final" : "badge-neutral"}`}>
              {event.published ? t("setup.publish.published") : t("setup.publish.unpublished")}
            </span>
          </p>
          <TranslationBadges translations={event.translations} languages={event.workingLanguages} />
        </li>
      ))}
    </ul>
  );
};

/** The secretariat's set-up: every event, published or not, and a form to create one. */
export const SetupHome = () => {
  const { t } = useTranslation();
  usePageTitle(t("setup.home.title"));
  const { resource } = useResource(setupApi.events());
  const [creating, setCreating] = useState(false);
  return (
    <SecretariatOnly>
      <div className="page setup-page">
        <div className="page-intro">
          <h1>{t("setup.home.title")}</h1>
          <p className="lede">{t("setup.home.lede")}</p>
        </div>
        <section className="section" aria-labelledby="setup-events-heading">
          <h2 id="setup-events-heading">{t("setup.home.events")}</h2>
          {resource.state === "loading" ? (
            <Loading />
          ) : resource.state === "error" ? (
            <LoadError error={resource.error} />
          ) : (
            <EventList events={resource.data.events} />
          )}
        </section>
        <section className="section" aria-labelledby="setup-new-event">
          <h2 id="setup-new-event">{t("setup.event.createTitle")}</h2>
          {creating ? (
            <EventForm event={null} onSaved={(event) => navigate(setupPaths.event(event.id))} onCancel={() => setCreating(false)} />
          ) : (
            <Button className="button button-primary" onPress={() => setCreating(true)}>
              {t("setup.event.new")}
            </Button>
          )}
        </section>
      </div>
    </SecretariatOnly>
  );
};

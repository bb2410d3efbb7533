import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useResource } from "../api/useResource.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { BodyForm } from "./BodyForm.js";
import { EventForm } from "./EventForm.js";
import { textFor } from "./ml.js";
import { setupPaths } from "./paths.js";
import { PublishButton } from "./PublishButton.js";
import { RevisionHistory } from "./RevisionHistory.js";
import { SecretariatOnly } from "./SecretariatOnly.js";
import { SittingForm } from "./SittingForm.js";
import { SittingPanel } from "./SittingPanel.js";
import { TranslationBadges } from "./TranslationBadges.js";
import type { SetupEvent, SetupTree } from "./types.js";

const Bodies = ({ event, reload }: { event: SetupEvent; reload: () => void }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<string | null>(null);
  const saved = () => {
    setOpen(null);
    reload();
  };
  return (
    <section className="section" aria-labelledby="setup-bodies">
      <h2 id="setup-bodies">{t("setup.body.heading")}</h2>
      {event.bodies.length === 0 && <p className="empty">{t("setup.body.none")}</p>}
      <ul className="setup-items" data-testid="setup-bodies">
        {event.bodies.map((body) => (
          <li key={body.id}>
            {open === body.id ? (
              <BodyForm event={event} body={body} onSaved={saved} onCancel={() => setOpen(null)} />
            ) : (
              <>
                <strong>{textFor(body.name, language)}</strong> · {t(`bodyKind.${body.kind}`)} · <span dir="ltr">{body.key}</span>{" "}
                <Button
                  className="button button-quiet button-small"
                  onPress={() => setOpen(body.id)}
                  aria-label={t("setup.body.edit", { key: body.key })}
                >
                  {t("setup.form.edit")}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {open === "new" ? (
        <BodyForm key={event.version} event={event} body={null} onSaved={saved} onCancel={() => setOpen(null)} />
      ) : (
        <Button className="button button-quiet" onPress={() => setOpen("new")}>
          {t("setup.body.add")}
        </Button>
      )}
    </section>
  );
};

const EventSetup = ({ tree, reload }: { tree: SetupTree; reload: () => void }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { event, sittings } = tree;
  const [editing, setEditing] = useState(false);
  const [addingSitting, setAddingSitting] = useState(false);
  usePageTitle(textFor(event.name, language));
  return (
    <div className="page setup-page">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={setupPaths.home}>{t("setup.home.title")}</Link>
          </li>
          <li aria-current="page">{textFor(event.name, language)}</li>
        </ol>
      </nav>
      <div className="page-intro">
        <p className="eyebrow">{t("setup.event.eyebrow")}</p>
        <h1>{textFor(event.name, language)}</h1>
        <p className="lede">
          {textFor(event.place, language)} · {event.startDate} – {event.endDate} · <span dir="ltr">{event.timeZone}</span>
        </p>
        <TranslationBadges translations={event.translations} languages={event.workingLanguages} />
        <div className="setup-buttons">
          <PublishButton
            published={event.published}
            publish={(p, reason) => setupApi.publishEvent(event.id, event.version, p, reason)}
            onDone={reload}
          />
          <Button className="button button-quiet" onPress={() => setEditing(!editing)} aria-expanded={editing}>
            {t("setup.event.edit")}
          </Button>
          <Link className="button button-quiet" href={setupPaths.participants(event.id)}>
            {t("setup.participants.title")}
          </Link>
        </div>
        <RevisionHistory kind="event" id={event.id} version={event.version} />
      </div>
      {editing && (
        <EventForm
          event={event}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      <Bodies event={event} reload={reload} />
      <section className="section" aria-labelledby="setup-sittings">
        <h2 id="setup-sittings">{t("setup.sitting.headingAll")}</h2>
        {sittings.length === 0 && <p className="empty">{t("setup.sitting.none")}</p>}
        {sittings.map((sitting) => (
          <SittingPanel key={sitting.id} event={event} sitting={sitting} reload={reload} />
        ))}
        {event.bodies.length === 0 ? (
          <p className="muted">{t("setup.sitting.needBody")}</p>
        ) : addingSitting ? (
          <SittingForm
            event={event}
            sitting={null}
            onSaved={() => {
              setAddingSitting(false);
              reload();
            }}
            onCancel={() => setAddingSitting(false)}
          />
        ) : (
          <Button className="button button-quiet" onPress={() => setAddingSitting(true)}>
            {t("setup.sitting.add")}
          </Button>
        )}
      </section>
    </div>
  );
};

/** One event's set-up: the event, its bodies, and its sittings with agenda, documents and groups. */
export const EventSetupPage = ({ id }: { id: string }) => {
  const { resource, reload } = useResource(setupApi.tree(id));
  return (
    <SecretariatOnly>
      {resource.state === "loading" ? (
        <Loading />
      ) : resource.state === "error" ? (
        <LoadError error={resource.error} />
      ) : (
        <EventSetup tree={resource.data} reload={reload} />
      )}
    </SecretariatOnly>
  );
};

import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { MultilingualText } from "../../domain/multilingual.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Ml } from "../components/Ml.js";
import { SittingCard } from "../components/SittingCard.js";
import { LoadError, Loading } from "../components/Status.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { eventTexts } from "../sitting/texts.js";
import { ENDONYMS, useFormat, useLanguage } from "../i18n/index.js";
import { allLanguages, requests } from "../api/client.js";

const plain = (text: MultilingualText | undefined, language: keyof MultilingualText["versions"]): string | null =>
  text?.versions[language]?.text ?? null;

/** An event: where and when, its bodies, and its sittings. */
export const EventPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { resource } = useResource(allLanguages(requests.sittings.event({ params: { id }, query: {} })));
  usePageTitle(resource.state === "ready" ? plain(resource.data.event.name, language) : t("event.title"));

  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const { event, bodies, sittings } = resource.data;

  return (
    <div className="page page-event">
      <TranslationScope texts={eventTexts(resource.data)}>
        <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
          <ol>
            <li>
              <Link href={paths.home}>{t("home.title")}</Link>
            </li>
            <li aria-current="page">
              <Ml text={event.name} />
            </li>
          </ol>
        </nav>
        <header className="page-intro">
          <p className="eyebrow">
            <Ml text={event.organisation} />
          </p>
          <h1>
            <Ml text={event.name} />
          </h1>
          <dl className="facts">
            <div>
              <dt>{t("event.place")}</dt>
              <dd>
                <Ml text={event.place} />
              </dd>
            </div>
            <div>
              <dt>{t("event.dates")}</dt>
              <dd>{format.dateRange(event.startDate, event.endDate)}</dd>
            </div>
            <div>
              <dt>{t("event.languages")}</dt>
              <dd>
                {event.workingLanguages.map((code, index) => (
                  <span key={code} lang={code}>
                    {index > 0 && <span lang={language}>{t("list.separator")}</span>}
                    {ENDONYMS[code]}
                  </span>
                ))}
              </dd>
            </div>
          </dl>
        </header>
        <section aria-labelledby="event-sittings" className="section">
          <h2 id="event-sittings">{t("event.sittings")}</h2>
          {sittings.length === 0 ? (
            <p className="empty">{t("home.noSittings")}</p>
          ) : (
            <ul className="sitting-list">
              {sittings.map((sitting) => (
                <SittingCard key={sitting.id} sitting={sitting} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="event-bodies" className="section">
          <h2 id="event-bodies">{t("event.bodies")}</h2>
          <ul className="body-list">
            {bodies.map((body) => (
              <li key={body.id}>
                <Ml text={body.name} />
                <span className="body-kind">{t(`bodyKind.${body.kind}`, { defaultValue: t("bodyKind.other") })}</span>
              </li>
            ))}
          </ul>
        </section>
      </TranslationScope>
    </div>
  );
};

import { useCallback } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { LiveEvent } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useFollowSitting } from "../groups/useFollowSitting.js";
import { payloadField, useEventRouter } from "../groups/useEventRouter.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import { FiguresView } from "./FiguresView.js";
import { requests, type Output } from "../api/client.js";
import type { Routes } from "../../api/routes.js";

interface ParticipationPageProps {
  readonly kind: "group" | "sitting";
  /** The group's id, or the sitting's. */
  readonly id: string;
}

/** A finished or started turn changes the figures; for a group only its own list counts. */
const concerns = (event: LiveEvent, kind: "group" | "sitting", id: string): "figures"[] => {
  if (
    event.type === "speakers_list.next_called" ||
    event.type === "speakers_list.turn_ended" ||
    event.type.startsWith("discussion_group.member_")
  )
    return kind === "sitting" || payloadField(event, "key") === `group:${id}` || payloadField(event, "groupId") === id ? ["figures"] : [];
  return [];
};

/**
 * Who speaks and for how long, by gender and by age band, against the membership: for the chair of a
 * group and for the staff, live as turns end, with the figures as CSV.
 */
export const ParticipationPage = ({ kind, id }: ParticipationPageProps) => {
  const { t } = useTranslation();
  const figures = kind === "group" ? requests.participation.group({ params: { id } }) : requests.participation.sitting({ params: { id } });
  const csv =
    kind === "group" ? requests.participation.groupCsv({ params: { id } }) : requests.participation.sittingCsv({ params: { id } });
  const { resource, reload } = useResource<Output<Routes["participation"]["group"]> | Output<Routes["participation"]["sitting"]>>(figures);
  const sittingId = resource.state === "ready" ? resource.data.sittingId : null;
  const router = useEventRouter(
    { figures: reload },
    useCallback((event: LiveEvent) => concerns(event, kind, id), [kind, id]),
  );
  const live = useFollowSitting(sittingId, router);
  usePageTitle(t("groups.participation.title"));

  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const data = resource.data;
  return (
    <div className="page page-participation">
      <header className="participation-header">
        <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
          <Link href={kind === "group" ? paths.group(id) : paths.sitting(id)}>
            {kind === "group" ? t("groups.participation.backToGroup") : t("groups.participation.backToSitting")}
          </Link>
        </nav>
        <h1>{t("groups.participation.title")}</h1>
        <p className="participation-intro">{t("groups.participation.intro")}</p>
        <div className="participation-tools">
          <a className="button button-quiet" href={csv.url} download data-testid="csv-link">
            {t("groups.participation.csv")}
          </a>
          <LiveIndicator status={live} />
        </div>
      </header>
      {"figures" in data ? (
        <section aria-labelledby="p-group" className="participation-scope">
          <h2 id="p-group">{t("groups.participation.thisGroup")}</h2>
          <FiguresView id="group" figures={data.figures} />
        </section>
      ) : (
        <>
          <section aria-labelledby="p-sitting" className="participation-scope">
            <h2 id="p-sitting">{t("groups.participation.wholeSitting")}</h2>
            <FiguresView id="sitting" figures={data.sitting} />
          </section>
          {data.groups.map((g) => (
            <section key={g.groupId} aria-labelledby={`p-${g.groupId}`} className="participation-scope">
              <h2 id={`p-${g.groupId}`}>{t("groups.number", { number: g.number })}</h2>
              <FiguresView id={`g${g.number}`} figures={g.figures} />
            </section>
          ))}
          <section aria-labelledby="p-plenary" className="participation-scope">
            <h2 id="p-plenary">{t("groups.plenary.title")}</h2>
            <FiguresView id="plenary" figures={data.plenary} />
          </section>
        </>
      )}
    </div>
  );
};

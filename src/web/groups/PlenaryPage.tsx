import { JoinRemotely } from "../attendance/JoinRemotely.js";
import { useCallback, useEffect } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { LiveEvent, SittingDetail } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Ml } from "../components/Ml.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import { paragraphOptions, textIn } from "./options.js";
import { SpeakersPanel } from "./SpeakersPanel.js";
import { useFollowSitting } from "./useFollowSitting.js";
import { payloadField, useEventRouter } from "./useEventRouter.js";
import { useFreshAccount, useOptional } from "./useGroupData.js";
import { useSpeakers } from "./useSpeakers.js";
import { useDraftTexts } from "../sitting/useDraftTexts.js";
import { allLanguages, requests } from "../api/client.js";

/**
 * The plenary list's events reach those who follow it (the staff, its presiding officer, the event's participants),
 * and everyone once its projector is published; others see the list refreshed at this interval instead.
 */
const PLENARY_REFRESH_MS = 5_000;

const PlenaryScreen = ({ detail }: { detail: SittingDetail }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const sittingId = detail.sitting.id;
  const { account, reload: reloadAccount } = useFreshAccount();
  const occupancy = useOptional(requests.groups.occupancy({ params: { id: sittingId } }));
  const may = occupancy.data?.permissions.plenary ?? { follow: false, run: false, takePart: false, readParticipation: false };
  const speakers = useSpeakers({ kind: "plenary", id: sittingId }, true);
  const router = useEventRouter(
    {
      speakers: speakers.reload,
      account: () => {
        reloadAccount();
        occupancy.reload();
      },
    },
    useCallback(
      (event: LiveEvent) =>
        event.type.startsWith("speakers_list.") && payloadField(event, "key") === `plenary:${sittingId}`
          ? (["speakers"] as const)
          : event.type === "membership.changed"
            ? (["account"] as const)
            : [],
      [sittingId],
    ),
  );
  const live = useFollowSitting(sittingId, router);
  const drafts = useDraftTexts(sittingId).drafts;
  const followsLive = may.follow || (speakers.state.state === "ready" && speakers.state.list.projectorPublished);
  const reloadSpeakers = speakers.reload;
  useEffect(() => {
    if (followsLive) return;
    const timer = setInterval(reloadSpeakers, PLENARY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [followsLive, reloadSpeakers]);
  usePageTitle(`${t("groups.plenary.title")} · ${textIn(detail.sitting.title, language).text}`);

  return (
    <div className="page page-group page-plenary">
      <header className="group-page-header">
        <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
          <Link href={paths.sitting(sittingId)}>
            <Ml text={detail.sitting.title} />
          </Link>
        </nav>
        <h1 className="group-page-title">{t("groups.plenary.title")}</h1>
        <div className="group-page-links">
          <Link className="button button-quiet" href={paths.plenaryProjector(sittingId)} data-testid="projector-link">
            {t("groups.page.projector")}
          </Link>
          {may.run && (
            <Link className="button button-quiet" href={paths.projectorControl(sittingId)} data-testid="projectors-link">
              {t("projectors.link")}
            </Link>
          )}
          {may.readParticipation && (
            <Link className="button button-quiet" href={paths.sittingParticipation(sittingId)} data-testid="participation-link">
              {t("groups.page.participation")}
            </Link>
          )}
          {may.readParticipation && (
            <Link className="button button-quiet" href={paths.sittingAttendance(sittingId)} data-testid="attendance-link">
              {t("attendance.link")}
            </Link>
          )}
        </div>
      </header>
      <LiveIndicator status={live} />
      {may.takePart && <JoinRemotely sittingId={sittingId} />}
      <SpeakersPanel
        floor={{ kind: "plenary", id: sittingId }}
        speakers={speakers}
        mayRun={may.run}
        mayTakePart={may.takePart}
        me={account?.id ?? null}
        questions={[]}
        paragraphs={paragraphOptions(drafts ?? [])}
      />
    </div>
  );
};

/** The speakers list of a plenary sitting: the same list as in the groups, run by the presiding officer. */
export const PlenaryPage = ({ sittingId }: { sittingId: string }) => {
  const { resource } = useResource(allLanguages(requests.sittings.get({ params: { id: sittingId }, query: {} })));
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  return <PlenaryScreen detail={resource.data} />;
};

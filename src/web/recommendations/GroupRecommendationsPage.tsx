import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, requests } from "../api/client.js";
import { navigate, paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { describeDecision } from "../committee/format.js";
import { ActButton, ErrorNotice, Follow, useAct } from "../committee/shared.js";
import { useMaybe } from "../committee/useMaybe.js";
import { Ml } from "../components/Ml.js";
import { LoadError, Loading } from "../components/Status.js";
import { useGroupSitting } from "../groups/useGroupData.js";
import { PresentReport } from "../projector/PresentReport.js";

/** A group's recommendations, one per draft resolution; its rapporteur starts drafting them here. */
export const GroupRecommendationsPage = ({ groupId }: { groupId: string }) => {
  const { t } = useTranslation();
  const { resource } = useGroupSitting(groupId);
  const list = useMaybe(requests.recommendations.list({ params: { groupId } }));
  const act = useAct();
  usePageTitle(t("committee.rec.listTitle"));
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const { detail, group } = resource.data;
  const recs = list.data?.recommendations ?? [];
  const start = async (draftId: string) => {
    const created = await api.recommendations.start({ params: { groupId }, body: { draftId } });
    navigate(paths.recommendation(created.id));
  };

  return (
    <div className="page rec-page">
      <nav aria-label={t("committee.breadcrumb")} className="breadcrumb">
        <Link href={paths.group(groupId)} className="breadcrumb-link">
          {t("committee.rec.backToGroup", { number: group.number })}
        </Link>
      </nav>
      <header className="draft-page-header">
        <p className="eyebrow">{t("committee.rec.group", { number: group.number })}</p>
        <h1>
          {t("committee.rec.heading")}: <Ml text={group.title} />
        </h1>
        <Follow sittingId={detail.sitting.id} concerns={/^recommendation\./} onChange={list.reload} />
      </header>
      <ErrorNotice error={act.error} />
      <ul className="rec-list">
        {detail.draftResolutions.map((d) => {
          const rec = recs.find((r) => r.draftId === d.id);
          return (
            <li key={d.id} className="rec-list-item" data-testid="group-recommendation">
              <p className="eyebrow" dir="ltr">
                {d.symbol}
              </p>
              <Ml as="p" text={d.title} />
              {rec ? (
                <p>
                  <Link href={paths.recommendation(rec.id)} className="button button-quiet" data-testid="open-recommendation">
                    {t("committee.rec.open")}
                  </Link>{" "}
                  {t(`committee.recStatus.${rec.status}`)}
                  {rec.agreement && ` · ${describeDecision(t, rec.agreement)}`}
                </p>
              ) : list.data?.permissions.start ? (
                <ActButton
                  label={t("committee.rec.start")}
                  name={d.id}
                  act={act}
                  onPress={() => start(d.id)}
                  testId="start-recommendation"
                />
              ) : (
                <p className="muted">{t("committee.rec.notStarted")}</p>
              )}
            </li>
          );
        })}
      </ul>
      {list.data?.permissions.presentReport && <PresentReport groupId={groupId} />}
    </div>
  );
};

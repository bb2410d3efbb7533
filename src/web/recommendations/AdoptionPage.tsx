import { useCallback, useEffect, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { allLanguages, api, requests } from "../api/client.js";
import type { SittingDetail } from "../api/types.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { DeadlinePanel } from "../committee/DeadlinePanel.js";
import { Follow } from "../committee/shared.js";
import type { Adoption, Recommendation } from "../committee/types.js";
import { useMaybe } from "../committee/useMaybe.js";
import { Ml } from "../components/Ml.js";
import { Loading } from "../components/Status.js";
import { AdoptionPlanForm } from "./AdoptionPlanForm.js";
import { AdoptionResult } from "./AdoptionResult.js";
import { useKeptFocus } from "../components/useKeptFocus.js";

/** The body's recorded adoptions of its groups' recommendations on a draft, found through the groups' recommendations. */
const useAdoptions = (
  sitting: SittingDetail | null,
  draftId: string,
  generation: number,
): { recs: Recommendation[]; adoptions: Adoption[] } => {
  const [found, setFound] = useState<{ recs: Recommendation[]; adoptions: Adoption[] }>({ recs: [], adoptions: [] });
  useEffect(() => {
    if (!sitting) return;
    const controller = new AbortController();
    const signal = controller.signal;
    void (async () => {
      const lists = await Promise.all(
        sitting.groups.map((g) =>
          api.recommendations.list({ params: { groupId: g.id } }, { signal }).catch(() => ({ recommendations: [] })),
        ),
      );
      const recs = lists.flatMap((l) => l.recommendations).filter((r) => r.draftId === draftId);
      const ids = [...new Set(recs.flatMap((r) => (r.adoptionId ? [r.adoptionId] : [])))];
      const adoptions = await Promise.all(ids.map((id) => api.adoptions.get({ params: { id } }, { signal })));
      if (!signal.aborted) setFound({ recs, adoptions });
    })().catch(() => undefined);
    return () => controller.abort();
  }, [sitting, draftId, generation]);
  return found;
};

/** The following sitting: the presiding officer puts the groups' recommendations to the body, records its decision and submits its amendments. */
export const AdoptionPage = ({ bodyId, draftId }: { bodyId: string; draftId: string }) => {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const draft = useMaybe(requests.drafts.get({ params: { id: draftId } }));
  const sittingId = draft.data?.sittingId ?? null;
  const sitting = useMaybe(sittingId ? allLanguages(requests.sittings.get({ params: { id: sittingId }, query: {} })) : null).data;
  const plan = useMaybe(requests.adoptions.plan({ params: { bodyId, draftId } }));
  const deadline = useMaybe(requests.submissions.deadline({ params: { id: draftId } }));
  const { recs, adoptions } = useAdoptions(sitting, draftId, generation);
  const title = useKeptFocus<HTMLHeadingElement>();
  const [planReload, deadlineReload] = [plan.reload, deadline.reload];
  useEffect(() => {
    if (generation === 0) return;
    planReload();
    deadlineReload();
  }, [generation, planReload, deadlineReload]);
  usePageTitle(t("committee.adoption.pageTitle"));
  if (plan.failed && !plan.data) return <p className="notice notice-error">{t("status.failed")}</p>;
  if (plan.data && !plan.data.permissions.adopt) return <p className="notice notice-error">{t("status.forbidden")}</p>;
  if (!plan.data || !sitting) return <Loading />;
  const permissions = plan.data.permissions;
  const groupOf = (recommendationId: string) => {
    const groupId =
      recs.find((r) => r.id === recommendationId)?.groupId ?? plan.data?.recommendations.find((r) => r.id === recommendationId)?.groupId;
    const group = sitting.groups.find((g) => g.id === groupId);
    return group ? t("committee.rec.group", { number: group.number }) : "";
  };
  const draftView = sitting.draftResolutions.find((d) => d.id === draftId);
  const labelOf = (paragraphId: string) => draft.data?.paragraphs.find((p) => p.id === paragraphId)?.label ?? null;

  return (
    <div className="page rec-page" data-testid="adoption-page">
      <nav aria-label={t("committee.breadcrumb")} className="breadcrumb">
        <Link href={paths.sitting(sitting.sitting.id)} className="breadcrumb-link">
          {t("committee.backToSitting")}
        </Link>
      </nav>
      <header className="draft-page-header">
        <p className="eyebrow">
          <Ml text={sitting.sitting.body.name} /> · <span dir="ltr">{draftView?.symbol}</span>
        </p>
        <h1 ref={title} tabIndex={-1}>
          {t("committee.adoption.heading")}
        </h1>
        <div className="draft-page-tools">
          <Follow
            sittingId={sitting.sitting.id}
            concerns={/^(recommendation|body_adoption|amendment|deadline|committee)\./}
            onChange={refresh}
          />
          <Link href={paths.committee(draftId)} className="button button-quiet">
            {t("committee.page.open")}
          </Link>
        </div>
      </header>
      <DeadlinePanel draftId={draftId} deadline={deadline.data?.deadline ?? null} canSet={permissions.setDeadline} onChanged={refresh} />
      {plan.data.recommendations.length > 0 ? (
        <AdoptionPlanForm plan={plan.data} groupOf={groupOf} onAdopted={refresh} />
      ) : (
        adoptions.length === 0 && <p className="muted">{t("committee.adoption.nothing")}</p>
      )}
      {adoptions.map((a) => (
        <AdoptionResult
          key={a.id}
          adoption={a}
          groupOf={groupOf}
          labelOf={labelOf}
          wording={draft.data}
          canSubmit={permissions.adopt}
          generation={generation}
          onChanged={refresh}
        />
      ))}
    </div>
  );
};

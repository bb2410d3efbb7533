import { useCallback, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Follow } from "../committee/shared.js";
import { Ml } from "../components/Ml.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { AgreementSection } from "./AgreementSection.js";
import { AmendmentsSection } from "./AmendmentsSection.js";
import { CommentsSection } from "./CommentsSection.js";
import { OutcomeSection } from "./OutcomeSection.js";
import { TextsSection } from "./TextsSection.js";
import { useRecommendation } from "./useRecommendation.js";
import { useDraftTexts } from "../sitting/useDraftTexts.js";
import { TableDownloads } from "../exports/TableDownloads.js";

const CONCERNS = /^(recommendation|vote|body_adoption|committee|amendment|draft_resolution)\./;

/** A group's recommendations as the rapporteur drafts them live, the members comment, and the chair records the agreement. */
export const RecommendationPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { rec, votes, votesExport, members, sitting, sittingId, settled, reload } = useRecommendation(id);
  const [generation, setGeneration] = useState(0);
  const texts = useDraftTexts(sittingId);
  const reloadTexts = texts.reload;
  const refresh = useCallback(() => {
    reload();
    reloadTexts();
    setGeneration((g) => g + 1);
  }, [reload, reloadTexts]);
  usePageTitle(t("committee.rec.pageTitle"));
  // Shown whole: sections that arrived one by one would move the chair's buttons as they are pressed.
  const whole = settled && (sittingId === null || texts.settled);
  if (rec.state === "loading" || (rec.state === "ready" && !whole)) return <Loading />;
  if (rec.state === "error") return <LoadError error={rec.error} />;
  const r = rec.data;
  const group = sitting?.groups.find((g) => g.id === r.groupId);
  const draft = texts.drafts?.find((d) => d.id === r.draftId);
  const rights = r.permissions;

  return (
    <div className="page rec-page" data-testid="recommendation" data-status={r.status}>
      <nav aria-label={t("committee.breadcrumb")} className="breadcrumb">
        <Link href={paths.groupRecommendations(r.groupId)} className="breadcrumb-link">
          {t("committee.rec.backToGroup", { number: r.groupNumber })}
        </Link>
      </nav>
      <header className="draft-page-header">
        <p className="eyebrow">
          {t("committee.rec.group", { number: r.groupNumber })} ·{" "}
          <span data-testid="rec-status">{t(`committee.recStatus.${r.status}`)}</span>
        </p>
        <h1>
          {t("committee.rec.heading")}: <Ml text={r.groupTitle} />
        </h1>
        <div className="draft-page-tools">
          {sittingId && <Follow sittingId={sittingId} concerns={CONCERNS} onChange={refresh} />}
          {rights.adopt && r.status === "presented" && (
            <Link href={paths.adoption(r.bodyId, r.draftId)} className="button button-quiet">
              {t("committee.adoption.open")}
            </Link>
          )}
        </div>
      </header>
      <TextsSection rec={r} questions={group?.guidingQuestions ?? []} canEdit={rights.edit} onSaved={refresh} />
      <AmendmentsSection rec={r} paragraphs={draft?.paragraphs ?? []} language={language} canEdit={rights.edit} onChanged={refresh} />
      <AgreementSection rec={r} votes={votes} rights={rights} onChanged={refresh} />
      {votesExport && <TableDownloads table="votes" id={votesExport} />}
      <CommentsSection rec={r} members={members} canComment={rights.comment} onChanged={refresh} />
      {r.adoptionId && <OutcomeSection recommendationId={r.id} generation={generation} />}
    </div>
  );
};

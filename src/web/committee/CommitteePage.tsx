import { useMemo, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { followAfter } from "../live/useLiveSitting.js";
import { CompilationSection } from "./CompilationSection.js";
import { DraftTranslationsProvider } from "../translations/InReaderLanguage.js";
import { DeadlinePanel } from "./DeadlinePanel.js";
import { Downloads } from "./Downloads.js";
import { ResolutionAdoption } from "./ResolutionAdoption.js";
import { DecisionsTaken } from "./ReopenDecision.js";
import { RevisedText } from "./RevisedText.js";
import { RevisionSection } from "./RevisionSection.js";
import { DecisionFields, Follow } from "./shared.js";
import { SubmissionPanel } from "./SubmissionPanel.js";
import type { DecisionInput } from "./types.js";
import { useCommitteeData } from "./useCommitteeData.js";
import { VotingOrderSection } from "./VotingOrderSection.js";

const CONCERNS = /^(amendment|committee|deadline|draft_resolution|body_adoption|paragraph|translation)\./;

/** The committee in charge: submissions by the deadline, the compiled amendments and their voting order, decisions, the revised draft and its adoption. */
export const CommitteePage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const data = useCommitteeData(id);
  const [decision, setDecision] = useState<DecisionInput>({ method: "consensus" });
  usePageTitle(t("committee.page.title"));
  const numbers = useMemo(() => new Map(data.amendments.map((a) => [a.id, a.number])), [data.amendments]);
  if (data.draft.state === "loading") return <Loading />;
  if (data.draft.state === "error") return <LoadError error={data.draft.error} />;
  const d = data.draft.data;
  const chain = data.versions;
  const here = chain.findIndex((v) => v.draftId === id);
  const revisedId = here >= 0 ? (chain[here + 1]?.draftId ?? null) : null;
  const drafts = data.sitting?.draftResolutions ?? [];
  const committee =
    (drafts.find((x) => x.id === id) ?? drafts.find((x) => chain.some((v) => v.draftId === x.id)) ?? drafts.find((x) => x.committee))
      ?.committee ?? null;
  const canDecide = d.permissions.decide;
  const numberOf = (aid: string) => `#${numbers.get(aid) ?? "?"}`;
  const undecided = data.amendments.filter((a) => a.status === "submitted").length;
  const title = d.title?.versions[ui]?.text ?? (d.title ? d.title.versions[d.title.original]?.text : null) ?? d.symbol;
  const titleLanguage = d.title?.versions[ui] ? ui : (d.title?.original ?? ui);
  const original = d.stage === "draft";

  return (
    <div className="page committee-page" data-testid="committee-page" data-stage={d.stage}>
      <nav aria-label={t("committee.breadcrumb")} className="breadcrumb">
        <Link href={paths.draft(id)} className="breadcrumb-link">
          {t("committee.page.toDraft")}
        </Link>
      </nav>
      <header className="draft-page-header">
        <p className="eyebrow">
          {committee && <>{committee.name.versions[ui]?.text ?? committee.name.versions[committee.name.original]?.text} · </>}
          {t(`draftStage.${d.stage}`)} · <span dir="ltr">{d.symbol}</span>
        </p>
        <h1 lang={titleLanguage} dir={directionOf(titleLanguage)}>
          {title}
        </h1>
        <div className="draft-page-tools">
          {d.sittingId && <Follow sittingId={d.sittingId} concerns={CONCERNS} onChange={data.reload} after={followAfter(d)} />}
        </div>
      </header>
      {original ? (
        <>
          <DeadlinePanel
            key={data.deadline?.version ?? 0}
            draftId={id}
            deadline={data.deadline}
            canSet={d.permissions.setDeadline}
            onChanged={data.reload}
          />
          <SubmissionPanel
            amendments={data.amendments}
            mine={d.mine}
            deadline={data.deadline}
            secretariat={d.permissions.submitForAuthors}
            onChanged={data.reload}
          />
          {canDecide && undecided > 0 && (
            <section className="rec-section" aria-label={t("committee.decision.how")}>
              <DecisionFields value={decision} onChange={setDecision} idPrefix="committee" />
            </section>
          )}
          {data.compilation && (
            <>
              <DraftTranslationsProvider draftId={id} language={ui} refresh={data.amendments}>
                <CompilationSection
                  draftId={id}
                  compilation={data.compilation}
                  amendments={data.amendments}
                  committeeId={canDecide ? (committee?.id ?? null) : null}
                  decision={decision}
                  onChanged={data.reload}
                />
              </DraftTranslationsProvider>
              <VotingOrderSection compilation={data.compilation} numberOf={numberOf} />
              {d.permissions.decide && revisedId === null && <DecisionsTaken amendments={data.amendments} onChanged={data.reload} />}
            </>
          )}
          <RevisionSection
            draftId={id}
            version={d.version}
            revisedId={revisedId}
            renumbering={data.renumbering}
            canRevise={canDecide}
            undecided={undecided}
            onChanged={data.reload}
          />
          <Downloads symbol={d.symbol} documents={["amendments", "annotated-table"]} />
        </>
      ) : (
        <>
          <RevisedText draft={d} />
          <ResolutionAdoption
            draftId={id}
            symbol={d.symbol}
            version={d.version}
            stage={d.stage}
            committeeId={committee?.id ?? null}
            record={chain[here]}
            canAdopt={canDecide}
            onChanged={data.reload}
          />
          <Downloads symbol={d.symbol} documents={d.stage === "adopted" ? ["revised-draft", "adopted-resolution"] : ["revised-draft"]} />
        </>
      )}
    </div>
  );
};

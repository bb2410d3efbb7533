import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api, requests } from "../api/client.js";
import { describeDecision } from "../committee/format.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { Adoption } from "../committee/types.js";
import { useMaybe } from "../committee/useMaybe.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { withWording, type DraftWording } from "../drafts/listedAmendments.js";
import { placeInWords } from "./placeInWords.js";
import { useLanguage } from "../i18n/index.js";
import { enumerate } from "../components/enumerate.js";
import { useKeptFocus } from "../components/useKeptFocus.js";

/** The body's adopted set: each amendment, how it came (single, merged, chosen, compromise), the groups credited, its status; then its submission to the committee. */
export const AdoptionResult = ({
  adoption,
  groupOf,
  labelOf,
  wording,
  canSubmit,
  generation,
  onChanged,
}: {
  adoption: Adoption;
  groupOf: (recommendationId: string) => string;
  labelOf: (paragraphId: string) => string | null;
  /** The draft, whose wording the listed amendments' changes name by place; null while it loads. */
  wording: DraftWording | null;
  canSubmit: boolean;
  generation: number;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const act = useAct();
  const heading = useKeptFocus<HTMLHeadingElement>();
  const list = useMaybe(requests.amendments.list({ params: { id: adoption.draftId }, query: {} }));
  const reload = list.reload;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  const byId = new Map((wording && list.data ? withWording(wording, list.data.amendments) : []).map((a) => [a.id, a]));
  const pending = adoption.amendments.some((a) => byId.get(a.id)?.status === "draft");
  const submit = () => api.submissions.submitAdoption({ params: { id: adoption.id }, body: {} }).then(onChanged);

  return (
    <section className="rec-section" aria-labelledby={`adoption-${adoption.id}`} data-testid="adoption-result">
      <h2 id={`adoption-${adoption.id}`} ref={heading} tabIndex={-1}>
        {t("committee.adoption.adopted")}
      </h2>
      <p data-testid="adoption-decision">{t("committee.adoption.decidedBy", { how: describeDecision(t, adoption.decision) })}</p>
      <ol className="rec-amendment-list">
        {adoption.amendments.map((a) => {
          const view = byId.get(a.id);
          return (
            <li key={a.id} className="rec-amendment" data-testid="body-amendment" data-how={a.how} data-status={view?.status}>
              <p className="rec-amendment-head">
                <strong>{t("committee.amendmentNumber", { number: a.number })}</strong> · {view ? placeInWords(t, view, labelOf) : ""} ·{" "}
                {t(`committee.how.${a.how}`)} ·{" "}
                <span data-testid="credited">{enumerate([...new Set(a.sources.map((s) => groupOf(s.recommendationId)))], language)}</span> ·{" "}
                {view && t(`committee.status.${view.status}`)}
              </p>
              {view && (
                <p className="preview-text">
                  <TrackedChanges changes={view.changes} language={view.language} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <ErrorNotice error={act.error} />
      {canSubmit && pending && (
        <ActButton
          label={t("committee.submission.submitBody")}
          name="submit"
          act={act}
          onPress={submit}
          confirm={{
            title: t("confirm.submitBody.title"),
            message: t("confirm.submitBody.message"),
            confirmLabel: t("committee.submission.submitBody"),
          }}
          testId="submit-body-amendments"
        />
      )}
    </section>
  );
};

import type { TFunction } from "i18next";
import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { api } from "../api/client.js";
import type { ResolutionParagraph } from "../api/types.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { GroupAmendment, Recommendation } from "../committee/types.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { useKeptFocus } from "../components/useKeptFocus.js";
import { GroupAmendmentForm } from "./GroupAmendmentForm.js";

/** Where an amendment applies: "OP3", "after OP5", "title". */
export const placeOf = (
  a: { action: string; targetLabel: string | null },
  labelOf: (id: string) => string,
  after: string | null,
  t: TFunction,
): string =>
  a.action === "insert" ? t("committee.rec.after", { label: after ? labelOf(after) : "" }) : (a.targetLabel ?? t("committee.rec.title"));

/** The group's proposed amendments as tracked changes; the rapporteur adds and removes them while drafting. */
export const AmendmentsSection = ({
  rec,
  paragraphs,
  language,
  canEdit,
  onChanged,
}: {
  rec: Recommendation;
  paragraphs: readonly ResolutionParagraph[];
  language: Language;
  canEdit: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [adding, setAdding] = useState(false);
  const heading = useKeptFocus<HTMLHeadingElement>();
  const writing = canEdit && rec.status === "drafting";
  const labelOf = (id: string) => paragraphs.find((p) => p.id === id)?.label ?? id;
  const remove = (a: GroupAmendment) =>
    api.recommendations.removeAmendment({ params: { id: rec.id, amendmentId: a.id }, body: { version: rec.version } }).then(onChanged);

  return (
    <section className="rec-section" aria-labelledby="rec-amendments">
      <h2 id="rec-amendments" ref={heading} tabIndex={-1}>
        {t("committee.rec.amendments", { count: rec.amendments.length })}
      </h2>
      <ErrorNotice error={act.error} />
      {rec.amendments.length === 0 ? (
        <p className="muted">{t("committee.rec.noAmendments")}</p>
      ) : (
        <ol className="rec-amendment-list">
          {rec.amendments.map((a) => (
            <li key={a.id} className="rec-amendment" data-testid="rec-amendment" data-label={placeOf(a, labelOf, a.after, t)}>
              <p className="rec-amendment-head">
                <strong>{placeOf(a, labelOf, a.after, t)}</strong> · {t(`committee.rec.actions.${a.action}`)}
              </p>
              <p className="preview-text">
                <TrackedChanges changes={a.changes} language={a.language} />
              </p>
              {a.justification && <p className="muted">{a.justification}</p>}
              {writing && <ActButton label={t("committee.rec.remove")} name={`remove-${a.id}`} act={act} onPress={() => remove(a)} quiet />}
            </li>
          ))}
        </ol>
      )}
      {writing &&
        // The form starts on the draft's first paragraph in the reader's language: it opens once the draft is here.
        (adding && paragraphs.length > 0 ? (
          <GroupAmendmentForm
            rec={rec}
            paragraphs={paragraphs}
            defaultLanguage={language}
            onDone={() => {
              setAdding(false);
              onChanged();
            }}
          />
        ) : (
          <Button
            className="button button-quiet"
            onPress={() => setAdding(true)}
            isDisabled={paragraphs.length === 0}
            data-testid="open-amendment-form"
          >
            {t("committee.rec.propose")}
          </Button>
        ))}
    </section>
  );
};

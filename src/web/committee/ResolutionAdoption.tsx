import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { describeDecision } from "./format.js";
import { ActButton, DecisionFields, ErrorNotice, useAct } from "./shared.js";
import { useKeptFocus } from "../components/useKeptFocus.js";
import type { DecisionInput, DraftVersion } from "./types.js";

/** The committee adopts the revised resolution as a whole, recorded with its vote or consensus. */
export const ResolutionAdoption = ({
  draftId,
  symbol,
  version,
  stage,
  committeeId,
  record,
  canAdopt,
  onChanged,
}: {
  draftId: string;
  symbol: string;
  version: number;
  stage: string;
  committeeId: string | null;
  record: DraftVersion | undefined;
  canAdopt: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const heading = useKeptFocus<HTMLHeadingElement>();
  const [decision, setDecision] = useState<DecisionInput>({ method: "consensus" });
  const adopt = (bodyId: string) => api.committee.adopt({ params: { id: draftId }, body: { version, bodyId, decision } }).then(onChanged);
  return (
    <section className="rec-section" aria-labelledby="adoption-whole" data-testid="resolution-adoption" data-stage={stage}>
      <h2 id="adoption-whole" ref={heading} tabIndex={-1}>
        {t("committee.revision.adoption")}
      </h2>
      <ErrorNotice error={act.error} />
      {record?.adoption ? (
        <p data-testid="resolution-adopted">{t("committee.revision.adopted", { how: describeDecision(t, record.adoption.decision) })}</p>
      ) : canAdopt && committeeId ? (
        <>
          <DecisionFields value={decision} onChange={setDecision} idPrefix="resolution" />
          <ActButton
            label={t("committee.revision.adopt")}
            name="adopt"
            act={act}
            onPress={() => adopt(committeeId)}
            confirm={{
              title: t("confirm.adoptResolution.title"),
              message: t("confirm.adoptResolution.message", { symbol, how: describeDecision(t, decision) }),
              confirmLabel: t("committee.revision.adopt"),
            }}
            testId="adopt-resolution"
          />
        </>
      ) : (
        <p className="muted">{t("committee.revision.notAdopted")}</p>
      )}
    </section>
  );
};

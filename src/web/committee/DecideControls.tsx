import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type BodyOf } from "../api/client.js";
import { NativeSelectField, TextAreaField } from "../drafts/controls.js";
import type { AmendmentView } from "../drafts/types.js";
import type { Confirmation } from "../components/ConfirmAction.js";
import { describeDecision } from "./format.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import type { DecisionInput } from "./types.js";
import type { Routes } from "../../api/routes.js";

/** The committee's decision on one submitted amendment: accept, reject, accept as revised, or merge into another at the same place. */
export const DecideControls = ({
  amendment,
  others,
  committeeId,
  decision,
  onChanged,
}: {
  amendment: AmendmentView;
  others: readonly AmendmentView[];
  committeeId: string;
  decision: DecisionInput;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [revised, setRevised] = useState<string | null>(null);
  const [chosen, setInto] = useState<string | null>(null);
  const into = chosen !== null && others.some((o) => o.id === chosen) ? chosen : (others[0]?.id ?? "");
  const decide = (transition: BodyOf<Routes["committee"]["decide"]>["transition"]) =>
    api.committee
      .decide({ params: { id: amendment.id }, body: { version: amendment.version, transition, bodyId: committeeId, decision } })
      .then(onChanged);
  // Worded when the reader asks for a decision: a compilation of many amendments words none of them on showing.
  const confirm = (kind: "accept" | "reject" | "acceptAsRevised" | "merge", confirmLabel: string) => (): Confirmation => ({
    title: t("confirm.decide.title", { number: amendment.number }),
    message: t(`confirm.decide.${kind}`, {
      number: amendment.number,
      how: describeDecision(t, decision),
      into: others.find((o) => o.id === into)?.number ?? "",
    }),
    confirmLabel,
  });
  return (
    <div className="decide-controls" data-testid="decide" data-number={amendment.number}>
      <ErrorNotice error={act.error} />
      <div className="button-row">
        <ActButton
          label={t("committee.decide.accept")}
          name="accept"
          act={act}
          onPress={() => decide({ type: "accept" })}
          confirm={confirm("accept", t("committee.decide.accept"))}
          testId="decide-accept"
        />
        <ActButton
          label={t("committee.decide.reject")}
          name="reject"
          act={act}
          onPress={() => decide({ type: "reject" })}
          confirm={confirm("reject", t("committee.decide.reject"))}
          quiet
          testId="decide-reject"
        />
        {revised === null && (
          <ActButton
            label={t("committee.decide.acceptAsRevised")}
            name="open-revised"
            act={act}
            onPress={async () => setRevised(amendment.text ?? "")}
            quiet
            testId="decide-revise"
          />
        )}
      </div>
      {revised !== null && (
        <div className="inline-form">
          <TextAreaField
            label={t("committee.decide.revisedText")}
            value={revised}
            onChange={setRevised}
            language={amendment.language}
            rows={3}
            testId="revised-text"
          />
          <ActButton
            label={t("committee.decide.acceptAsRevised")}
            name="revised"
            act={act}
            onPress={() => decide({ type: "accept_as_revised", revisedText: revised })}
            confirm={confirm("acceptAsRevised", t("committee.decide.acceptAsRevised"))}
            disabled={!revised.trim()}
            testId="decide-revised"
          />
        </div>
      )}
      {others.length > 0 && (
        <div className="form-row">
          <NativeSelectField
            label={t("committee.decide.mergeInto")}
            value={into}
            onChange={setInto}
            options={others.map((o) => ({ id: o.id, label: t("committee.amendmentBy", { number: o.number, author: o.author ?? "" }) }))}
          />
          <ActButton
            label={t("committee.decide.merge")}
            name="merge"
            act={act}
            onPress={() => decide({ type: "merge", into })}
            confirm={confirm("merge", t("committee.decide.merge"))}
            quiet
            testId="decide-merge"
          />
        </div>
      )}
    </div>
  );
};

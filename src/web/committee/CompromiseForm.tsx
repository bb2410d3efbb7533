import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { TextAreaField } from "../drafts/controls.js";
import type { AmendmentView } from "../drafts/types.js";
import { useLanguage } from "../i18n/index.js";
import { describeDecision } from "./format.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import type { DecisionInput } from "./types.js";
import { enumerate } from "../components/enumerate.js";

/** Merges every submitted amendment at one place into a compromise text that the committee then decides on. */
export const CompromiseForm = ({
  draftId,
  target,
  amendments,
  committeeId,
  decision,
  onChanged,
}: {
  draftId: string;
  target: string;
  amendments: readonly AmendmentView[];
  committeeId: string;
  decision: DecisionInput;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const act = useAct();
  const [text, setText] = useState<string | null>(null);
  const make = () =>
    api.committee
      .compromise({
        params: { id: draftId },
        body: { target, text: text ?? "", language: ui, merge: amendments.map((a) => a.id), bodyId: committeeId, decision },
      })
      .then(() => {
        setText(null);
        onChanged();
      });
  return text === null ? (
    <ActButton
      label={t("committee.decide.compromise")}
      name="open"
      act={act}
      onPress={async () => setText(amendments[0]?.text ?? "")}
      quiet
      testId="open-compromise"
    />
  ) : (
    <div className="inline-form" data-testid="compromise-form">
      <ErrorNotice error={act.error} />
      <TextAreaField
        label={t("committee.decide.compromiseText", {
          numbers: enumerate(
            amendments.map((a) => a.number),
            ui,
          ),
        })}
        value={text}
        onChange={setText}
        language={ui}
        rows={3}
        testId="committee-compromise-text"
      />
      <ActButton
        label={t("committee.decide.makeCompromise")}
        name="make"
        act={act}
        onPress={make}
        confirm={{
          title: t("confirm.decide.compromiseTitle"),
          message: t("confirm.decide.compromise", {
            numbers: enumerate(
              amendments.map((a) => a.number),
              ui,
            ),
            how: describeDecision(t, decision),
          }),
          confirmLabel: t("committee.decide.makeCompromise"),
        }}
        disabled={!text.trim()}
        testId="make-compromise"
      />
    </div>
  );
};

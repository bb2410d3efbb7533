import { GroupQuorum } from "../attendance/GroupQuorum.js";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VOTE_KINDS, type VoteKind } from "../../domain/votes/vote.js";
import { api, type BodyOf } from "../api/client.js";
import { describeDecision } from "../committee/format.js";
import { ActButton, DecisionFields, ErrorNotice, useAct } from "../committee/shared.js";
import type { DecisionInput, Recommendation, Vote } from "../committee/types.js";
import { SelectField, TextAreaField } from "../drafts/controls.js";
import { VotePanel } from "./VotePanel.js";
import { useKeptFocus } from "../components/useKeptFocus.js";
import type { Routes } from "../../api/routes.js";

type Rights = Recommendation["permissions"];

/** How the group agrees: the chair records consensus or a counted show of hands, or holds a vote; then the rapporteur presents; any step back is a recorded reopening. */
export const AgreementSection = ({
  rec,
  votes,
  rights,
  onChanged,
}: {
  rec: Recommendation;
  votes: readonly Vote[];
  rights: Rights;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [decision, setDecision] = useState<DecisionInput>({ method: "consensus" });
  const [kind, setKind] = useState<VoteKind>("electronic");
  const [reason, setReason] = useState("");
  const heading = useKeptFocus<HTMLHeadingElement>();
  const mine = votes.filter((v) => v.subject === `recommendation:${rec.id}`);
  const open = mine.find((v) => v.status === "open");
  const transition = (transition: BodyOf<Routes["recommendations"]["transition"]>["transition"]) =>
    api.recommendations.transition({ params: { id: rec.id }, body: { version: rec.version, transition } }).then(onChanged);
  const openVote = () =>
    api.votes.open({ params: { groupId: rec.groupId }, body: { subject: `recommendation:${rec.id}`, kind } }).then(onChanged);
  const canReopen = rec.next.includes("reopen") && rights.reopen;

  return (
    <section className="rec-section" aria-labelledby="rec-agreement" data-testid="rec-agreement">
      <h2 id="rec-agreement" ref={heading} tabIndex={-1}>
        {t("committee.rec.agreement")}
      </h2>
      <ErrorNotice error={act.error} />
      {rec.agreement && (
        <p className="rec-agreed" data-testid="rec-agreed">
          {t("committee.rec.agreedBy", { how: describeDecision(t, rec.agreement) })}
        </p>
      )}
      {rec.reopenings.length > 0 && (
        <ul className="rec-reopenings">
          {rec.reopenings.map((r, i) => (
            <li key={i}>{t("committee.rec.reopened", { from: t(`committee.recStatus.${r.from}`), reason: r.reason })}</li>
          ))}
        </ul>
      )}
      {mine.map((v) => (
        <VotePanel
          key={v.id}
          vote={v}
          isChair={rights.agree}
          isMember={rights.vote}
          canRecord={rec.next.includes("agree")}
          onRecord={(voteId) => transition({ type: "agree_by_vote", voteId })}
          onChanged={onChanged}
        />
      ))}
      {rights.agree && rec.next.includes("agree") && !open && (
        <div className="inline-form" data-testid="chair-agreement">
          <DecisionFields value={decision} onChange={setDecision} idPrefix="rec" />
          <div className="button-row">
            <ActButton
              label={t("committee.rec.recordAgreement")}
              name="agree"
              act={act}
              onPress={() => transition({ type: "agree", decision })}
              confirm={{
                title: t("confirm.agreement.title"),
                message: t("confirm.agreement.message", { how: describeDecision(t, decision) }),
                confirmLabel: t("committee.rec.recordAgreement"),
              }}
              testId="record-agreement"
            />
          </div>
          <GroupQuorum groupId={rec.groupId} />
          <div className="form-row">
            <SelectField
              label={t("committee.vote.kindLabel")}
              value={kind}
              onChange={(v) => setKind(v === "show_of_hands" ? "show_of_hands" : "electronic")}
              options={VOTE_KINDS.map((k) => ({ id: k, label: t(`committee.vote.kind.${k}`) }))}
              testId="vote-kind"
            />
            <ActButton label={t("committee.vote.open")} name="vote" act={act} onPress={openVote} quiet testId="open-vote" />
          </div>
        </div>
      )}
      {rights.present && rec.next.includes("present") && (
        <div className="button-row">
          <ActButton
            label={t("committee.rec.present")}
            name="present"
            act={act}
            onPress={() => transition({ type: "present" })}
            testId="present"
          />
        </div>
      )}
      {canReopen && (
        <div className="inline-form">
          <TextAreaField label={t("committee.reopenReason")} value={reason} onChange={setReason} rows={1} testId="rec-reopen-reason" />
          <ActButton
            label={t("committee.rec.reopen")}
            name="reopen"
            act={act}
            onPress={() => transition({ type: "reopen", reason })}
            quiet
            disabled={!reason.trim()}
            testId="rec-reopen"
          />
        </div>
      )}
    </section>
  );
};

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHOICES, type Choice } from "../../domain/votes/vote.js";
import { api, type BodyOf } from "../api/client.js";
import { ActButton, DecisionFields, ErrorNotice, useAct } from "../committee/shared.js";
import { voteResult } from "../committee/format.js";
import type { DecisionInput, Vote } from "../committee/types.js";
import { TextAreaField } from "../drafts/controls.js";
import type { Routes } from "../../api/routes.js";
import { GroupQuorum } from "../attendance/GroupQuorum.js";
import { ProxyBallots } from "../attendance/ProxyBallots.js";

/** A vote on the recommendation: members cast yes/no/abstain once (electronic), the chair enters the counts of a show of hands and closes it; results show once it is closed. */
export const VotePanel = ({
  vote,
  isChair,
  isMember,
  canRecord,
  onRecord,
  onChanged,
}: {
  vote: Vote;
  isChair: boolean;
  isMember: boolean;
  canRecord: boolean;
  onRecord: (voteId: string) => Promise<void>;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [counts, setCounts] = useState<DecisionInput>({ method: "show_of_hands", for: 0, against: 0, abstain: 0 });
  const [reason, setReason] = useState("");
  const cast = (choice: Choice) => api.votes.cast({ params: { id: vote.id }, body: { choice } }).then(onChanged);
  const transition = (transition: BodyOf<Routes["votes"]["transition"]>["transition"]) =>
    api.votes.transition({ params: { id: vote.id }, body: { version: vote.version, transition } }).then(onChanged);
  const close = () =>
    transition({
      type: "close",
      counts:
        vote.kind === "show_of_hands" && counts.method === "show_of_hands"
          ? { for: counts.for, against: counts.against, abstain: counts.abstain }
          : null,
    });

  return (
    <div className="vote-panel" data-testid="vote" data-status={vote.status} data-kind={vote.kind}>
      <p className="vote-head">
        <strong>{t(`committee.vote.kind.${vote.kind}`)}</strong> · {t(`committee.vote.status.${vote.status}`)}
        {vote.round > 1 && ` · ${t("committee.vote.round", { round: vote.round })}`}
      </p>
      <ErrorNotice error={act.error} />
      {vote.status === "open" && <GroupQuorum groupId={vote.groupId} />}
      {vote.status === "open" && vote.kind === "electronic" && (
        <p data-testid="ballots-cast" data-count={vote.ballotsCast}>
          {t("committee.vote.ballotsCast", { count: vote.ballotsCast })}
        </p>
      )}
      {vote.status === "open" &&
        vote.kind === "electronic" &&
        isMember &&
        (vote.myChoice ? (
          <p className="notice" data-testid="my-ballot">
            {t("committee.vote.youVoted", { choice: t(`committee.vote.choice.${vote.myChoice}`) })}
          </p>
        ) : (
          <div className="button-row" role="group" aria-label={t("committee.vote.cast")}>
            {CHOICES.map((c) => (
              <ActButton
                key={c}
                label={t(`committee.vote.choice.${c}`)}
                name={c}
                act={act}
                onPress={() => cast(c)}
                quiet
                testId={`ballot-${c}`}
              />
            ))}
          </div>
        ))}
      {vote.status === "open" && vote.kind === "electronic" && isMember && (
        <ProxyBallots key={vote.round} voteId={vote.id} round={vote.round} onChanged={onChanged} />
      )}
      {vote.status === "open" && isChair && (
        <>
          {vote.kind === "show_of_hands" && <DecisionFields value={counts} onChange={setCounts} idPrefix="vote-counts" countsOnly />}
          <ActButton
            label={t("committee.vote.close")}
            name="close"
            act={act}
            onPress={close}
            confirm={{
              title: t("confirm.closeVote.title"),
              message: t("confirm.closeVote.message"),
              confirmLabel: t("committee.vote.close"),
            }}
            testId="close-vote"
          />
        </>
      )}
      {vote.status === "closed" && vote.counts && (
        <p className="vote-result" data-testid="vote-result">
          {voteResult(t, { kind: vote.kind, counts: vote.counts })}
        </p>
      )}
      {vote.status === "closed" && isChair && (
        <div className="button-row">
          {canRecord && (
            <ActButton label={t("committee.vote.record")} name="record" act={act} onPress={() => onRecord(vote.id)} testId="record-vote" />
          )}
          <TextAreaField label={t("committee.reopenReason")} value={reason} onChange={setReason} rows={1} />
          <ActButton
            label={t("committee.vote.reopen")}
            name="reopen"
            act={act}
            onPress={() => transition({ type: "reopen", reason })}
            quiet
            disabled={!reason.trim()}
          />
        </div>
      )}
    </div>
  );
};

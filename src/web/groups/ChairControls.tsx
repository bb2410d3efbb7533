import { useState } from "react";
import { Button, Group, Input, Label, NumberField, Switch } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { SelectField } from "../drafts/controls.js";
import { AddSpeaker } from "./AddSpeaker.js";
import { formatSeconds } from "./countdown.js";
import type { ParagraphOption, QuestionOption } from "./options.js";
import { setSoundAtZero, soundAtZero } from "./signal.js";
import type { SpeakersCommand, SpeakersList } from "./types.js";
import type { Floor } from "./useSpeakers.js";

interface ChairControlsProps {
  readonly floor: Floor;
  readonly list: SpeakersList;
  readonly questions: readonly QuestionOption[];
  readonly paragraphs: readonly ParagraphOption[];
  readonly pending: boolean;
  readonly send: (command: SpeakersCommand) => Promise<boolean>;
}

const NONE = "none";

/** The time limit, in seconds; the field is empty while turns have none, never showing a limit that is not set. */
const TimeLimit = ({ list, pending, send }: Pick<ChairControlsProps, "list" | "pending" | "send">) => {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState<number>(list.timeLimitSeconds ?? Number.NaN);
  return (
    <div className="chair-time-limit">
      <NumberField className="field number-field" value={seconds} onChange={setSeconds} minValue={1} maxValue={3600} step={1}>
        <Label className="field-label">{t("groups.chair.timeLimit")}</Label>
        <Group className="number-field-group">
          <Input className="field-input" data-testid="time-limit-input" />
        </Group>
      </NumberField>
      <Button
        className="button button-quiet"
        isDisabled={pending || Number.isNaN(seconds)}
        onPress={() => void send({ type: "set_time_limit", seconds })}
      >
        {t("groups.chair.setTimeLimit")}
      </Button>
      <Button
        className="button button-quiet"
        isDisabled={pending || list.timeLimitSeconds === null}
        onPress={() => void send({ type: "set_time_limit", seconds: null })}
      >
        {t("groups.chair.noTimeLimit")}
      </Button>
      <p className="chair-current-limit">
        {list.timeLimitSeconds === null ? t("groups.chair.noLimitNow") : t("groups.chair.limitNow", { count: list.timeLimitSeconds })}
      </p>
    </div>
  );
};

/**
 * The total speaking time of each delegation for the item, where the body uses quotas; a new item starts
 * the count again. The table shows each delegation's time used and left.
 */
const DelegationQuota = ({ list, pending, send }: Pick<ChairControlsProps, "list" | "pending" | "send">) => {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState<number>(list.delegationQuotaSeconds ?? 600);
  const quota = list.delegationQuotaSeconds;
  return (
    <div className="chair-quota" data-testid="delegation-quota">
      <div className="chair-time-limit">
        <NumberField className="field number-field" value={seconds} onChange={setSeconds} minValue={1} maxValue={21600} step={1}>
          <Label className="field-label">{t("speakersOperator.quota.label")}</Label>
          <Group className="number-field-group">
            <Input className="field-input" data-testid="quota-input" />
          </Group>
        </NumberField>
        <Button
          className="button button-quiet"
          isDisabled={pending || Number.isNaN(seconds)}
          onPress={() => void send({ type: "set_delegation_quota", seconds, reset: false })}
        >
          {t("speakersOperator.quota.set")}
        </Button>
        <Button
          className="button button-quiet"
          isDisabled={pending || quota === null}
          onPress={() => void send({ type: "set_delegation_quota", seconds: null, reset: false })}
        >
          {t("speakersOperator.quota.none")}
        </Button>
        <Button
          className="button button-quiet"
          isDisabled={pending || list.delegations.every((d) => d.usedSeconds === 0)}
          onPress={() => void send({ type: "set_delegation_quota", seconds: quota, reset: true })}
        >
          {t("speakersOperator.quota.reset")}
        </Button>
        <p className="chair-current-limit">
          {quota === null ? t("speakersOperator.quota.noneNow") : t("speakersOperator.quota.now", { time: formatSeconds(quota) })}
        </p>
      </div>
      {list.delegations.length > 0 && (
        <table className="quota-table" data-testid="quota-table">
          <caption>{t("speakersOperator.quota.table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("speakersOperator.quota.delegation")}</th>
              <th scope="col">{t("speakersOperator.quota.used")}</th>
              {quota !== null && <th scope="col">{t("speakersOperator.quota.leftColumn")}</th>}
            </tr>
          </thead>
          <tbody>
            {list.delegations.map((d) => (
              <tr key={d.delegation} data-delegation={d.delegation} className={d.leftSeconds === 0 ? "quota-spent" : undefined}>
                <th scope="row">
                  <bdi>{d.delegation}</bdi>
                </th>
                <td dir="ltr">{formatSeconds(d.usedSeconds)}</td>
                {quota !== null && <td dir="ltr">{formatSeconds(d.leftSeconds ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};

/** Whether this browser sounds a chime when a turn's time runs out (the screen always signals it). */
const SoundAtZero = () => {
  const { t } = useTranslation();
  const [on, setOn] = useState(soundAtZero);
  return (
    <Switch
      className="switch"
      isSelected={on}
      onChange={(value) => {
        setSoundAtZero(value);
        setOn(value);
      }}
      data-testid="sound-at-zero"
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {t("speakersOperator.sound")}
    </Switch>
  );
};

/**
 * What only the chair does: call the next speaker, end a turn, close and reopen the list, add a speaker on
 * their behalf, switch the alternating order of women and men, set the time limit and the delegations' quota,
 * move through the guiding questions and set the paragraph under discussion.
 */
export const ChairControls = ({ floor, list, questions, paragraphs, pending, send }: ChairControlsProps) => {
  const { t } = useTranslation();
  const at = questions.findIndex((q) => q.id === list.currentQuestionId);
  const next = questions[at + 1];
  return (
    <section className="chair-controls" aria-labelledby="chair-controls-heading" data-testid="chair-controls">
      <h3 id="chair-controls-heading">{t("groups.chair.heading")}</h3>
      <div className="chair-row">
        <Button
          className="button button-primary"
          isDisabled={pending || list.queue.length === 0}
          onPress={() => void send({ type: "call_next" })}
        >
          {t("groups.chair.callNext")}
        </Button>
        <Button
          className="button button-quiet"
          isDisabled={pending || list.speaking === null}
          onPress={() => void send({ type: "end_turn" })}
        >
          {t("groups.chair.endTurn")}
        </Button>
        <Switch
          className="switch"
          isSelected={list.alternation}
          isDisabled={pending}
          onChange={(on) => void send({ type: "set_alternation", on })}
          data-testid="alternation"
        >
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          {t("groups.chair.alternation")}
        </Switch>
      </div>
      <div className="chair-row">
        <Button
          className="button button-quiet"
          isDisabled={pending}
          onPress={() => void send({ type: list.closed ? "reopen_list" : "close_list" })}
          data-testid="close-list"
        >
          {list.closed ? t("speakersOperator.reopenList") : t("speakersOperator.closeList")}
        </Button>
        <SoundAtZero />
      </div>
      <AddSpeaker floor={floor} pending={pending} send={send} />
      <TimeLimit key={list.timeLimitSeconds ?? NONE} list={list} pending={pending} send={send} />
      <DelegationQuota key={`quota-${list.delegationQuotaSeconds ?? NONE}`} list={list} pending={pending} send={send} />
      {questions.length > 0 && (
        <div className="chair-row">
          <SelectField
            label={t("groups.chair.question")}
            value={list.currentQuestionId ?? NONE}
            options={[{ id: NONE, label: t("groups.chair.noQuestion") }, ...questions.map((q) => ({ id: q.id, label: q.label }))]}
            onChange={(v) => void send({ type: "set_question", questionId: v === NONE ? null : v })}
            testId="question-select"
          />
          <Button
            className="button button-quiet"
            isDisabled={pending || next === undefined}
            onPress={() => next && void send({ type: "set_question", questionId: next.id })}
          >
            {t("groups.chair.nextQuestion")}
          </Button>
        </div>
      )}
      {paragraphs.length > 0 && (
        <SelectField
          label={t("groups.chair.paragraph")}
          value={list.paragraphId ?? NONE}
          options={[{ id: NONE, label: t("groups.chair.noParagraph") }, ...paragraphs.map((p) => ({ id: p.id, label: p.label }))]}
          onChange={(v) => void send({ type: "set_paragraph", paragraphId: v === NONE ? null : v })}
          testId="paragraph-select"
        />
      )}
    </section>
  );
};

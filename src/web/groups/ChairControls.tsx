import { useState } from "react";
import { Button, Group, Input, Label, NumberField, Switch } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { SelectField } from "../drafts/controls.js";
import type { ParagraphOption, QuestionOption } from "./options.js";
import type { SpeakersCommand, SpeakersList } from "./types.js";

interface ChairControlsProps {
  readonly list: SpeakersList;
  readonly questions: readonly QuestionOption[];
  readonly paragraphs: readonly ParagraphOption[];
  readonly pending: boolean;
  readonly send: (command: SpeakersCommand) => Promise<boolean>;
}

const NONE = "none";

/** The time limit, in minutes and seconds as the chair thinks of it, sent as seconds. */
const TimeLimit = ({ list, pending, send }: Pick<ChairControlsProps, "list" | "pending" | "send">) => {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState<number>(list.timeLimitSeconds ?? 120);
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
 * What only the chair does: call the next speaker, end a turn, switch the alternating order of women
 * and men, set the time limit, move through the guiding questions and set the paragraph under discussion.
 */
export const ChairControls = ({ list, questions, paragraphs, pending, send }: ChairControlsProps) => {
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
      <TimeLimit key={list.timeLimitSeconds ?? NONE} list={list} pending={pending} send={send} />
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

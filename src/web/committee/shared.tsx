import { useCallback, useState } from "react";
import { Button, Input, Label, Radio, RadioGroup, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { POSITIONS } from "../../domain/decisions/decision.js";
import { failureInWords } from "../api/failure.js";
import { ConfirmAction, type Confirmation } from "../components/ConfirmAction.js";
import type { LiveEvent } from "../api/types.js";
import { useCoalesced } from "../drafts/useDraftData.js";
import { useLiveSitting } from "../live/useLiveSitting.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import type { DecisionInput } from "./types.js";

/** Runs one action at a time, keeping its pending state and the server's message when it fails. */
export const useAct = () => {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (name: string, action: () => Promise<unknown>): Promise<boolean> => {
      setPending(name);
      setError(null);
      try {
        await action();
        return true;
      } catch (cause) {
        setError(failureInWords(t, cause));
        return false;
      } finally {
        setPending(null);
      }
    },
    [t],
  );
  return { pending, error, run, clear: () => setError(null) };
};

/** The server's refusal, said where the reader acted. */
export const ErrorNotice = ({ error }: { error: string | null }) =>
  error ? (
    <div className="notice notice-error" role="alert" data-testid="action-error">
      <p>{error}</p>
    </div>
  ) : null;

/** Follows a sitting's recorded events and calls `onChange` (once per burst) for the ones matching `concerns`. */
export const Follow = ({
  sittingId,
  concerns,
  onChange,
  after,
}: {
  sittingId: string;
  concerns: RegExp;
  onChange: () => void;
  after?: number | null;
}) => {
  const coalesced = useCoalesced(onChange);
  const status = useLiveSitting(
    sittingId,
    useCallback((event: LiveEvent) => (concerns.test(event.type) ? coalesced() : undefined), [concerns, coalesced]),
    { after },
  );
  return <LiveIndicator status={status} />;
};

const count = (value: string): number => Math.max(0, Math.min(100_000, Number.parseInt(value, 10) || 0));

/** How a body decides: consensus, or a show of hands with the counts the presiding person announces. */
export const DecisionFields = ({
  value,
  onChange,
  idPrefix,
  countsOnly,
}: {
  value: DecisionInput;
  onChange: (d: DecisionInput) => void;
  idPrefix: string;
  countsOnly?: boolean;
}) => {
  const { t } = useTranslation();
  const counts = value.method === "show_of_hands" ? value : { for: 0, against: 0, abstain: 0 };
  return (
    <div className="decision-fields" data-testid={`${idPrefix}-decision`}>
      {!countsOnly && (
        <RadioGroup
          className="radio-group"
          value={value.method}
          orientation="horizontal"
          onChange={(m) =>
            onChange(m === "show_of_hands" ? { method: "show_of_hands", for: 0, against: 0, abstain: 0 } : { method: "consensus" })
          }
        >
          <Label className="field-label">{t("committee.decision.how")}</Label>
          <Radio value="consensus" className="radio">
            {t("committee.decision.byConsensus")}
          </Radio>
          <Radio value="show_of_hands" className="radio">
            {t("committee.decision.byShowOfHands")}
          </Radio>
        </RadioGroup>
      )}
      {value.method === "show_of_hands" && (
        <div className="form-row counts-row">
          {POSITIONS.map((k) => (
            <TextField
              key={k}
              className="field field-count"
              value={String(counts[k])}
              onChange={(v) => onChange({ ...counts, method: "show_of_hands", [k]: count(v) })}
            >
              <Label className="field-label">{t(`committee.decision.${k}`)}</Label>
              <Input className="field-input" inputMode="numeric" data-testid={`${idPrefix}-${k}`} />
            </TextField>
          ))}
        </div>
      )}
    </div>
  );
};

/** A button that runs one named action of a `useAct`; with `confirm`, only after the reader confirms what it will do. */
export const ActButton = ({
  label,
  name,
  act,
  onPress,
  quiet,
  testId,
  disabled,
  confirm,
}: {
  label: string;
  name: string;
  act: ReturnType<typeof useAct>;
  onPress: (reason: string) => Promise<unknown>;
  quiet?: boolean;
  testId?: string;
  disabled?: boolean;
  /** The confirmation, or how to word it when the dialog opens. */
  confirm?: Confirmation | (() => Confirmation);
}) => {
  const className = `button ${quiet ? "button-quiet" : "button-primary"}`;
  const isPending = act.pending === name;
  const isDisabled = disabled || (act.pending !== null && act.pending !== name);
  if (confirm)
    return (
      <ConfirmAction
        label={label}
        confirmation={confirm}
        onConfirm={(reason) => void act.run(name, () => onPress(reason))}
        className={className}
        isPending={isPending}
        isDisabled={isDisabled}
        {...(testId ? { testId } : {})}
      />
    );
  return (
    <Button
      className={className}
      isPending={isPending}
      isDisabled={isDisabled}
      onPress={() => void act.run(name, () => onPress(""))}
      data-testid={testId}
    >
      {label}
    </Button>
  );
};

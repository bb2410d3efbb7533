import { useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ENTERED_METHODS, POSITIONS, type Position } from "../../domain/decisions/decision.js";
import { ApiError } from "../api/client.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { NumberInput, SelectInput, TextInput } from "./fields.js";
import { textFor } from "./ml.js";
import type { DecisionMethod, Designation, SittingTree } from "./types.js";
import { errorAt, fieldErrorsOf, type FieldErrors } from "./values.js";
import { failureInWords, issuesInWords } from "../api/failure.js";

type MethodKind = DecisionMethod["kind"];

/** The decision's method as the API takes it: counts only for a vote. */
export const methodOf = (kind: MethodKind, counts: { for: number; against: number; abstain: number }): DecisionMethod =>
  kind === "consensus" ? { kind } : { kind, for: counts.for, against: counts.against, abstain: counts.abstain };

/** Records the body's decision designating a recommended person: in which sitting, on which date, and how. */
export const DesignateForm = ({
  designation,
  sittings,
  onDone,
  onCancel,
}: {
  designation: Designation;
  sittings: readonly SittingTree[];
  onDone: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sittingId, setSittingId] = useState(sittings[0]?.id ?? "");
  const [date, setDate] = useState(sittings[0]?.date ?? "");
  const [kind, setKind] = useState<MethodKind>("consensus");
  const [counts, setCounts] = useState({ for: 0, against: 0, abstain: 0 });
  const [errors, setErrors] = useState<FieldErrors>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setErrors(new Map());
    try {
      await setupApi.transition(designation.id, designation.version, {
        type: "designate",
        sittingId,
        date: date || null,
        method: methodOf(kind, counts),
      });
      onDone();
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "stale_version") {
        setMessage(t("setup.designation.stale"));
        onDone();
      } else if (cause instanceof ApiError) {
        setErrors(
          fieldErrorsOf(
            issuesInWords(t, cause.issues).map((i) => ({ ...i, path: i.path.replace(/^body\.(transition|decision)\.(method\.)?/, "") })),
          ),
        );
        setMessage(failureInWords(t, cause));
      } else setMessage(String(cause));
    } finally {
      setPending(false);
    }
  };

  const count = (key: Position) => (
    <NumberInput
      key={key}
      label={t(`setup.designation.${key}`)}
      value={counts[key]}
      onChange={(v) => setCounts({ ...counts, [key]: v })}
      error={errorAt(errors, key)}
      className="setup-short"
    />
  );

  return (
    <form
      className="setup-form setup-inline"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t("setup.designation.designateTitle", { name: designation.participant.name })}
    >
      <p className="setup-form-heading">{t("setup.designation.designateTitle", { name: designation.participant.name })}</p>
      <div className="setup-row">
        <SelectInput
          label={t("setup.designation.sitting")}
          value={sittingId}
          onChange={setSittingId}
          options={sittings.map((s) => ({
            id: s.id,
            label: t("setup.sitting.heading", { number: s.number, title: textFor(s.title, language) }),
          }))}
          error={errorAt(errors, "sittingId")}
          required
        />
        <TextInput label={t("setup.designation.date")} type="date" value={date} onChange={setDate} error={errorAt(errors, "date")} />
        <SelectInput
          label={t("setup.designation.method")}
          value={kind}
          onChange={(v) => setKind(v as MethodKind)}
          options={ENTERED_METHODS.map((k) => ({
            id: k,
            label: t(`setup.designation.methods.${k}`),
          }))}
        />
      </div>
      {kind !== "consensus" && <div className="setup-row">{POSITIONS.map(count)}</div>}
      {message && (
        <div className="notice notice-error" role="alert">
          <p>{message}</p>
        </div>
      )}
      <div className="setup-buttons">
        <Button type="submit" className="button button-primary" isPending={pending}>
          {t("setup.designation.designate")}
        </Button>
        <Button className="button button-quiet" onPress={onCancel}>
          {t("setup.form.cancel")}
        </Button>
      </div>
    </form>
  );
};

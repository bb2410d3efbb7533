import { useState, type FormEvent } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { FUNCTIONS } from "../../domain/designations/designation.js";
import { ApiError } from "../api/client.js";
import { setupApi } from "./api.js";
import { SelectInput, TextInput } from "./fields.js";
import type { Designation, Participant } from "./types.js";
import { errorAt, fieldErrorsOf, type FieldErrors } from "./values.js";
import { failureInWords, issuesInWords } from "../api/failure.js";

/** The Bureau's recommendation of a participant (with an account, to receive the role) as chair or rapporteur. */
export const RecommendForm = ({
  groupId,
  participants,
  onDone,
}: {
  groupId: string;
  participants: readonly Participant[];
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const eligible = participants.filter((p) => p.accountId !== null);
  const [fn, setFn] = useState<Designation["function"]>("chair");
  const [participantId, setParticipantId] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setErrors(new Map());
    try {
      await setupApi.recommend({ groupId, function: fn, participantId, note: note.trim() || null });
      setParticipantId("");
      setNote("");
      onDone();
    } catch (cause) {
      if (cause instanceof ApiError) {
        setErrors(fieldErrorsOf(issuesInWords(t, cause.issues)));
        setMessage(failureInWords(t, cause));
      } else setMessage(String(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="setup-form setup-inline" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recommend-heading">
      <h3 id="recommend-heading">{t("setup.designation.recommendTitle")}</h3>
      <div className="setup-row">
        <SelectInput
          label={t("setup.designation.function")}
          value={fn}
          onChange={(v) => setFn(v === "rapporteur" ? "rapporteur" : "chair")}
          options={FUNCTIONS.map((f) => ({ id: f, label: t(`setup.designation.functions.${f}`) }))}
          error={errorAt(errors, "function")}
        />
        <SelectInput
          label={t("setup.designation.person")}
          value={participantId}
          onChange={setParticipantId}
          options={[
            { id: "", label: t("setup.designation.choose") },
            ...eligible.map((p) => ({ id: p.id, label: `${p.name} (${p.parliament})` })),
          ]}
          error={errorAt(errors, "participantId")}
          hint={eligible.length < participants.length ? t("setup.designation.accountsOnly") : undefined}
          required
        />
        <TextInput label={t("setup.designation.note")} value={note} onChange={setNote} error={errorAt(errors, "note")} />
      </div>
      {message && (
        <div className="notice notice-error" role="alert">
          <p>{message}</p>
        </div>
      )}
      <div className="setup-buttons">
        <Button type="submit" className="button button-primary" isPending={pending} isDisabled={participantId === ""}>
          {t("setup.designation.recommend")}
        </Button>
      </div>
    </form>
  );
};

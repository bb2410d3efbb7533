import { useEffect, useState } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { useLanguage } from "../i18n/index.js";
import { inZone, timeLeft } from "./format.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import type { Deadline } from "./types.js";

const useNow = (): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
};

/** The deadline for amendments in the event's time zone with a countdown; the secretariat sets or moves it. */
export const DeadlinePanel = ({
  draftId,
  deadline,
  canSet,
  onChanged,
}: {
  draftId: string;
  deadline: Deadline | null;
  canSet: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const act = useAct();
  const [local, setLocal] = useState(deadline?.local ?? "");
  const left = deadline ? timeLeft(deadline.instant, now) : null;
  const save = () =>
    api.submissions.setDeadline({ params: { id: draftId }, body: { local, version: deadline?.version ?? null } }).then(onChanged);

  return (
    <section className="rec-section deadline-panel" aria-labelledby="deadline-heading" data-testid="deadline">
      <h2 id="deadline-heading">{t("committee.deadline.heading")}</h2>
      {deadline ? (
        <p>
          <span data-testid="deadline-when">{inZone(deadline.local, deadline.timeZone, language)}</span> ·{" "}
          <strong data-testid="deadline-left" className={left ? "deadline-open" : "deadline-passed"}>
            {left
              ? t("committee.deadline.left", { days: left.days, hours: left.hours, minutes: left.minutes })
              : t("committee.deadline.passed")}
          </strong>
        </p>
      ) : (
        <p className="muted">{t("committee.deadline.none")}</p>
      )}
      {canSet && (
        <div className="form-row">
          <ErrorNotice error={act.error} />
          <TextField className="field" value={local} onChange={setLocal}>
            <Label className="field-label">
              {t("committee.deadline.set", { zone: deadline?.timeZone ?? t("committee.deadline.eventZone") })}
            </Label>
            <Input className="field-input" type="datetime-local" data-testid="deadline-input" />
          </TextField>
          <ActButton
            label={t("committee.deadline.save")}
            name="deadline"
            act={act}
            onPress={save}
            disabled={!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)}
            quiet
            testId="deadline-save"
          />
        </div>
      )}
    </section>
  );
};

import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { NumberInput, SelectInput, TextInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl, textFor } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { SetupEvent, SetupSitting } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

const FIELDS = ["bodyId", "number", "date", "startTime", "endTime", "timeZone", "venue", "title"] as const;

/** What the form edits: the sitting's own fields, as the setup answer gives them. */
type SittingValues = Pick<SetupSitting, (typeof FIELDS)[number]>;

/** Adds a sitting of one of the event's bodies, or edits one: date, times, time zone, venue and title. */
export const SittingForm = ({
  event,
  sitting,
  onSaved,
  onCancel,
}: {
  event: SetupEvent;
  sitting: SetupSitting | null;
  onSaved: () => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useFieldLabels();
  const original = event.workingLanguages[0] ?? "en";
  const form = useVersionedForm<SittingValues, SetupSitting>({
    subject: sitting,
    toValues: (s) => ({
      bodyId: s?.bodyId ?? event.bodies[0]?.id ?? "",
      number: s?.number ?? Number.NaN,
      date: s?.date ?? event.startDate,
      startTime: s?.startTime ?? "",
      endTime: s?.endTime ?? "",
      timeZone: s?.timeZone ?? event.timeZone,
      venue: s?.venue ?? blankMl(original),
      title: s?.title ?? blankMl(original),
    }),
    create: (values) => setupApi.createSitting(event.id, { ...values, timeZone: values.timeZone || null }),
    update: (version, changes) => setupApi.editSitting(sitting?.id ?? "", { version, ...changes }),
    onSaved: () => onSaved(),
  });
  const { values, set, errors } = form;
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={sitting ? t("setup.sitting.editTitle") : t("setup.sitting.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <div className="setup-row">
        <SelectInput
          label={labels.bodyId ?? ""}
          value={values.bodyId}
          onChange={(v) => set("bodyId", v)}
          options={event.bodies.map((b) => ({ id: b.id, label: textFor(b.name, language) || b.key }))}
          error={errorAt(errors, "bodyId")}
          required
        />
        <NumberInput
          label={labels.number ?? ""}
          value={values.number}
          onChange={(v) => set("number", v)}
          min={1}
          error={errorAt(errors, "number")}
          required
        />
        <TextInput
          label={labels.date ?? ""}
          type="date"
          value={values.date}
          onChange={(v) => set("date", v)}
          error={errorAt(errors, "date")}
          required
        />
        <TextInput
          label={labels.startTime ?? ""}
          type="time"
          value={values.startTime}
          onChange={(v) => set("startTime", v)}
          error={errorAt(errors, "startTime")}
          required
        />
        <TextInput
          label={labels.endTime ?? ""}
          type="time"
          value={values.endTime}
          onChange={(v) => set("endTime", v)}
          error={errorAt(errors, "endTime")}
          required
        />
        <TextInput
          label={labels.timeZone ?? ""}
          value={values.timeZone}
          onChange={(v) => set("timeZone", v)}
          error={errorAt(errors, "timeZone")}
          dir="ltr"
        />
      </div>
      <MlEditor
        label={labels.title ?? ""}
        value={values.title}
        onChange={(v) => set("title", v)}
        languages={event.workingLanguages}
        error={errorAt(errors, "title")}
        required
      />
      <MlEditor
        label={labels.venue ?? ""}
        value={values.venue}
        onChange={(v) => set("venue", v)}
        languages={event.workingLanguages}
        error={errorAt(errors, "venue")}
        required
      />
      <FormFooter
        form={form}
        fields={FIELDS}
        submitLabel={sitting ? t("setup.form.save") : t("setup.sitting.create")}
        onCancel={onCancel}
      />
    </form>
  );
};

import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { ENDONYMS } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { CheckboxGroup, TextInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl, isBlank } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { SetupEvent } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

interface EventValues {
  readonly key: string;
  readonly name: MultilingualText;
  readonly place: MultilingualText;
  readonly organisation: MultilingualText;
  readonly tagline: MultilingualText;
  readonly hashtag: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly timeZone: string;
  readonly workingLanguages: readonly Language[];
}

const FIELDS = ["key", "name", "place", "organisation", "tagline", "hashtag", "startDate", "endDate", "timeZone", "workingLanguages"];

const toValues = (event: SetupEvent | null, language: Language): EventValues => ({
  key: event?.key ?? "",
  name: event?.name ?? blankMl(language),
  place: event?.place ?? blankMl(language),
  organisation: event?.organisation ?? blankMl(language),
  tagline: event?.tagline ?? blankMl(language),
  hashtag: event?.hashtag ?? "",
  startDate: event?.startDate ?? "",
  endDate: event?.endDate ?? "",
  timeZone: event?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  workingLanguages: event?.workingLanguages ?? [...LANGUAGES],
});

/** What the API takes: an empty tagline or hashtag is none; the key is fixed once created. */
const toPayload = (values: Partial<EventValues>, creating: boolean): Record<string, unknown> => {
  const { key, tagline, hashtag, ...rest } = values;
  return {
    ...(creating ? { key } : {}),
    ...rest,
    ...(tagline !== undefined ? { tagline: isBlank(tagline) ? null : tagline } : {}),
    ...(hashtag !== undefined ? { hashtag: hashtag.trim() === "" ? null : hashtag } : {}),
  };
};

/** Creates an event or edits one: its names in each working language, its dates, time zone and languages. */
export const EventForm = ({
  event,
  onSaved,
  onCancel,
}: {
  event: SetupEvent | null;
  onSaved: (event: SetupEvent) => void;
  onCancel?: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const labels = useFieldLabels();
  const form = useVersionedForm<EventValues, SetupEvent>({
    subject: event,
    toValues: (e) => toValues(e, (i18n.resolvedLanguage as Language | undefined) ?? "en"),
    create: (values) => setupApi.createEvent(toPayload(values, true)),
    update: (version, changes) => setupApi.editEvent(event?.id ?? "", { version, ...toPayload(changes, false) }),
    onSaved,
  });
  const { values, set, errors } = form;
  const languages = LANGUAGES.filter((l) => values.workingLanguages.includes(l));
  const ml = (field: "name" | "place" | "organisation" | "tagline", required = true) => (
    <MlEditor
      label={labels[field] ?? field}
      value={values[field]}
      onChange={(v) => set(field, v)}
      languages={languages}
      error={errorAt(errors, field)}
      required={required}
    />
  );
  return (
    <form
      id={form.formId}
      className="setup-form"
      onSubmit={form.submit}
      noValidate
      aria-label={event ? t("setup.event.editTitle") : t("setup.event.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      {!event && (
        <TextInput
          label={labels.key ?? "key"}
          hint={t("setup.event.keyHint")}
          value={values.key}
          onChange={(v) => set("key", v)}
          error={errorAt(errors, "key")}
          required
          dir="ltr"
        />
      )}
      <CheckboxGroup
        legend={labels.workingLanguages ?? ""}
        value={values.workingLanguages}
        onChange={(v) =>
          set(
            "workingLanguages",
            LANGUAGES.filter((l) => v.includes(l)),
          )
        }
        options={LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }))}
        error={errorAt(errors, "workingLanguages")}
      />
      {ml("name")}
      {ml("place")}
      {ml("organisation")}
      {ml("tagline", false)}
      <div className="setup-row">
        <TextInput
          label={labels.startDate ?? ""}
          type="date"
          value={values.startDate}
          onChange={(v) => set("startDate", v)}
          error={errorAt(errors, "startDate")}
          required
        />
        <TextInput
          label={labels.endDate ?? ""}
          type="date"
          value={values.endDate}
          onChange={(v) => set("endDate", v)}
          error={errorAt(errors, "endDate")}
          required
        />
        <TextInput
          label={labels.timeZone ?? ""}
          hint={t("setup.event.timeZoneHint")}
          value={values.timeZone}
          onChange={(v) => set("timeZone", v)}
          error={errorAt(errors, "timeZone")}
          required
          dir="ltr"
        />
        <TextInput
          label={labels.hashtag ?? ""}
          value={values.hashtag}
          onChange={(v) => set("hashtag", v)}
          error={errorAt(errors, "hashtag")}
          dir="ltr"
        />
      </div>
      <FormFooter form={form} fields={FIELDS} submitLabel={event ? t("setup.form.save") : t("setup.event.create")} onCancel={onCancel} />
    </form>
  );
};

import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { setupApi } from "./api.js";
import { NumberInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl, isBlank } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { SetupGroup } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

interface GroupValues {
  readonly number: number;
  readonly title: MultilingualText;
  readonly description: MultilingualText;
  readonly hall: MultilingualText;
  readonly floor: MultilingualText;
  readonly building: MultilingualText;
  readonly capacity: number;
}

const FIELDS = ["number", "title", "description", "room"];
const ROOM = ["hall", "floor", "building", "capacity"] as const;

/** What the API takes: the room goes whole as soon as any part of it changed; the description is a list of paragraphs. */
export const groupPayload = (changes: Partial<GroupValues>, all: GroupValues): Record<string, unknown> => {
  const { hall, floor, building, capacity, description, ...rest } = changes;
  const roomChanged = [hall, floor, building, capacity].some((v) => v !== undefined);
  return {
    ...rest,
    ...(description !== undefined ? { description: isBlank(description) ? [] : [description] } : {}),
    ...(roomChanged ? { room: { hall: all.hall, floor: all.floor, building: all.building, capacity: all.capacity } } : {}),
  };
};

/** Adds a discussion group to a sitting or edits it: number, title, description and its room. */
export const GroupForm = ({
  sittingId,
  group,
  languages,
  onSaved,
  onCancel,
}: {
  sittingId: string;
  group: SetupGroup | null;
  languages: readonly Language[];
  onSaved: (group: SetupGroup) => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const labels = useFieldLabels();
  const original = languages[0] ?? "en";
  const form = useVersionedForm<GroupValues, SetupGroup>({
    subject: group,
    toValues: (g) => ({
      number: g?.number ?? Number.NaN,
      title: g?.title ?? blankMl(original),
      description: g?.description[0] ?? blankMl(original),
      hall: g?.room.hall ?? blankMl(original),
      floor: g?.room.floor ?? blankMl(original),
      building: g?.room.building ?? blankMl(original),
      capacity: g?.room.capacity ?? Number.NaN,
    }),
    create: (values) => setupApi.createGroup(sittingId, groupPayload(values, values)),
    update: (version, changes): Promise<unknown> => setupApi.editGroup(group?.id ?? "", { version, ...groupPayload(changes, form.values) }),
    onSaved,
  });
  const { values, set, errors } = form;
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={group ? t("setup.group.editTitle") : t("setup.group.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <NumberInput
        label={labels.number ?? ""}
        value={values.number}
        onChange={(v) => set("number", v)}
        min={1}
        error={errorAt(errors, "number")}
        required
        className="setup-short"
      />
      <MlEditor
        label={labels.title ?? ""}
        value={values.title}
        onChange={(v) => set("title", v)}
        languages={languages}
        error={errorAt(errors, "title")}
        required
      />
      <MlEditor
        label={labels.description ?? ""}
        value={values.description}
        onChange={(v) => set("description", v)}
        languages={languages}
        error={errorAt(errors, "description")}
        multiline
      />
      <fieldset className="setup-room">
        <legend>{labels.room}</legend>
        {ROOM.map((part) =>
          part === "capacity" ? (
            <NumberInput
              key={part}
              label={labels.capacity ?? ""}
              value={values.capacity}
              onChange={(v) => set("capacity", v)}
              min={1}
              error={errorAt(errors, "room.capacity")}
              required
              className="setup-short"
            />
          ) : (
            <MlEditor
              key={part}
              label={labels[part] ?? part}
              value={values[part]}
              onChange={(v) => set(part, v)}
              languages={languages}
              error={errorAt(errors, `room.${part}`)}
              required
            />
          ),
        )}
        {errorAt(errors, "room") && !ROOM.some((p) => errorAt(errors, `room.${p}`)) && (
          <p className="field-error">{errorAt(errors, "room")}</p>
        )}
      </fieldset>
      <FormFooter form={form} fields={FIELDS} submitLabel={group ? t("setup.form.save") : t("setup.group.create")} onCancel={onCancel} />
    </form>
  );
};

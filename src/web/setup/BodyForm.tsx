import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { setupApi } from "./api.js";
import { SelectInput, TextInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { BODY_KINDS, type BodyKind } from "../../domain/model.js";
import type { SetupBody, SetupEvent } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

/** A body under the version of its event, which holds it. */
type BodySubject = SetupBody & { readonly version: number };
interface BodyValues {
  readonly key: string;
  readonly kind: BodyKind;
  readonly name: MultilingualText;
  readonly parentId: string;
}

const FIELDS = ["key", "kind", "name", "parentId"];

/** Adds a body to an event (a forum, the Bureau, a committee…) or edits one. */
export const BodyForm = ({
  event,
  body,
  onSaved,
  onCancel,
}: {
  event: SetupEvent;
  body: SetupBody | null;
  onSaved: () => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const labels = useFieldLabels();
  const original: Language = event.workingLanguages[0] ?? "en";
  const form = useVersionedForm<BodyValues, BodySubject>({
    subject: body
      ? { ...body, version: event.version }
      : { id: "", key: "", kind: "forum", name: blankMl(original), parentId: null, version: event.version },
    toValues: (b) => ({ key: b?.key ?? "", kind: b?.kind ?? "forum", name: b?.name ?? blankMl(original), parentId: b?.parentId ?? "" }),
    update: (version, { parentId, key, ...changes }) =>
      body
        ? setupApi.editBody(body.id, { version, ...changes, ...(parentId !== undefined ? { parentId: parentId || null } : {}) })
        : setupApi.createBody(event.id, {
            version,
            key: key ?? "",
            kind: changes.kind ?? "forum",
            name: changes.name,
            parentId: parentId || null,
          }),
    pick: (answer, values) => {
      const e = answer as SetupEvent;
      const found = e.bodies?.find((b) => (body ? b.id === body.id : b.key === values.key));
      return found ? { ...found, version: e.version } : null;
    },
    onSaved: () => onSaved(),
  });
  const { values, set, errors } = form;
  const parents = event.bodies.filter((b) => b.id !== body?.id);
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={body ? t("setup.body.editTitle") : t("setup.body.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <div className="setup-row">
        {!body && (
          <TextInput
            label={labels.key ?? ""}
            value={values.key}
            onChange={(v) => set("key", v)}
            error={errorAt(errors, "key")}
            required
            dir="ltr"
          />
        )}
        <SelectInput
          label={labels.kind ?? ""}
          value={values.kind}
          onChange={(v) => set("kind", v as BodyKind)}
          options={BODY_KINDS.map((k) => ({ id: k, label: t(`bodyKind.${k}`, { defaultValue: k }) }))}
          error={errorAt(errors, "kind")}
        />
        <SelectInput
          label={labels.parentId ?? ""}
          value={values.parentId}
          onChange={(v) => set("parentId", v)}
          options={[
            { id: "", label: t("setup.body.noParent") },
            ...parents.map((b) => ({ id: b.id, label: b.name.versions[b.name.original]?.text ?? b.key })),
          ]}
          error={errorAt(errors, "parentId")}
        />
      </div>
      <MlEditor
        label={labels.name ?? ""}
        value={values.name}
        onChange={(v) => set("name", v)}
        languages={event.workingLanguages}
        error={errorAt(errors, "name")}
        required
      />
      <FormFooter form={form} fields={FIELDS} submitLabel={body ? t("setup.form.save") : t("setup.body.create")} onCancel={onCancel} />
    </form>
  );
};

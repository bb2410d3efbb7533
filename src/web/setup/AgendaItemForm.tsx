import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { setupApi } from "./api.js";
import { TextInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { SetupAgendaItem, SetupSitting } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

type ItemSubject = SetupAgendaItem & { readonly version: number };
interface ItemValues {
  readonly number: string;
  readonly title: MultilingualText;
}

/** Adds an item to a sitting's agenda or edits one, under the sitting's version. */
export const AgendaItemForm = ({
  sitting,
  item,
  languages,
  onSaved,
  onCancel,
}: {
  sitting: SetupSitting;
  item: SetupAgendaItem | null;
  languages: readonly Language[];
  onSaved: () => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const labels = useFieldLabels();
  const original = languages[0] ?? "en";
  const form = useVersionedForm<ItemValues, ItemSubject>({
    subject: { id: item?.id ?? "", number: item?.number ?? "", title: item?.title ?? blankMl(original), version: sitting.version },
    toValues: (i) => ({ number: i?.number ?? "", title: i?.title ?? blankMl(original) }),
    update: (version, changes) =>
      item
        ? setupApi.editAgendaItem(item.id, { version, ...changes })
        : setupApi.createAgendaItem(sitting.id, { version, number: changes.number ?? "", title: changes.title ?? blankMl(original) }),
    pick: (answer, values) => {
      const s = answer as SetupSitting;
      const found = s.agenda?.find((a) => (item ? a.id === item.id : a.number === values.number.trim()));
      return found ? { ...found, version: s.version } : null;
    },
    onSaved: () => onSaved(),
  });
  const { values, set, errors } = form;
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={item ? t("setup.agenda.editTitle") : t("setup.agenda.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <TextInput
        label={t("setup.agenda.number")}
        value={values.number}
        onChange={(v) => set("number", v)}
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
      <FormFooter
        form={form}
        fields={["number", "title"]}
        submitLabel={item ? t("setup.form.save") : t("setup.agenda.create")}
        onCancel={onCancel}
      />
    </form>
  );
};

import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { SelectInput, TextInput } from "./fields.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl, isBlank, textFor } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../../domain/model.js";
import type { SetupDocument, SetupEvent, SetupSitting } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

interface DocumentValues {
  readonly symbol: string;
  readonly kind: DocumentKind;
  readonly date: string;
  readonly agendaItemId: string;
  readonly title: MultilingualText;
  readonly subtitle: MultilingualText;
}

const FIELDS = ["symbol", "kind", "date", "agendaItemId", "title", "subtitle"];

/** What the API takes: no agenda item and an empty subtitle are none. */
const toPayload = ({ agendaItemId, subtitle, ...rest }: Partial<DocumentValues>) => ({
  ...rest,
  ...(agendaItemId !== undefined ? { agendaItemId: agendaItemId || null } : {}),
  ...(subtitle !== undefined ? { subtitle: isBlank(subtitle) ? null : subtitle } : {}),
});

/** Adds a document to a sitting or edits its symbol, kind, date, agenda item, title and subtitle. */
export const DocumentForm = ({
  event,
  sitting,
  document,
  onSaved,
  onCancel,
}: {
  event: SetupEvent;
  sitting: SetupSitting;
  document: SetupDocument | null;
  onSaved: () => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useFieldLabels();
  const original = event.workingLanguages[0] ?? "en";
  const form = useVersionedForm<DocumentValues, SetupDocument>({
    subject: document,
    toValues: (d) => ({
      symbol: d?.symbol ?? "",
      kind: d?.kind ?? "information_note",
      date: d?.date ?? sitting.date,
      agendaItemId: d?.agendaItemId ?? sitting.agenda[0]?.id ?? "",
      title: d?.title ?? blankMl(original),
      subtitle: d?.subtitle ?? blankMl(original),
    }),
    create: (values) => setupApi.createDocument(sitting.id, toPayload(values)),
    update: (version, changes) => setupApi.editDocument(document?.id ?? "", { version, ...toPayload(changes) }),
    onSaved: () => onSaved(),
  });
  const { values, set, errors } = form;
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={document ? t("setup.document.editTitle") : t("setup.document.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <div className="setup-row">
        <TextInput
          label={labels.symbol ?? ""}
          value={values.symbol}
          onChange={(v) => set("symbol", v)}
          error={errorAt(errors, "symbol")}
          required
          dir="ltr"
        />
        <SelectInput
          label={labels.kind ?? ""}
          value={values.kind}
          onChange={(v) => set("kind", v as DocumentKind)}
          options={DOCUMENT_KINDS.map((k) => ({ id: k, label: t(`documentKind.${k}`, { defaultValue: k }) }))}
          error={errorAt(errors, "kind")}
        />
        <TextInput
          label={labels.date ?? ""}
          type="date"
          value={values.date}
          onChange={(v) => set("date", v)}
          error={errorAt(errors, "date")}
          required
        />
        <SelectInput
          label={labels.agendaItemId ?? ""}
          value={values.agendaItemId}
          onChange={(v) => set("agendaItemId", v)}
          options={[
            { id: "", label: t("setup.document.noItem") },
            ...sitting.agenda.map((a) => ({ id: a.id, label: `${a.number}. ${textFor(a.title, language)}` })),
          ]}
          error={errorAt(errors, "agendaItemId")}
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
        label={labels.subtitle ?? ""}
        value={values.subtitle}
        onChange={(v) => set("subtitle", v)}
        languages={event.workingLanguages}
        error={errorAt(errors, "subtitle")}
      />
      <FormFooter
        form={form}
        fields={FIELDS}
        submitLabel={document ? t("setup.form.save") : t("setup.document.create")}
        onCancel={onCancel}
      />
    </form>
  );
};

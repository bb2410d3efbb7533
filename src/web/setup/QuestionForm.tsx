import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { setupApi } from "./api.js";
import { FormFooter, StaleNotice } from "./FormParts.js";
import { blankMl } from "./ml.js";
import { MlEditor } from "./MlEditor.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { SetupGroup } from "./types.js";
import { useFieldLabels } from "./useFieldLabels.js";
import { useVersionedForm } from "./useVersionedForm.js";
import { errorAt } from "./values.js";

type Question = SetupGroup["guidingQuestions"][number];
/** A question under its group's version, with the group as the server last returned it. */
type QuestionSubject = Question & { readonly version: number; readonly group: SetupGroup };

/** Adds a guiding question to a group or rewrites one, under the group's version. */
export const QuestionForm = ({
  group,
  question,
  languages,
  onSaved,
  onCancel,
}: {
  group: SetupGroup;
  question: Question | null;
  languages: readonly Language[];
  onSaved: (group: SetupGroup) => void;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const labels = useFieldLabels();
  const original = languages[0] ?? "en";
  const form = useVersionedForm<{ text: MultilingualText }, QuestionSubject>({
    subject: {
      id: question?.id ?? "",
      position: question?.position ?? 0,
      text: question?.text ?? blankMl(original),
      version: group.version,
      group,
    },
    toValues: (q) => ({ text: q?.text ?? blankMl(original) }),
    update: (version, changes) =>
      question
        ? setupApi.editQuestion(question.id, { version, text: changes.text })
        : setupApi.addQuestion(group.id, { version, text: changes.text }),
    pick: (answer) => {
      const answered = answer as SetupGroup;
      const found = question ? answered.guidingQuestions.find((q) => q.id === question.id) : answered.guidingQuestions.at(-1);
      return found ? { ...found, version: answered.version, group: answered } : null;
    },
    onSaved: (saved) => onSaved(saved.group),
  });
  return (
    <form
      id={form.formId}
      className="setup-form setup-inline"
      onSubmit={form.submit}
      noValidate
      aria-label={question ? t("setup.question.editTitle") : t("setup.question.createTitle")}
    >
      <StaleNotice form={form} labels={labels} />
      <MlEditor
        label={t("setup.question.text")}
        value={form.values.text}
        onChange={(v) => form.set("text", v)}
        languages={languages}
        error={errorAt(form.errors, "text")}
        multiline
        required
      />
      <FormFooter
        form={form}
        fields={["text"]}
        submitLabel={question ? t("setup.form.save") : t("setup.question.create")}
        onCancel={onCancel}
      />
    </form>
  );
};

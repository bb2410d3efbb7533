import { useState } from "react";
import { Button, Form, Radio, RadioGroup, Label } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { api, ApiError } from "../api/client.js";
import { useFormAction } from "../components/useFormAction.js";
import { TextAreaField } from "./controls.js";

interface TranslationFormProps {
  readonly draftId: string;
  readonly paragraphId: string;
  readonly label: string;
  readonly language: Language;
  readonly initial: string;
  readonly version: number;
  readonly wording: "current" | "revised";
  readonly onDone: () => void;
}

/** A translator's text for one language of a paragraph, of its current or its revised wording. */
export const TranslationForm = ({ draftId, paragraphId, label, language, initial, version, wording, onDone }: TranslationFormProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<"draft" | "final">("final");
  const { error, pending, submit } = useFormAction(
    async () => {
      await api.drafts.translate({ params: { id: draftId, paragraphId, lang: language }, body: { text, status, version, wording } });
      onDone();
    },
    (cause) =>
      cause instanceof ApiError && cause.code === "stale_version"
        ? t("drafts.translate.stale")
        : t("drafts.failed", { message: cause instanceof Error ? cause.message : "" }),
  );
  const languageName = t(`languageName.${language}`);
  return (
    <Form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t("drafts.translate.heading", { language: languageName, label })}
    >
      <p className="inline-form-heading">{t("drafts.translate.heading", { language: languageName, label })}</p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <TextAreaField label={t("drafts.translate.text")} value={text} onChange={setText} language={language} isRequired />
      <RadioGroup
        className="radio-group"
        value={status}
        onChange={(v) => setStatus(v === "draft" ? "draft" : "final")}
        orientation="horizontal"
      >
        <Label className="field-label">{t("drafts.translate.status")}</Label>
        <Radio value="draft" className="radio">
          {t("drafts.status.draft")}
        </Radio>
        <Radio value="final" className="radio">
          {t("drafts.status.final")}
        </Radio>
      </RadioGroup>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isPending={pending}>
          {t("drafts.translate.save")}
        </Button>
        <Button className="button button-quiet" onPress={onDone}>
          {t("drafts.cancel")}
        </Button>
      </div>
    </Form>
  );
};

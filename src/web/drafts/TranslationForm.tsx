import { useState } from "react";
import { Button, Form, Radio, RadioGroup, Label } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { ApiError } from "../api/client.js";
import { failureInWords } from "../api/failure.js";
import { useFormAction } from "../components/useFormAction.js";
import { TextAreaField } from "./controls.js";
import type { TranslationBody } from "./types.js";

interface TranslationFormProps {
  /** What is translated, as the heading names it: a paragraph's label, or "the enacting formula". */
  readonly label: string;
  readonly language: Language;
  readonly initial: string;
  /** Stores the text; a stale version is answered with "changed meanwhile". */
  readonly save: (text: string, status: TranslationBody["status"]) => Promise<unknown>;
  readonly onDone: () => void;
}

/** A translator's text for one language of a paragraph (its current or its revised wording) or of the enacting formula. */
export const TranslationForm = ({ label, language, initial, save, onDone }: TranslationFormProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<TranslationBody["status"]>("final");
  const { error, pending, submit } = useFormAction(
    async () => {
      await save(text, status);
      onDone();
    },
    (cause) => (cause instanceof ApiError && cause.code === "stale_version" ? t("drafts.translate.stale") : failureInWords(t, cause)),
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

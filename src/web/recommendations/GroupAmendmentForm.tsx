import { useMemo, useState } from "react";
import { Form, Label, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, LANGUAGES, type Language } from "../../domain/language.js";
import { PARAGRAPH_ACTIONS, type ParagraphAction } from "../../domain/text/amendment.js";
import { api } from "../api/client.js";
import type { ResolutionParagraph } from "../api/types.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { Recommendation } from "../committee/types.js";
import { SelectField, TextAreaField } from "../drafts/controls.js";
import { previewChanges } from "../drafts/ProposeAmendment.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { ENDONYMS } from "../i18n/index.js";

/** The rapporteur proposes an amendment to a named paragraph of the draft, seeing the tracked changes as they type. */
export const GroupAmendmentForm = ({
  rec,
  paragraphs,
  defaultLanguage,
  onDone,
}: {
  rec: Recommendation;
  paragraphs: readonly ResolutionParagraph[];
  defaultLanguage: Language;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [target, setTarget] = useState(paragraphs[0]?.id ?? "");
  const [action, setAction] = useState<ParagraphAction>("amend");
  const paragraph = paragraphs.find((p) => p.id === target);
  const originalIn = (l: Language, p = paragraph) => p?.text.versions[l]?.text ?? "";
  const [language, setLanguage] = useState<Language>(
    paragraph?.text.versions[defaultLanguage] ? defaultLanguage : (paragraph?.text.original ?? defaultLanguage),
  );
  const [text, setText] = useState(originalIn(language));
  const [justification, setJustification] = useState("");
  const original = originalIn(language);
  const changes = useMemo(() => previewChanges(action, original, text, language), [action, original, text, language]);
  const changed = action === "delete" || changes.some((c) => c.op !== "equal");

  const chooseTarget = (id: string) => {
    const next = paragraphs.find((p) => p.id === id);
    if (action !== "insert") setText(next?.text.versions[language]?.text ?? "");
    setTarget(id);
  };
  const chooseAction = (next: ParagraphAction) => {
    if (next === "insert" && action !== "insert") setText("");
    if (next !== "insert" && action === "insert") setText(original);
    setAction(next);
  };
  const send = async () => {
    const common = { version: rec.version, language, justification: justification.trim() || null };
    const body =
      action === "amend"
        ? { ...common, action, target, text }
        : action === "insert"
          ? { ...common, action, after: target, kind: paragraph?.kind ?? "operative", text }
          : { ...common, action, target };
    await api.recommendations.addAmendment({ params: { id: rec.id }, body });
    onDone();
  };

  return (
    <Form
      className="inline-form rec-amendment-form"
      aria-labelledby="rec-propose"
      onSubmit={(e) => e.preventDefault()}
      data-testid="rec-amendment-form"
    >
      <h3 id="rec-propose" className="inline-form-heading">
        {t("committee.rec.propose")}
      </h3>
      <ErrorNotice error={act.error} />
      <div className="form-row">
        <SelectField
          label={t("committee.rec.paragraph")}
          value={target}
          onChange={chooseTarget}
          options={paragraphs.map((p) => ({ id: p.id, label: p.label }))}
          testId="rec-target"
        />
        <SelectField
          label={t("committee.rec.language")}
          value={language}
          onChange={(v) => {
            if (action !== "insert" && text === original) setText(originalIn(v as Language));
            setLanguage(v as Language);
          }}
          options={LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }))}
        />
      </div>
      <RadioGroup className="radio-group" value={action} onChange={(v) => chooseAction(v as ParagraphAction)} orientation="horizontal">
        <Label className="field-label">{t("committee.rec.action")}</Label>
        {PARAGRAPH_ACTIONS.map((a) => (
          <Radio key={a} value={a} className="radio">
            {t(`committee.rec.actions.${a}`)}
          </Radio>
        ))}
      </RadioGroup>
      {action !== "delete" && (
        <TextAreaField
          label={t("committee.rec.newWording")}
          value={text}
          onChange={setText}
          language={language}
          rows={4}
          isRequired
          testId="rec-amendment-text"
        />
      )}
      <section className="preview" aria-live="polite">
        <p className="field-label">{t("committee.rec.preview")}</p>
        <p className="preview-text" data-testid="rec-live-preview" lang={language} dir={directionOf(language)}>
          {changed ? (
            <TrackedChanges changes={changes} language={language} />
          ) : (
            <span className="muted">{t("committee.rec.noChange")}</span>
          )}
        </p>
      </section>
      <TextAreaField
        label={t("committee.rec.justification")}
        value={justification}
        onChange={setJustification}
        language={language}
        rows={2}
      />
      <div className="button-row">
        <ActButton
          label={t("committee.rec.addAmendment")}
          name="add"
          act={act}
          onPress={send}
          disabled={!changed || !target}
          testId="add-amendment"
        />
      </div>
    </Form>
  );
};

import { useState } from "react";
import { Checkbox } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import type { Routes } from "../../api/routes.js";
import { api, requests, type BodyOf } from "../api/client.js";
import type { GuidingQuestion } from "../api/types.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { Recommendation } from "../committee/types.js";
import { isolate } from "../components/isolate.js";
import { Ml } from "../components/Ml.js";
import { TextAreaField } from "../drafts/controls.js";
import { useLanguage } from "../i18n/index.js";
import { useMaybe } from "../committee/useMaybe.js";
import { RecommendationWording } from "../translations/RecommendationWording.js";

const keyOf = (questionId: string | null) => questionId ?? "general";

const initial = (rec: Recommendation, questions: readonly GuidingQuestion[]): Record<string, string> =>
  Object.fromEntries([...questions.map((q) => q.id), null].map((q) => [keyOf(q), rec.texts.find((x) => x.questionId === q)?.text ?? ""]));

/** The recommendation's text per guiding question (and a general text); the rapporteur writes it, the members read it as it is saved. */
export const TextsSection = ({
  rec,
  questions,
  canEdit,
  onSaved,
}: {
  rec: Recommendation;
  questions: readonly GuidingQuestion[];
  canEdit: boolean;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const act = useAct();
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [drawn, setDrawn] = useState<Record<string, readonly string[]> | null>(null);
  const heard =
    useMaybe(canEdit ? requests.groups.contributions({ params: { id: rec.groupId }, query: {} }) : null).data?.contributions ?? [];
  const drawnFrom = (id: string | null): readonly string[] =>
    drawn?.[keyOf(id)] ?? rec.texts.find((x) => x.questionId === id)?.contributions ?? [];
  const values = edits ?? initial(rec, questions);
  const writing = canEdit && rec.status === "drafting";
  // Once the group agreed it, its text is translated: each reader reads it in their language when the translation is final.
  const translated = useMaybe(
    rec.status === "drafting" ? null : requests.translations.draft({ params: { id: rec.draftId }, query: { lang: ui } }),
  ).data;
  const translationOf = (id: string | null) =>
    translated?.items.find((i) => i.sourceKind === "recommendation" && i.sourceId === rec.id && i.part === keyOf(id));
  const slots: { id: string | null; question: GuidingQuestion | null }[] = [
    ...questions.map((q) => ({ id: q.id, question: q })),
    { id: null, question: null },
  ];
  const languageOf = (id: string | null): Language => rec.texts.find((x) => x.questionId === id)?.language ?? ui;

  const save = async () => {
    const texts: BodyOf<Routes["recommendations"]["editTexts"]>["texts"] = slots
      .map((s) => ({ questionId: s.id, text: values[keyOf(s.id)] ?? "", language: languageOf(s.id), contributions: [...drawnFrom(s.id)] }))
      .filter((x) => x.text.trim() !== "");
    await api.recommendations.editTexts({ params: { id: rec.id }, body: { version: rec.version, texts } });
    setEdits(null);
    setDrawn(null);
    onSaved();
  };

  return (
    <section className="rec-section" aria-labelledby="rec-texts">
      <h2 id="rec-texts">{t("committee.rec.texts")}</h2>
      <ErrorNotice error={act.error} />
      {slots.map((s) => {
        const label = s.question ? <Ml text={s.question.text} /> : t("committee.rec.general");
        const value = values[keyOf(s.id)] ?? "";
        return (
          <div key={keyOf(s.id)} className="rec-text" data-testid="rec-text" data-question={keyOf(s.id)}>
            {writing ? (
              <>
                <p className="rec-question">{label}</p>
                <TextAreaField
                  label={t("committee.rec.textFor")}
                  value={value}
                  onChange={(v) => setEdits({ ...values, [keyOf(s.id)]: v })}
                  language={languageOf(s.id)}
                  rows={3}
                  testId={`rec-text-${keyOf(s.id)}`}
                />
                {heard
                  .filter((c) => c.questionId === s.id)
                  .map((c) => (
                    <Checkbox
                      key={c.id}
                      className="checkbox"
                      isSelected={drawnFrom(s.id).includes(c.id)}
                      onChange={(on) => {
                        setDrawn({ ...drawn, [keyOf(s.id)]: on ? [...drawnFrom(s.id), c.id] : drawnFrom(s.id).filter((x) => x !== c.id) });
                        setEdits({ ...values });
                      }}
                      data-testid="drawn-from"
                    >
                      {t("committee.rec.drawnFrom", { author: isolate(c.author), text: isolate(c.text) })}
                    </Checkbox>
                  ))}
              </>
            ) : (
              <>
                <h3 className="rec-question">{label}</h3>
                {value ? (
                  rec.status === "drafting" ? (
                    <p lang={languageOf(s.id)} dir={directionOf(languageOf(s.id))} className="rec-text-body">
                      {value}
                    </p>
                  ) : (
                    <RecommendationWording text={value} language={languageOf(s.id)} reader={ui} item={translationOf(s.id)} />
                  )
                ) : (
                  <p className="muted">{t("committee.rec.noText")}</p>
                )}
              </>
            )}
          </div>
        );
      })}
      {writing && (
        <div className="button-row">
          <ActButton
            label={t("committee.rec.saveTexts")}
            name="save"
            act={act}
            onPress={save}
            disabled={edits === null}
            testId="save-texts"
          />
        </div>
      )}
    </section>
  );
};

import { useState, type FormEvent } from "react";
import { Button, Checkbox, CheckboxGroup, Form, Label } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { failureInWords } from "../api/failure.js";
import { api } from "../api/client.js";
import { SelectField, TextAreaField } from "../drafts/controls.js";
import type { ParagraphOption, QuestionOption } from "./options.js";
import type { Contribution } from "./types.js";

interface ContributionsPanelProps {
  readonly groupId: string;
  readonly questions: readonly QuestionOption[];
  readonly paragraphs: readonly ParagraphOption[];
  readonly currentQuestionId: string | null;
  readonly contributions: readonly Contribution[];
  readonly mayContribute: boolean;
  readonly onRecorded: () => void;
}

const MAX_CHARS = 2000;

/** Records a short contribution on a guiding question, optionally tied to paragraphs of the draft. */
const ContributionForm = ({
  groupId,
  questions,
  paragraphs,
  currentQuestionId,
  onRecorded,
}: Omit<ContributionsPanelProps, "contributions" | "mayContribute">) => {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [chosenQuestion, setChosenQuestion] = useState<string | null>(null);
  const [tied, setTied] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const questionId = chosenQuestion ?? currentQuestionId ?? questions[0]?.id ?? "";

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await api.groups.contribute({ params: { id: groupId }, body: { text, questionId, paragraphIds: tied } });
      setText("");
      setTied([]);
      onRecorded();
    } catch (cause) {
      setError(t("groups.contributions.refused", { reason: failureInWords(t, cause) }));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form className="form contribution-form" onSubmit={(e) => void submit(e)} aria-labelledby="contribution-form-heading">
      <h3 id="contribution-form-heading">{t("groups.contributions.record")}</h3>
      <SelectField
        label={t("groups.contributions.question")}
        value={questionId}
        options={questions.map((q) => ({ id: q.id, label: q.label }))}
        onChange={setChosenQuestion}
        testId="contribution-question"
      />
      <TextAreaField
        label={t("groups.contributions.text")}
        description={t("groups.contributions.limit", { count: MAX_CHARS - text.length })}
        value={text}
        onChange={(v) => setText(v.slice(0, MAX_CHARS))}
        isRequired
        rows={3}
        testId="contribution-text"
      />
      {paragraphs.length > 0 && (
        <CheckboxGroup className="paragraph-choice" value={tied} onChange={setTied}>
          <Label className="field-label">{t("groups.contributions.paragraphs")}</Label>
          <div className="paragraph-choice-options">
            {paragraphs.map((p) => (
              <Checkbox key={p.id} value={p.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {p.label}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      )}
      <Button type="submit" className="button button-primary" isDisabled={pending || text.trim() === "" || questionId === ""}>
        {t("groups.contributions.submit")}
      </Button>
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </Form>
  );
};

/** The group's contributions, under each guiding question (the current one first marked), and the form to add one. */
export const ContributionsPanel = (props: ContributionsPanelProps) => {
  const { t } = useTranslation();
  const { questions, paragraphs, contributions, currentQuestionId, mayContribute } = props;
  const labels = new Map(paragraphs.map((p) => [p.id, p.label]));
  return (
    <section className="contributions" aria-labelledby="contributions-heading" data-testid="contributions">
      <h2 id="contributions-heading">{t("groups.contributions.heading")}</h2>
      {questions.map((q) => {
        const mine = contributions.filter((c) => c.questionId === q.id);
        return (
          <section
            key={q.id}
            className={`contribution-question${q.id === currentQuestionId ? " contribution-question-current" : ""}`}
            aria-labelledby={`cq-${q.id}`}
          >
            <h3 id={`cq-${q.id}`}>{q.label}</h3>
            {mine.length === 0 ? (
              <p className="contribution-none">{t("groups.contributions.none")}</p>
            ) : (
              <ul className="contribution-list">
                {mine.map((c) => {
                  // Labels only: a paragraph not (yet) among the draft texts is left out, never shown by its id.
                  const on = c.paragraphIds.flatMap((id) => labels.get(id) ?? []);
                  return (
                    <li key={c.id} className="contribution" data-testid="contribution">
                      {/* What a delegate wrote, in whatever language: isolated, its direction read from its own letters. */}
                      <p className="contribution-text" dir="auto">
                        {c.text}
                      </p>
                      <p className="contribution-meta">
                        <bdi>{c.author}</bdi>
                        {on.length > 0 && (
                          <span className="contribution-paragraphs">
                            {" · "}
                            {t("groups.contributions.on", { paragraphs: on.join(t("list.separator")) })}
                          </span>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {mayContribute && questions.length > 0 && <ContributionForm {...props} />}
    </section>
  );
};

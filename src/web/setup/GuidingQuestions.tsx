import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/language.js";
import { ApiError } from "../api/client.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { textFor } from "./ml.js";
import { QuestionForm } from "./QuestionForm.js";
import { TranslationBadges } from "./TranslationBadges.js";
import type { SetupGroup } from "./types.js";
import { failureInWords } from "../api/failure.js";

/** The order after moving one question up (-1) or down (+1). */
export const moved = (ids: readonly string[], index: number, by: -1 | 1): string[] => {
  const next = [...ids];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
};

/** A group's guiding questions in order: add, rewrite, and move up or down. */
export const GuidingQuestions = ({
  group,
  languages,
  onChanged,
}: {
  group: SetupGroup;
  languages: readonly Language[];
  onChanged: (group: SetupGroup) => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const questions = [...group.guidingQuestions].sort((a, b) => a.position - b.position);
  const ids = questions.map((q) => q.id);

  const move = async (index: number, by: -1 | 1) => {
    setError(null);
    try {
      const saved = await setupApi.orderQuestions(group.id, group.version, moved(ids, index, by));
      onChanged(saved);
      setAnnounce(t("setup.question.movedTo", { position: index + by + 1 }));
      window.requestAnimationFrame(() => document.getElementById(`move-${ids[index]}-${by < 0 ? "up" : "down"}`)?.focus());
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "stale_version") {
        const current = (cause.details as { current?: SetupGroup } | undefined)?.current;
        if (current) onChanged(current);
        setError(t("setup.question.stale"));
      } else setError(t("setup.form.failed", { message: failureInWords(t, cause) }));
    }
  };

  const done = (saved: SetupGroup) => {
    setEditing(null);
    onChanged(saved);
  };

  return (
    <section className="section" aria-labelledby={`questions-${group.id}`}>
      <h2 id={`questions-${group.id}`}>{t("setup.question.heading")}</h2>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {questions.length === 0 && <p className="empty">{t("setup.question.none")}</p>}
      <ol className="setup-questions" data-testid="guiding-questions">
        {questions.map((q, index) => (
          <li key={q.id} className="setup-question">
            {editing === q.id ? (
              <QuestionForm group={group} question={q} languages={languages} onSaved={done} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <p className="setup-question-text">{textFor(q.text, language)}</p>
                <TranslationBadges
                  translations={Object.fromEntries(languages.map((l) => [l, q.text.versions[l]?.status ?? "missing"]))}
                  languages={languages}
                />
                <div className="setup-buttons">
                  <Button
                    id={`move-${q.id}-up`}
                    className="button button-quiet"
                    isDisabled={index === 0}
                    onPress={() => void move(index, -1)}
                    aria-label={t("setup.question.up", { number: index + 1 })}
                  >
                    ↑
                  </Button>
                  <Button
                    id={`move-${q.id}-down`}
                    className="button button-quiet"
                    isDisabled={index === questions.length - 1}
                    onPress={() => void move(index, 1)}
                    aria-label={t("setup.question.down", { number: index + 1 })}
                  >
                    ↓
                  </Button>
                  <Button
                    className="button button-quiet"
                    onPress={() => setEditing(q.id)}
                    aria-label={t("setup.question.edit", { number: index + 1 })}
                  >
                    {t("setup.form.edit")}
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {editing === "new" ? (
        <QuestionForm
          key={group.version}
          group={group}
          question={null}
          languages={languages}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Button className="button button-quiet" onPress={() => setEditing("new")}>
          {t("setup.question.add")}
        </Button>
      )}
    </section>
  );
};

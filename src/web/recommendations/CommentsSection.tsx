import { useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../domain/language.js";
import { api } from "../api/client.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { Recommendation } from "../committee/types.js";
import { TextAreaField } from "../drafts/controls.js";
import { useLanguage } from "../i18n/index.js";
import type { Members } from "../groups/types.js";

/** The members' comments on the recommendation as it is written. */
export const CommentsSection = ({
  rec,
  members,
  canComment,
  onChanged,
}: {
  rec: Recommendation;
  members: Members["members"];
  canComment: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const act = useAct();
  const [text, setText] = useState("");
  const nameOf = (accountId: string) => members.find((m) => m.accountId === accountId)?.name ?? t("committee.rec.aMember");
  const send = async () => {
    await api.recommendations.comment({ params: { id: rec.id }, body: { text, language: ui } });
    setText("");
    onChanged();
  };
  return (
    <section className="rec-section" aria-labelledby="rec-comments">
      <h2 id="rec-comments">{t("committee.rec.comments", { count: rec.comments.length })}</h2>
      <ul className="rec-comments">
        {rec.comments.map((c) => {
          const lang = isLanguage(c.language) ? c.language : undefined;
          return (
            <li key={c.id} className="rec-comment" data-testid="rec-comment">
              <strong>
                <bdi>{nameOf(c.accountId)}</bdi>
              </strong>{" "}
              {/* Written in the commenter's interface language or in any other: its direction comes from the text. */}
              <span lang={lang} dir="auto">
                {c.text}
              </span>
            </li>
          );
        })}
      </ul>
      {canComment && (
        <Form className="inline-form" onSubmit={(e) => e.preventDefault()}>
          <ErrorNotice error={act.error} />
          <TextAreaField
            label={t("committee.rec.comment")}
            value={text}
            onChange={setText}
            language={ui}
            rows={2}
            testId="rec-comment-text"
          />
          <div className="button-row">
            <ActButton
              label={t("committee.rec.send")}
              name="comment"
              act={act}
              onPress={send}
              disabled={!text.trim()}
              quiet
              testId="send-comment"
            />
          </div>
        </Form>
      )}
    </section>
  );
};

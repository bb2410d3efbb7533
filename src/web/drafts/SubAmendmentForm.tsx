import { useMemo, useState } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { diffWords } from "../../domain/text/diff.js";
import { api } from "../api/client.js";
import { useSession } from "../app/session.js";
import { TextAreaField } from "./controls.js";
import { TrackedChanges } from "./TrackedChanges.js";
import type { AmendmentView } from "./types.js";

interface SubAmendmentProps {
  readonly draftId: string;
  /** The tabled amendment whose wording is amended. */
  readonly amendment: AmendmentView;
  readonly onDone: (created: AmendmentView | null) => void;
}

/**
 * Proposes a sub-amendment: a new wording of a tabled amendment's wording, in that amendment's language, with
 * the changes marked against it as the proposer types.
 */
export const SubAmendmentForm = ({ draftId, amendment: parent, onDone }: SubAmendmentProps) => {
  const { t } = useTranslation();
  const session = useSession();
  const tabled = parent.text ?? "";
  const language = parent.language;
  const [text, setText] = useState(tabled);
  const [author, setAuthor] = useState(session.account?.name ?? "");
  const [pending, setPending] = useState<"submit" | "draft" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changes = useMemo(() => diffWords(tabled, text, language), [tabled, text, language]);
  const changed = text.trim() !== "" && changes.some((c) => c.op !== "equal");
  const headingId = `sub-amendment-${parent.id}`;

  const run = async (submit: boolean) => {
    if (!changed || pending) return;
    setPending(submit ? "submit" : "draft");
    setError(null);
    try {
      const body = { action: "amend" as const, parent: parent.id, text, language, author, justification: null, submit };
      onDone(await api.amendments.propose({ params: { id: draftId }, body }));
    } catch (cause) {
      setError(t("drafts.failed", { message: cause instanceof Error ? cause.message : "" }));
    } finally {
      setPending(null);
    }
  };

  return (
    <Form
      className="propose-form inline-form sub-amendment-form"
      aria-labelledby={headingId}
      data-testid="sub-amendment-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(true);
      }}
    >
      <h4 id={headingId} className="inline-form-heading">
        {t("drafts.subAmendment.heading", { number: parent.number })}
      </h4>
      <p className="muted" data-testid="writing-language">
        {t("drafts.subAmendment.intro", { number: parent.number, language: t(`languageName.${language}`) })}
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <TextAreaField
        label={t("drafts.subAmendment.text")}
        value={text}
        onChange={setText}
        language={language}
        rows={5}
        isRequired
        testId="sub-amendment-text"
      />
      <section className="preview" aria-labelledby={`${headingId}-preview`} aria-live="polite">
        <p id={`${headingId}-preview`} className="field-label">
          {t("drafts.propose.preview")}
        </p>
        <p className="preview-text" data-testid="sub-amendment-preview" lang={language} dir={directionOf(language)}>
          {changed ? (
            <TrackedChanges changes={changes} language={language} />
          ) : (
            <span className="muted">{t("drafts.propose.noChange")}</span>
          )}
        </p>
      </section>
      <TextField className="field" value={author} onChange={setAuthor} isRequired>
        <Label className="field-label">{t("drafts.propose.author")}</Label>
        <Input className="field-input" data-testid="sub-amendment-author" />
      </TextField>
      <div className="button-row">
        <Button
          className="button button-primary"
          isPending={pending === "submit"}
          isDisabled={!changed}
          onPress={() => void run(true)}
          data-testid="sub-amendment-submit"
        >
          {t("drafts.propose.submit")}
        </Button>
        <Button className="button button-quiet" isPending={pending === "draft"} isDisabled={!changed} onPress={() => void run(false)}>
          {t("drafts.propose.keepDraft")}
        </Button>
        <Button className="button button-quiet" onPress={() => onDone(null)}>
          {t("drafts.cancel")}
        </Button>
      </div>
    </Form>
  );
};

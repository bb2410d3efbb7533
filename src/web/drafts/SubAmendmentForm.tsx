import { useMemo, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { diffWords } from "../../domain/text/diff.js";
import { api } from "../api/client.js";
import { TextAreaField } from "./controls.js";
import { AuthorField, authorReady, NO_AUTHOR, ProposalButtons, ProposalPreview, type AuthorChoice } from "./AmendmentFormParts.js";
import type { AmendmentView } from "./types.js";
import { failureInWords } from "../api/failure.js";

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
  const tabled = parent.text ?? "";
  const language = parent.language;
  const [text, setText] = useState(tabled);
  const [author, setAuthor] = useState<AuthorChoice>(NO_AUTHOR);
  const [pending, setPending] = useState<"submit" | "draft" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changes = useMemo(() => diffWords(tabled, text, language), [tabled, text, language]);
  const changed = text.trim() !== "" && changes.some((c) => c.op !== "equal");
  const ready = changed && authorReady(author);
  const headingId = `sub-amendment-${parent.id}`;

  const run = async (submit: boolean) => {
    if (!ready || pending) return;
    setPending(submit ? "submit" : "draft");
    setError(null);
    try {
      const body = {
        action: "amend" as const,
        parent: parent.id,
        text,
        language,
        author: author.author,
        paper: author.paper,
        coSponsors: [...author.coSponsors],
        justification: null,
        submit,
      };
      onDone(await api.amendments.propose({ params: { id: draftId }, body }));
    } catch (cause) {
      setError(t("drafts.failed", { message: failureInWords(t, cause) }));
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
      <ProposalPreview headingId={headingId} language={language} changes={changes} changed={changed} testId="sub-amendment-preview" />
      <AuthorField draftId={draftId} value={author} onChange={setAuthor} testId="sub-amendment-author" />
      <ProposalButtons
        pending={pending}
        ready={ready}
        onSend={(submit) => void run(submit)}
        onCancel={() => onDone(null)}
        submitTestId="sub-amendment-submit"
      />
    </Form>
  );
};

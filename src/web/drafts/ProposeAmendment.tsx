import { useMemo, useState } from "react";
import { Form, Label, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { diffWords, type Change } from "../../domain/text/diff.js";
import { api } from "../api/client.js";
import { ENDONYMS } from "../i18n/index.js";
import { AuthorField, authorReady, NO_AUTHOR, ProposalButtons, ProposalPreview, type AuthorChoice } from "./AmendmentFormParts.js";
import { SelectField, TextAreaField } from "./controls.js";
import type { AmendmentView, LanguageVersionView } from "./types.js";
import { PARAGRAPH_ACTIONS, type AmendmentAction } from "../../domain/text/amendment.js";
import { PARAGRAPH_KINDS, type ParagraphKind } from "../../domain/text/paragraph.js";
import { failureInWords } from "../api/failure.js";

interface ProposeProps {
  readonly draftId: string;
  /** The paragraph amended or followed, or null for the title. */
  readonly target: { readonly id: string; readonly label: string; readonly kind: ParagraphKind } | null;
  readonly languages: readonly LanguageVersionView[];
  /** The draft's original language, which the form starts in. */
  readonly defaultLanguage: Language;
  readonly onDone: (created: AmendmentView | null) => void;
}

/** The tracked changes of a proposal, computed in the browser as the proposer types. */
export const previewChanges = (action: AmendmentAction, original: string, text: string, language: Language): Change[] =>
  action === "delete"
    ? [{ op: "delete", text: original }]
    : action === "insert"
      ? text
        ? [{ op: "insert", text }]
        : []
      : diffWords(original, text, language);

/** Proposes an amendment to a paragraph (amend, insert after, delete) or to the title, with a live tracked-changes preview. */
export const ProposeAmendment = ({ draftId, target, languages, defaultLanguage, onDone }: ProposeProps) => {
  const { t } = useTranslation();
  const originalIn = (l: Language) => languages.find((v) => v.language === l)?.text ?? "";
  const [action, setAction] = useState<AmendmentAction>(target ? "amend" : "amend_title");
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [text, setText] = useState(originalIn(defaultLanguage));
  const [kind, setKind] = useState<ParagraphKind>(target?.kind ?? "operative");
  const [author, setAuthor] = useState<AuthorChoice>(NO_AUTHOR);
  const [justification, setJustification] = useState("");
  const original = originalIn(language);
  const changes = useMemo(() => previewChanges(action, original, text, language), [action, original, text, language]);
  const changed = action === "delete" || changes.some((c) => c.op !== "equal");
  const ready = changed && authorReady(author);

  const chooseLanguage = (next: Language) => {
    if (action !== "insert" && text === original) setText(originalIn(next));
    setLanguage(next);
  };
  const chooseAction = (next: AmendmentAction) => {
    if (next === "insert" && action !== "insert") setText("");
    if (next !== "insert" && action === "insert") setText(original);
    setAction(next);
  };

  const send = async (submit: boolean) => {
    const common = {
      language,
      author: author.author,
      paper: author.paper,
      coSponsors: [...author.coSponsors],
      justification: justification.trim() || null,
      submit,
    };
    const body =
      action === "amend"
        ? { ...common, action, target: target?.id ?? "", text }
        : action === "insert"
          ? { ...common, action, after: target?.id ?? null, kind, text }
          : action === "delete"
            ? { ...common, action, target: target?.id ?? "" }
            : { ...common, action, text };
    onDone(await api.amendments.propose({ params: { id: draftId }, body }));
  };
  const [pending, setPending] = useState<"submit" | "draft" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (submit: boolean) => {
    if (!ready || pending) return;
    setPending(submit ? "submit" : "draft");
    setError(null);
    try {
      await send(submit);
    } catch (cause) {
      setError(t("drafts.failed", { message: failureInWords(t, cause) }));
    } finally {
      setPending(null);
    }
  };
  const heading = target ? t("drafts.propose.heading", { label: target.label }) : t("drafts.propose.headingTitle");
  const headingId = `propose-${target?.id ?? "title"}`;

  return (
    <Form
      className="propose-form inline-form"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void run(true);
      }}
      data-testid="propose-form"
    >
      <h4 id={headingId} className="inline-form-heading">
        {heading}
      </h4>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {target && (
        <RadioGroup className="radio-group" value={action} onChange={(v) => chooseAction(v as AmendmentAction)} orientation="horizontal">
          <Label className="field-label">{t("drafts.propose.action")}</Label>
          {PARAGRAPH_ACTIONS.map((a) => (
            <Radio key={a} value={a} className="radio" autoFocus={a === action}>
              {t(`drafts.propose.${a}`)}
            </Radio>
          ))}
        </RadioGroup>
      )}
      <div className="form-row">
        <SelectField
          label={t("drafts.propose.language")}
          value={language}
          onChange={(v) => chooseLanguage(v as Language)}
          options={LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }))}
          autoFocus={!target}
        />
        {action === "insert" && (
          <SelectField
            label={t("drafts.propose.kind")}
            value={kind}
            onChange={(v) => setKind(v === "preambular" ? "preambular" : "operative")}
            options={PARAGRAPH_KINDS.map((k) => ({ id: k, label: t(`drafts.kind.${k}`) }))}
          />
        )}
      </div>
      <p className="muted" data-testid="writing-language">
        {t(language === defaultLanguage ? "drafts.propose.writingInOriginal" : "drafts.propose.writingIn", {
          language: t(`languageName.${language}`),
        })}
      </p>
      {action !== "delete" && (
        <TextAreaField
          label={action === "insert" ? t("drafts.propose.newText") : t("drafts.propose.text")}
          value={text}
          onChange={setText}
          language={language}
          rows={5}
          isRequired
          testId="propose-text"
        />
      )}
      <ProposalPreview headingId={headingId} language={language} changes={changes} changed={changed} testId="live-preview" />
      <AuthorField draftId={draftId} value={author} onChange={setAuthor} testId="propose-author" />
      <TextAreaField
        label={t("drafts.propose.justification")}
        value={justification}
        onChange={setJustification}
        language={language}
        rows={2}
      />
      <ProposalButtons pending={pending} ready={ready} onSend={(submit) => void run(submit)} onCancel={() => onDone(null)} />
    </Form>
  );
};

import { useEffect } from "react";
import { Button, Checkbox, CheckboxGroup, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import type { Change } from "../../domain/text/diff.js";
import { requests } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { SelectField } from "./controls.js";
import { TrackedChanges } from "./TrackedChanges.js";
import { failureInWords } from "../api/failure.js";

/** The tracked changes of a proposal as it is typed, or a note that nothing has changed yet. */
export const ProposalPreview = ({
  headingId,
  language,
  changes,
  changed,
  testId,
}: {
  headingId: string;
  language: Language;
  changes: readonly Change[];
  changed: boolean;
  testId: string;
}) => {
  const { t } = useTranslation();
  return (
    <section className="preview" aria-labelledby={`${headingId}-preview`} aria-live="polite">
      <p id={`${headingId}-preview`} className="field-label">
        {t("drafts.propose.preview")}
      </p>
      <p className="preview-text" data-testid={testId} lang={language} dir={directionOf(language)}>
        {changed ? <TrackedChanges changes={changes} language={language} /> : <span className="muted">{t("drafts.propose.noChange")}</span>}
      </p>
    </section>
  );
};

/** Who an amendment is by: a name the data offers, or, for a paper amendment the secretariat types in, the name written on it. */
export interface AuthorChoice {
  readonly author: string;
  readonly paper: boolean;
  /** Delegations of the event that co-sponsor it, as the data spells them. */
  readonly coSponsors: readonly string[];
}

/** No author chosen yet. */
export const NO_AUTHOR: AuthorChoice = { author: "", paper: false, coSponsors: [] };

/** The author is still to be settled while the choices load or when the caller has none. */
export const authorReady = (choice: AuthorChoice): boolean => choice.author.trim() !== "";

/**
 * The author of an amendment, chosen from what the server offers the caller for this draft: their delegation or a
 * body they act for (every delegation and body for the secretariat, who may also tick "paper amendment" and type
 * the author as written on the paper), and the delegations that co-sponsor it.
 */
export const AuthorField = ({
  draftId,
  value,
  onChange,
  testId,
}: {
  draftId: string;
  value: AuthorChoice;
  onChange: (next: AuthorChoice) => void;
  testId: string;
}) => {
  const { t } = useTranslation();
  const { resource } = useResource(requests.amendments.authorChoices({ params: { id: draftId } }));
  const choices = resource.state === "ready" ? resource.data : null;
  // Once the choices arrive, a name they do not offer gives way to the caller's own delegation or body, if one.
  useEffect(() => {
    const fallback = choices?.suggested ?? "";
    if (choices && !value.paper && !choices.authors.includes(value.author) && value.author !== fallback)
      onChange({ ...value, author: fallback, paper: false });
  }, [choices, value, onChange]);
  if (resource.state === "loading") return <p className="muted">{t("drafts.propose.loadingAuthors")}</p>;
  if (resource.state === "error")
    return (
      <div className="notice notice-error" role="alert">
        <p>{t("drafts.failed", { message: failureInWords(t, resource.error) })}</p>
      </div>
    );
  const { authors, suggested, paper, coSponsors } = resource.data;
  const sponsors = coSponsors.filter((c) => c !== value.author);
  if (authors.length === 0 && !paper)
    return (
      <div className="notice" role="status" data-testid={`${testId}-none`}>
        <p>{t("drafts.propose.noAuthor")}</p>
      </div>
    );
  return (
    <div className="author-field" data-testid={`${testId}-field`}>
      {!value.paper && (
        <SelectField
          label={t("drafts.propose.author")}
          value={value.author}
          onChange={(author) => onChange({ ...value, author, paper: false })}
          options={authors.map((a) => ({ id: a, label: a }))}
          testId={testId}
        />
      )}
      {paper && (
        <Checkbox
          className="checkbox"
          isSelected={value.paper}
          onChange={(typed) => onChange({ ...value, author: typed ? "" : (suggested ?? ""), paper: typed })}
          data-testid={`${testId}-paper`}
        >
          <span className="checkbox-box" aria-hidden="true" />
          {t("drafts.propose.paper")}
        </Checkbox>
      )}
      {value.paper && (
        <TextField className="field" value={value.author} onChange={(author) => onChange({ ...value, author, paper: true })} isRequired>
          <Label className="field-label">{t("drafts.propose.paperAuthor")}</Label>
          <Input className="field-input" data-testid={`${testId}-paper-author`} />
        </TextField>
      )}
      {sponsors.length > 0 && (
        <details className="co-sponsors" data-testid={`${testId}-co-sponsors`}>
          <summary className="field-label">{t("drafts.propose.coSponsors")}</summary>
          <CheckboxGroup
            className="checkbox-group"
            aria-label={t("drafts.propose.coSponsors")}
            value={value.coSponsors.filter((c) => sponsors.includes(c))}
            onChange={(chosen) => onChange({ ...value, coSponsors: chosen })}
          >
            {sponsors.map((c) => (
              <Checkbox key={c} value={c} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                <bdi>{c}</bdi>
              </Checkbox>
            ))}
          </CheckboxGroup>
        </details>
      )}
    </div>
  );
};

/** A proposal form's buttons: submit it, keep it as a draft (each pending while it is sent), or cancel. */
export const ProposalButtons = ({
  pending,
  ready,
  onSend,
  onCancel,
  submitTestId,
}: {
  pending: "submit" | "draft" | null;
  ready: boolean;
  onSend: (submit: boolean) => void;
  onCancel: () => void;
  submitTestId?: string;
}) => {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button
        className="button button-primary"
        isPending={pending === "submit"}
        isDisabled={!ready}
        onPress={() => onSend(true)}
        data-testid={submitTestId}
      >
        {t("drafts.propose.submit")}
      </Button>
      <Button className="button button-quiet" isPending={pending === "draft"} isDisabled={!ready} onPress={() => onSend(false)}>
        {t("drafts.propose.keepDraft")}
      </Button>
      <Button className="button button-quiet" onPress={onCancel}>
        {t("drafts.cancel")}
      </Button>
    </div>
  );
};

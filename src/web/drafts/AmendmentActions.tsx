import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError, type BodyOf } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import { useAdoptedByBody } from "../committee/adoptedProposals.js";
import { ConfirmAction } from "../components/ConfirmAction.js";
import { SelectField, TextAreaField } from "./controls.js";
import type { AmendmentView } from "./types.js";
import { failureInWords } from "../api/failure.js";

type Transition = BodyOf<Routes["amendments"]["transition"]>["transition"];

interface ActionsProps {
  readonly amendment: AmendmentView;
  readonly others: readonly AmendmentView[];
  readonly mine: boolean;
  readonly decide: boolean;
  readonly onChanged: () => void;
}

/** The workflow steps the reader may take on an amendment: the author submits or withdraws, the secretariat decides. */
export const AmendmentActions = ({ amendment: a, others, mine, decide, onChanged }: ActionsProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"revise" | "merge" | null>(null);
  const [revised, setRevised] = useState(a.text ?? "");
  const [into, setInto] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const author = mine || decide;
  // A group proposal its body adopted (as it stood or merged) goes before the committee as the body's amendment only.
  const adoptedByBody = useAdoptedByBody(a);
  const run = async (transition: Transition) => {
    setPending(true);
    setError(null);
    try {
      await api.amendments.transition({ params: { id: a.id }, body: { version: a.version, transition } });
      setOpen(null);
      onChanged();
    } catch (cause) {
      setError(
        cause instanceof ApiError && cause.code === "stale_version"
          ? t("drafts.actions.stale")
          : t("drafts.failed", { message: failureInWords(t, cause) }),
      );
      if (cause instanceof ApiError && cause.code === "stale_version") onChanged();
    } finally {
      setPending(false);
    }
  };
  // Every step here is public or final: it happens once the reader confirms what it does (worded when asked).
  const confirmation = (kind: "accept" | "reject" | "acceptAsRevised" | "merge" | "withdraw") => () => ({
    title: t(kind === "withdraw" ? "confirm.withdraw.title" : "confirm.decide.title", { number: a.number }),
    message: t(kind === "withdraw" ? "confirm.withdraw.message" : `confirm.plain.${kind}`, {
      number: a.number,
      into: others.find((o) => o.id === into)?.number ?? "",
    }),
    confirmLabel: t(`drafts.actions.${kind}`),
  });
  const button = (
    key: "accept" | "reject" | "withdraw" | "acceptAsRevised" | "merge",
    transition: Transition,
    primary = false,
    label = t(`drafts.actions.${key}`),
    disabled = false,
  ) => (
    <ConfirmAction
      label={label}
      className={`button ${primary ? "button-primary" : "button-quiet"} button-small`}
      isDisabled={pending || disabled}
      onConfirm={() => void run(transition)}
      confirmation={confirmation(key)}
    />
  );
  // Only the merge form lists every candidate; the card itself needs to know there is one.
  const hasCandidate = others.some((o) => o.id !== a.id && o.status !== "merged" && o.status !== "withdrawn");
  if (!(a.status === "draft" && author && !adoptedByBody) && !(a.status === "submitted" && (author || decide))) return null;
  return (
    <div className="amendment-actions" role="group" aria-label={t("drafts.actions.label", { number: a.number })}>
      <div className="button-row">
        {a.status === "draft" && author && !adoptedByBody && (
          <ConfirmAction
            label={t("drafts.actions.submit")}
            className="button button-primary button-small"
            isDisabled={pending}
            onConfirm={() => void run({ type: "submit" })}
            confirmation={() => ({
              title: t("confirm.submit.title", { number: a.number }),
              message: t("confirm.submit.message"),
              confirmLabel: t("drafts.actions.submit"),
            })}
            testId="draft-submit"
          />
        )}
        {a.status === "submitted" && decide && button("accept", { type: "accept" }, true)}
        {a.status === "submitted" && decide && button("reject", { type: "reject" })}
        {a.status === "submitted" && decide && (
          <Button
            className="button button-quiet button-small"
            onPress={() => setOpen(open === "revise" ? null : "revise")}
            aria-expanded={open === "revise"}
          >
            {t("drafts.actions.acceptAsRevised")}
          </Button>
        )}
        {a.status === "submitted" && decide && hasCandidate && (
          <Button
            className="button button-quiet button-small"
            onPress={() => setOpen(open === "merge" ? null : "merge")}
            aria-expanded={open === "merge"}
          >
            {t("drafts.actions.merge")}
          </Button>
        )}
        {a.status === "submitted" && author && button("withdraw", { type: "withdraw" })}
      </div>
      {open === "revise" && (
        <div className="inline-form">
          <TextAreaField label={t("drafts.actions.revisedText")} value={revised} onChange={setRevised} language={a.language} isRequired />
          <div className="button-row">
            {button(
              "acceptAsRevised",
              { type: "accept_as_revised", revisedText: revised },
              true,
              t("drafts.actions.confirm"),
              revised.trim() === "",
            )}
          </div>
        </div>
      )}
      {open === "merge" && (
        <div className="inline-form">
          <SelectField
            label={t("drafts.actions.mergeInto")}
            value={into}
            onChange={setInto}
            options={others
              .filter((o) => o.id !== a.id && o.status !== "merged" && o.status !== "withdrawn")
              .map((o) => ({ id: o.id, label: t("drafts.amendment.number", { number: o.number }) }))}
          />
          <div className="button-row">{button("merge", { type: "merge", into }, true, t("drafts.actions.confirm"), into === "")}</div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};

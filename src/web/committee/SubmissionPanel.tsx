import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { TextAreaField } from "../drafts/controls.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import type { AmendmentView } from "../drafts/types.js";
import { VirtualRows } from "../components/VirtualRows.js";
import { useAdoptedProposals } from "./adoptedProposals.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import type { Deadline } from "./types.js";
import { isolate } from "../components/isolate.js";
import { useKeptFocus } from "../components/useKeptFocus.js";

/** Amendments not yet submitted (the reader's own, or all for the secretariat) and the reader's submitted ones, which they may withdraw until the committee decides. */
export const SubmissionPanel = ({
  amendments,
  mine,
  deadline,
  secretariat,
  onChanged,
}: {
  amendments: readonly AmendmentView[];
  mine: readonly string[];
  deadline: Deadline | null;
  secretariat: boolean;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const heading = useKeptFocus<HTMLHeadingElement>();
  const passed = deadline?.passed === true;
  // A body's amendments come from its groups' recommendations and are submitted from its adoption page.
  // A group proposal the body adopted goes before the committee as the body's amendment, never again on its own.
  const adopted = useAdoptedProposals(amendments);
  const waiting = amendments.filter(
    (a) => a.status === "draft" && !adopted.has(a.id) && (mine.includes(a.id) || (secretariat && a.provenance === null)),
  );
  const withdrawable = amendments.filter((a) => a.status === "submitted" && mine.includes(a.id));
  if (waiting.length === 0 && withdrawable.length === 0) return null;
  const submit = (a: AmendmentView, late: boolean) =>
    api.submissions
      .submitAmendment({
        params: { id: a.id },
        body: late ? { version: a.version, acceptLate: true, reason: reasons[a.id] ?? "" } : { version: a.version },
      })
      .then(onChanged);
  const withdraw = (a: AmendmentView) =>
    api.amendments.transition({ params: { id: a.id }, body: { version: a.version, transition: { type: "withdraw" } } }).then(onChanged);

  return (
    <section className="rec-section" aria-labelledby="submission-heading" data-testid="submission">
      <h2 id="submission-heading" ref={heading} tabIndex={-1}>
        {t("committee.submission.heading")}
      </h2>
      <ErrorNotice error={act.error} />
      <VirtualRows
        as="ul"
        className="rec-amendment-list"
        items={[...waiting, ...withdrawable]}
        keyOf={(a) => a.id}
        estimate={() => 140}
        renderRow={(a, row) => (
          <li {...row} className="rec-amendment" data-testid="to-submit" data-number={a.number} data-status={a.status}>
            <p className="rec-amendment-head">
              <strong>{t("committee.amendmentNumber", { number: a.number })}</strong> ·{" "}
              {[a.targetLabel, a.author && isolate(a.author), t(`committee.status.${a.status}`)].filter(Boolean).join(" · ")}
            </p>
            <p className="preview-text">
              <TrackedChanges changes={a.changes} language={a.language} />
            </p>
            <div className="button-row">
              {a.status === "draft" && mine.includes(a.id) && (
                <ActButton
                  label={t("committee.submission.submit")}
                  name={`s${a.id}`}
                  act={act}
                  onPress={() => submit(a, false)}
                  confirm={{
                    title: t("confirm.submit.title", { number: a.number }),
                    message: t("confirm.submit.message"),
                    confirmLabel: t("committee.submission.submit"),
                  }}
                  testId="submit-amendment"
                />
              )}
              {a.status === "submitted" && (
                <ActButton
                  label={t("committee.submission.withdraw")}
                  name={`w${a.id}`}
                  act={act}
                  onPress={() => withdraw(a)}
                  quiet
                  testId="withdraw-amendment"
                />
              )}
            </div>
            {a.status === "draft" && secretariat && passed && (
              <div className="inline-form">
                <TextAreaField
                  label={t("committee.submission.lateReason")}
                  value={reasons[a.id] ?? ""}
                  onChange={(v) => setReasons({ ...reasons, [a.id]: v })}
                  rows={1}
                  testId="late-reason"
                />
                <ActButton
                  label={t("committee.submission.acceptLate")}
                  name={`l${a.id}`}
                  act={act}
                  onPress={() => submit(a, true)}
                  disabled={!(reasons[a.id] ?? "").trim()}
                  quiet
                  testId="accept-late"
                />
              </div>
            )}
          </li>
        )}
      />
    </section>
  );
};

import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { AmendmentView } from "../drafts/types.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import { isolate } from "../components/isolate.js";
import { VirtualRows } from "../components/VirtualRows.js";

const DECIDED: ReadonlySet<string> = new Set(["accepted", "rejected", "accepted_as_revised", "merged"]);

/** Whether the committee has decided on an amendment (a decision the secretariat may reopen). */
export const isDecided = (status: string): boolean => DECIDED.has(status);

/** The secretariat reopens the committee's decision on an amendment, after saying why; it then awaits a decision again. */
export const ReopenDecision = ({ amendment, onChanged }: { amendment: AmendmentView; onChanged: () => void }) => {
  const { t } = useTranslation();
  const act = useAct();
  const reopen = (reason: string) =>
    api.committee.reopen({ params: { id: amendment.id }, body: { version: amendment.version, reason } }).then(onChanged);
  return (
    <span className="reopen-decision">
      <ErrorNotice error={act.error} />
      <ActButton
        label={t("confirm.reopen.button")}
        name="reopen"
        act={act}
        onPress={reopen}
        quiet
        testId="reopen-decision"
        confirm={{
          title: t("confirm.reopen.title", { number: amendment.number }),
          message: t("confirm.reopen.message", { number: amendment.number, status: t(`committee.status.${amendment.status}`) }),
          confirmLabel: t("confirm.reopen.button"),
          reasonLabel: t("confirm.reopen.reason"),
        }}
      />
    </span>
  );
};

/** For the secretariat: every decision the committee took on this draft, each of which it may reopen until the revised draft is produced. */
export const DecisionsTaken = ({ amendments, onChanged }: { amendments: readonly AmendmentView[]; onChanged: () => void }) => {
  const { t } = useTranslation();
  const decided = amendments.filter((a) => isDecided(a.status));
  if (decided.length === 0) return null;
  return (
    <section className="rec-section" aria-labelledby="decisions-taken-heading" data-testid="decisions-taken">
      <h2 id="decisions-taken-heading">{t("confirm.reopen.heading")}</h2>
      <p className="muted">{t("confirm.reopen.hint")}</p>
      <VirtualRows
        as="ul"
        className="rec-amendment-list"
        items={decided}
        keyOf={(a) => a.id}
        estimate={() => 110}
        renderRow={(a, row) => (
          <li {...row} className="rec-amendment" data-testid="decision-taken" data-number={a.number} data-status={a.status}>
            <p className="rec-amendment-head">
              {t("committee.amendmentBy", { number: a.number, author: isolate(a.author ?? "") })} ·{" "}
              <span className={`status-${a.status}`}>{t(`committee.status.${a.status}`)}</span>
            </p>
            <ReopenDecision amendment={a} onChanged={onChanged} />
          </li>
        )}
      />
    </section>
  );
};

import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { FUNCTIONS } from "../../domain/designations/designation.js";
import { ApiError } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { DesignateForm } from "./DesignateForm.js";
import { textFor } from "./ml.js";
import { RecommendForm } from "./RecommendForm.js";
import type { Designation, SetupEvent, SetupGroup, SittingTree } from "./types.js";
import { isolate } from "../components/isolate.js";
import { failureInWords } from "../api/failure.js";

const STATUS_TONE: Record<Designation["status"], string> = {
  recommended: "badge-draft",
  designated: "badge-final",
  replaced: "badge-neutral",
  withdrawn: "badge-missing",
};

/** The designations of one function, newest first, as they should be listed. */
export const byFunction = (designations: readonly Designation[], fn: Designation["function"]): Designation[] =>
  designations.filter((d) => d.function === fn).sort((a, b) => b.recommendation.at.localeCompare(a.recommendation.at));

const Decision = ({ d, sittings }: { d: Designation; sittings: readonly SittingTree[] }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!d.decision) return null;
  const sitting = sittings.find((s) => s.id === d.decision?.sittingId);
  const m = d.decision.method;
  const method =
    m.kind === "consensus"
      ? t("setup.designation.methods.consensus")
      : t("setup.designation.votes", {
          method: t(`setup.designation.methods.${m.kind}`),
          for: m.for,
          against: m.against,
          abstain: m.abstain,
        });
  return (
    <>
      {t("setup.designation.decided", {
        date: d.decision.date,
        sitting: sitting
          ? t("setup.sitting.heading", { number: sitting.number, title: textFor(sitting.title, language) })
          : d.decision.sittingId,
        method,
      })}
    </>
  );
};

/** The chair and rapporteur of a group: the Bureau recommends, the body designates, replacements and withdrawals are kept. */
export const Designations = ({ event, sittings, group }: { event: SetupEvent; sittings: readonly SittingTree[]; group: SetupGroup }) => {
  const { t } = useTranslation();
  const list = useResource(setupApi.designations(group.id));
  const people = useResource(setupApi.participants(event.id));
  const [designating, setDesignating] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const groupSitting = sittings.find((s) => s.id === group.sittingId);
  const bodySittings = sittings.filter((s) => s.bodyId === groupSitting?.bodyId);
  const refresh = () => {
    setDesignating(null);
    list.reload();
  };
  const withdraw = async (d: Designation) => {
    setMessage(null);
    try {
      await setupApi.transition(d.id, d.version, { type: "withdraw", reason: null });
    } catch (cause) {
      setMessage(cause instanceof ApiError && cause.code === "stale_version" ? t("setup.designation.stale") : failureInWords(t, cause));
    }
    refresh();
  };
  if (list.resource.state === "loading" || people.resource.state === "loading") return <Loading />;
  if (list.resource.state === "error") return <LoadError error={list.resource.error} />;
  if (people.resource.state === "error") return <LoadError error={people.resource.error} />;
  const designations = list.resource.data.designations;
  return (
    <section className="section" aria-labelledby="designations-heading" data-testid="designations">
      <h2 id="designations-heading">{t("setup.designation.heading")}</h2>
      <p className="muted">{t("setup.designation.intro")}</p>
      {message && (
        <div className="notice notice-error" role="alert">
          <p>{message}</p>
        </div>
      )}
      <div className="setup-offices">
        {FUNCTIONS.map((fn) => {
          const holder = designations.find((d) => d.function === fn && d.status === "designated");
          return (
            <div key={fn} className="setup-office" data-testid={`office-${fn}`}>
              <h3>{t(`setup.designation.functions.${fn}`)}</h3>
              <p>
                {holder
                  ? t("setup.designation.holder", {
                      name: isolate(holder.participant.name),
                      parliament: isolate(holder.participant.parliament),
                    })
                  : t("setup.designation.vacant")}
              </p>
              {holder && (
                <Button
                  className="button button-quiet"
                  onPress={() => void withdraw(holder)}
                  aria-label={t("setup.designation.withdrawWho", { name: holder.participant.name })}
                >
                  {t("setup.designation.withdraw")}
                </Button>
              )}
            </div>
          );
        })}
      </div>
      <RecommendForm groupId={group.id} participants={people.resource.data.participants} onDone={refresh} />
      <h3>{t("setup.designation.history")}</h3>
      {designations.length === 0 ? (
        <p className="empty">{t("setup.designation.none")}</p>
      ) : (
        <ul className="setup-items" data-testid="designation-history">
          {FUNCTIONS.flatMap((fn) =>
            byFunction(designations, fn).map((d) => (
              <li key={d.id} className="setup-designation" data-testid="designation">
                <p>
                  <strong>{t(`setup.designation.functions.${d.function}`)}</strong> · <bdi>{d.participant.name}</bdi> (
                  <bdi>{d.participant.parliament}</bdi>) ·{" "}
                  <span className={`badge ${STATUS_TONE[d.status]}`}>{t(`setup.designation.status.${d.status}`)}</span>
                </p>
                <p className="muted">
                  {t("setup.designation.recommendedOn", { date: d.recommendation.at.slice(0, 10) })}
                  {d.recommendation.note ? ` — ${d.recommendation.note}` : ""}
                </p>
                {d.decision && (
                  <p className="muted">
                    <Decision d={d} sittings={sittings} />
                  </p>
                )}
                {d.replaces && (
                  <p className="muted">
                    {t("setup.designation.replaces", {
                      name: isolate(designations.find((o) => o.id === d.replaces)?.participant.name ?? ""),
                    })}
                  </p>
                )}
                {d.replacedBy && (
                  <p className="muted">
                    {t("setup.designation.replacedBy", {
                      name: isolate(designations.find((o) => o.id === d.replacedBy)?.participant.name ?? ""),
                    })}
                  </p>
                )}
                {d.withdrawal && <p className="muted">{t("setup.designation.withdrawnOn", { date: d.withdrawal.at.slice(0, 10) })}</p>}
                {d.status === "recommended" &&
                  (designating === d.id ? (
                    <DesignateForm designation={d} sittings={bodySittings} onDone={refresh} onCancel={() => setDesignating(null)} />
                  ) : (
                    <div className="setup-buttons">
                      <Button
                        className="button button-primary"
                        onPress={() => setDesignating(d.id)}
                        aria-label={t("setup.designation.designateWho", {
                          name: d.participant.name,
                          function: t(`setup.designation.functions.${d.function}`),
                        })}
                      >
                        {t("setup.designation.designate")}
                      </Button>
                      <Button
                        className="button button-quiet"
                        onPress={() => void withdraw(d)}
                        aria-label={t("setup.designation.withdrawWho", { name: d.participant.name })}
                      >
                        {t("setup.designation.withdrawRecommendation")}
                      </Button>
                    </div>
                  ))}
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
};

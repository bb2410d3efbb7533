import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { AccessTools, TemplateLink } from "../participants/AccessTools.js";
import { TableDownloads } from "../exports/TableDownloads.js";
import { ParticipantForm } from "../participants/ParticipantForm.js";
import type { ParticipantBody } from "../participants/model.js";
import { textFor } from "./ml.js";
import { setupApi } from "./api.js";
import { ImportDone, ProblemTable, problemsOf } from "./ImportReportView.js";
import { DelegationList, ParticipantList } from "./ParticipantList.js";
import { setupPaths } from "./paths.js";
import { SecretariatOnly } from "./SecretariatOnly.js";
import type { ImportProblem, ImportReport } from "./types.js";
import { isolate } from "../components/isolate.js";
import { failureInWords } from "../api/failure.js";

/** The outcome of checking a file: the dry run's report, or the problems that stopped it from being read at all. */
type Check = { readonly rows: number; readonly valid: number; readonly problems: readonly ImportProblem[] };

const MAX_BYTES = 5 * 1024 * 1024;

/** The secretariat imports participants from CSV: a dry run first, then all rows or, by explicit choice, only the valid ones. */
const Participants = ({ eventId }: { eventId: string }) => {
  const { t } = useTranslation();
  usePageTitle(t("setup.participants.title"));
  const participants = useResource(setupApi.participants(eventId));
  const delegations = useResource(setupApi.delegations(eventId));
  const tree = useResource(setupApi.tree(eventId));
  const language = useLanguage();
  const bodies =
    tree.resource.state === "ready" ? tree.resource.data.event.bodies.map((b) => ({ id: b.id, name: textFor(b.name, language) })) : [];
  const [added, setAdded] = useState<string | null>(null);
  const reload = () => {
    participants.reload();
    delegations.reload();
  };
  const add = async (body: ParticipantBody) => {
    setAdded(null);
    const created = await api.participants.create({ params: { id: eventId }, body });
    setAdded(t("participants.added", { name: created.name }));
    reload();
  };
  const [csv, setCsv] = useState("");
  const [check, setCheck] = useState<Check | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"check" | "all" | "valid" | null>(null);

  const edit = (text: string) => {
    setCsv(text);
    setCheck(null);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(t("setup.participants.tooLarge"));
      return;
    }
    setError(null);
    edit(await file.text());
  };

  const run = async (mode: "check" | "all" | "valid") => {
    setPending(mode);
    setError(null);
    setDone(null);
    try {
      const report = await setupApi.importParticipants(eventId, csv, { dryRun: mode === "check", onlyValidRows: mode === "valid" });
      if (mode === "check") setCheck(report);
      else {
        setDone(report);
        setCheck(null);
        setCsv("");
        participants.reload();
        delegations.reload();
      }
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 400) {
        const problems = problemsOf(cause.details, cause.issues);
        const details = cause.details as { rows?: number; valid?: number } | undefined;
        setCheck({ rows: details?.rows ?? 0, valid: details?.valid ?? 0, problems });
        setError(mode === "check" ? t("setup.participants.unreadable") : t("setup.participants.refused"));
      } else setError(t("setup.form.failed", { message: failureInWords(t, cause) }));
    } finally {
      setPending(null);
    }
  };

  const invalidRows = check ? new Set(check.problems.map((p) => p.row)).size : 0;
  return (
    <div className="page setup-page">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={setupPaths.home}>{t("setup.home.title")}</Link>
          </li>
          <li>
            <Link href={setupPaths.event(eventId)}>{t("setup.event.eyebrow")}</Link>
          </li>
          <li aria-current="page">{t("setup.participants.title")}</li>
        </ol>
      </nav>
      <div className="page-intro">
        <h1>{t("setup.participants.title")}</h1>
        <p className="lede">{t("setup.participants.lede")}</p>
      </div>
      <section className="section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t("setup.participants.importHeading")}</h2>
        <p className="muted">
          {t("setup.participants.columns", {
            columns: isolate("name, parliament | country, gender, birth year | age band, languages, email, role, delegation"),
          })}
        </p>
        <p>
          <TemplateLink />
        </p>
        <div className="setup-field">
          <label htmlFor="csv-file" className="field-label">
            {t("setup.participants.file")}
          </label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="setup-file"
            onChange={(e) => void read(e.target.files?.[0])}
          />
        </div>
        <div className="setup-field">
          <label htmlFor="csv-text" className="field-label">
            {t("setup.participants.paste")}
          </label>
          <textarea
            id="csv-text"
            className="field-input setup-csv"
            dir="ltr"
            rows={8}
            value={csv}
            onChange={(e) => edit(e.target.value)}
            spellCheck={false}
          />
        </div>
        <div className="setup-buttons">
          <Button
            className="button button-primary"
            isDisabled={csv.trim() === ""}
            isPending={pending === "check"}
            onPress={() => void run("check")}
          >
            {t("setup.participants.check")}
          </Button>
        </div>
        {error && (
          <div className="notice notice-error" role="alert">
            <p>{error}</p>
          </div>
        )}
        {check && (
          <div className="setup-report" data-testid="import-report">
            <p role="status">
              {t("setup.participants.summary", { count: check.rows, valid: check.valid })}{" "}
              {check.problems.length > 0 ? t("setup.participants.invalidRows", { count: invalidRows }) : t("setup.participants.allValid")}
            </p>
            {check.problems.length > 0 && <ProblemTable problems={check.problems} />}
            {check.rows > 0 && (
              <div className="setup-buttons">
                <Button
                  className="button button-primary"
                  isDisabled={check.problems.length > 0}
                  isPending={pending === "all"}
                  onPress={() => void run("all")}
                  aria-describedby="import-all-hint"
                >
                  {t("setup.participants.importAll", { count: check.rows })}
                </Button>
                {check.problems.length > 0 && check.valid > 0 && (
                  <Button className="button button-quiet" isPending={pending === "valid"} onPress={() => void run("valid")}>
                    {t("setup.participants.importValid", { count: check.valid })}
                  </Button>
                )}
              </div>
            )}
            {check.problems.length > 0 && (
              <p id="import-all-hint" className="field-description">
                {t("setup.participants.allRefused")}
              </p>
            )}
          </div>
        )}
        {done && <ImportDone report={done} />}
      </section>
      <section className="section" aria-labelledby="add-heading">
        <h2 id="add-heading">{t("participants.addHeading")}</h2>
        <ParticipantForm participant={null} bodies={bodies} onSave={add} />
        {added && (
          <p className="muted" role="status">
            {added}
          </p>
        )}
      </section>
      <section className="section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t("participants.access.heading")}</h2>
        <AccessTools eventId={eventId} delegations={delegations.resource.state === "ready" ? delegations.resource.data.delegations : []} />
      </section>
      <section className="section" aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t("setup.participants.listHeading")}</h2>
        <TableDownloads table="participants" id={eventId} />
        {participants.resource.state === "loading" ? (
          <Loading />
        ) : participants.resource.state === "error" ? (
          <LoadError error={participants.resource.error} />
        ) : (
          <ParticipantList participants={participants.resource.data.participants} bodies={bodies} onChanged={reload} />
        )}
      </section>
      <section className="section" aria-labelledby="delegations-heading">
        <h2 id="delegations-heading">{t("setup.participants.delegations")}</h2>
        {delegations.resource.state === "ready" && <DelegationList delegations={delegations.resource.data.delegations} />}
      </section>
    </div>
  );
};

/** The participants page, for the secretariat only. */
export const ParticipantsPage = ({ eventId }: { eventId: string }) => (
  <SecretariatOnly>
    <Participants eventId={eventId} />
  </SecretariatOnly>
);

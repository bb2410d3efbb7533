import { useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { formatDate } from "../../domain/dates.js";
import type { Routes } from "../../api/routes.js";
import { requests, type Input, type Output } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Badge } from "../components/Badge.js";
import { isolate } from "../components/isolate.js";
import { LoadError, Loading } from "../components/Status.js";
import { TableScroll } from "../components/TableScroll.js";
import { SelectField } from "../drafts/controls.js";
import { useLanguage } from "../i18n/index.js";
import { duration, whatIsTranslated } from "./format.js";
import { STATUS_TONES } from "./tones.js";

type Queue = Output<Routes["translations"]["queue"]>;
/** The queue's filter menu, in the order a translator works through it; each one a status the queue request takes. */
const STATUSES = ["waiting", "open", "drafted", "stale", "final", "all"] as const satisfies readonly QueueStatus[];
type QueueStatus = NonNullable<Input<Routes["translations"]["queue"]>["query"]["status"]>;
type StatusFilter = (typeof STATUSES)[number];

/**
 * The translators' queue: every tabled text awaiting a language, oldest first, narrowed by language and status; the
 * secretariat also sees how long each text took to reach every language, and the median.
 */
export const QueuePage = ({ lang, status }: { lang: string | null; status: string | null }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [into, setInto] = useState<Language | "">((LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : "");
  const [which, setWhich] = useState<StatusFilter>(
    (STATUSES as readonly string[]).includes(status ?? "") ? (status as StatusFilter) : "waiting",
  );
  const { resource } = useResource<Queue>(requests.translations.queue({ query: { ...(into ? { lang: into } : {}), status: which } }));
  usePageTitle(t("translations.queue.title"));
  return (
    <main className="page translations-page" data-testid="translation-queue">
      <h1>{t("translations.queue.title")}</h1>
      <div className="form-row translations-filters">
        <SelectField
          label={t("translations.queue.language")}
          value={into}
          onChange={(v) => setInto(v as Language | "")}
          options={[
            { id: "", label: t("translations.queue.anyLanguage") },
            ...LANGUAGES.map((l) => ({ id: l, label: t(`languageName.${l}`) })),
          ]}
          testId="queue-language"
        />
        <SelectField
          label={t("translations.queue.status")}
          value={which}
          onChange={(v) => setWhich(v as StatusFilter)}
          options={STATUSES.map((s) => ({ id: s, label: t(`translations.filter.${s}`) }))}
          testId="queue-status"
        />
      </div>
      {resource.state === "loading" && <Loading />}
      {resource.state === "error" && <LoadError error={resource.error} />}
      {resource.state === "ready" && <QueueTable queue={resource.data} language={language} />}
    </main>
  );
};

const QueueTable = ({ queue, language }: { queue: Queue; language: Language }) => {
  const { t } = useTranslation();
  const turnaround = new Map(queue.turnarounds.map((x) => [`${x.sourceKind}:${x.sourceId}`, x.milliseconds]));
  return (
    <>
      {queue.permissions.turnaround && (
        <p className="translations-median" data-testid="turnaround-median">
          {t("translations.turnaround.median", { duration: duration(t, queue.medianMilliseconds) })}
        </p>
      )}
      {queue.tasks.length === 0 ? (
        <p className="muted" data-testid="queue-empty">
          {t("translations.queue.empty")}
        </p>
      ) : (
        <TableScroll label={t("translations.queue.title")}>
          <table className="data-table translations-table">
            <thead>
              <tr>
                <th scope="col">{t("translations.queue.text")}</th>
                <th scope="col">{t("translations.queue.direction")}</th>
                <th scope="col">{t("translations.queue.status")}</th>
                <th scope="col">{t("translations.queue.tabled")}</th>
                <th scope="col">{t("translations.queue.translator")}</th>
                {queue.permissions.turnaround && <th scope="col">{t("translations.turnaround.heading")}</th>}
              </tr>
            </thead>
            <tbody>
              {queue.tasks.map((task) => (
                <tr
                  key={task.id}
                  data-testid="queue-task"
                  data-status={task.status}
                  data-language={task.language}
                  data-source={`${task.sourceKind}:${task.sourceId}`}
                >
                  <td>
                    <Link href={paths.translation(task.id)} data-testid="open-translation">
                      {whatIsTranslated(t, task)}
                    </Link>
                    <span className="muted"> · {isolate(task.draftSymbol)}</span>
                  </td>
                  <td>
                    {t("translations.queue.fromTo", {
                      from: t(`languageName.${task.sourceLanguage}`),
                      to: t(`languageName.${task.language}`),
                    })}
                  </td>
                  <td>
                    <Badge tone={STATUS_TONES[task.status]}>{t(`translations.status.${task.status}`)}</Badge>
                  </td>
                  <td>{formatDate(task.tabledAt.slice(0, 10), language)}</td>
                  <td>
                    {task.assignedTo ? isolate(task.assignedTo.name) : <span className="muted">{t("translations.queue.nobody")}</span>}
                  </td>
                  {queue.permissions.turnaround && (
                    <td data-testid="turnaround">{duration(t, turnaround.get(`${task.sourceKind}:${task.sourceId}`) ?? null)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
};

import { useCallback } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { LiveEvent } from "../api/types.js";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { inZone } from "../committee/format.js";
import type { Task } from "../committee/types.js";
import { useMaybe } from "../committee/useMaybe.js";
import { useCoalesced } from "../drafts/useDraftData.js";
import { useLanguage } from "../i18n/index.js";
import { followAfter, useLiveSitting } from "../live/useLiveSitting.js";
import { requests } from "../api/client.js";
import { CosponsorInvitations } from "./CosponsorInvitations.js";
import { isolate } from "../components/isolate.js";

const CONCERNS =
  /^(recommendation|vote|amendment|deadline|body_adoption|committee|draft_resolution|speakers_list|discussion_group|translation)\./;

const idOf = (subject: string | null): string | null => subject?.split(":")[1] ?? null;

/** Where the reader does a task. */
export const taskHref = (task: Task): string => {
  switch (task.kind) {
    case "finish_recommendation":
      return idOf(task.subject) ? paths.recommendation(idOf(task.subject)!) : paths.groupRecommendations(task.groupId ?? "");
    case "cast_ballot":
      return idOf(task.status) ? paths.recommendation(idOf(task.status)!) : paths.groupRecommendations(task.groupId ?? "");
    case "close_vote":
      return paths.groupRecommendations(task.groupId ?? "");
    case "adopt_recommendations":
    case "submit_amendments":
      return paths.adoption(task.bodyId ?? "", task.draftId ?? "");
    case "deadline":
    case "decide_amendments":
      return paths.committee(task.draftId ?? "");
    case "choose_group":
      return paths.sitting(idOf(task.subject) ?? "");
    case "group_speaking":
      return paths.group(task.groupId ?? "");
    case "translate":
      return paths.translations(task.status ?? undefined);
  }
};

const Listen = ({ sittingId, after, onChange }: { sittingId: string; after: number | null | undefined; onChange: () => void }) => {
  useLiveSitting(
    sittingId,
    useCallback((event: LiveEvent) => (CONCERNS.test(event.type) ? onChange() : undefined), [onChange]),
    { after },
  );
  return null;
};

/** What waits for the signed-in person, updated as the sittings it depends on move. */
export const TasksPanel = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const account = useSession().account;
  const { data, reload } = useMaybe(account ? requests.tasks.mine() : null);
  const onChange = useCoalesced(reload);
  if (!account || !data) return null;
  return (
    <section className="tasks-panel" aria-labelledby="tasks-heading" data-testid="tasks">
      <h2 id="tasks-heading">{t("committee.tasks.heading")}</h2>
      {data.sittings.map((s) => (
        <Listen key={s} sittingId={s} after={followAfter(data)} onChange={onChange} />
      ))}
      <CosponsorInvitations />
      {data.tasks.length === 0 ? (
        <p className="muted">{t("committee.tasks.none")}</p>
      ) : (
        <ul className="task-list">
          {data.tasks.map((task, i) => (
            <li
              key={`${task.kind}-${task.subject ?? task.draftId ?? ""}-${task.groupId ?? task.bodyId ?? ""}-${i}`}
              data-testid="task"
              data-kind={task.kind}
            >
              <Link href={taskHref(task)}>
                {task.kind === "translate"
                  ? t(`translations.task.${task.subject === "recommendation" ? "recommendation" : "amendment"}`, {
                      count: task.count ?? 0,
                      language: t(`languageName.${task.status ?? "en"}`),
                    })
                  : t(`committee.tasks.${task.kind}`, { count: task.count ?? 0, name: isolate(task.status ?? "") })}
              </Link>
              {task.deadline && (
                <span className="muted">
                  {" · "}
                  {t(task.deadline.passed ? "committee.tasks.duePassed" : "committee.tasks.due", {
                    when: inZone(task.deadline.local, task.deadline.timeZone, language),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

import type { ReactNode } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { FUNCTIONS } from "../../domain/designations/designation.js";
import type { DiscussionGroup, SittingSummary } from "../api/types.js";
import { paths } from "../app/router.js";
import { Badge } from "../components/Badge.js";
import { Ml } from "../components/Ml.js";
import { RoomDetails } from "../components/RoomDetails.js";

/** Who runs the group, by name and parliament; null while the body has not designated anyone. */
export interface GroupOfficers {
  readonly chair: string | null;
  readonly rapporteur: string | null;
}

/**
 * The group's number and title, who chairs it and who is its rapporteur, its room and capacity, the way back to
 * its sitting, links to its other screens and, for a person who may join, the Join button.
 */
export const GroupHeader = ({
  group,
  sitting,
  links,
  officers,
  seats,
  join,
}: {
  group: DiscussionGroup;
  sitting: SittingSummary;
  links: ReactNode;
  officers: GroupOfficers | null;
  seats: { readonly members: number; readonly capacity: number } | null;
  join?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <header className="group-page-header">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.sitting(sitting.id)}>
          <Ml text={sitting.title} />
        </Link>
      </nav>
      <p className="group-number">{t("groups.number", { number: group.number })}</p>
      <Ml as="h1" text={group.title} className="group-page-title" />
      {officers && (
        <dl className="group-officers" data-testid="group-officers">
          {FUNCTIONS.map((role) => (
            <div key={role} data-testid={`group-${role}`}>
              <dt>{t(`groups.members.role.${role}`)}</dt>
              <dd>{officers[role] ? <bdi>{officers[role]}</bdi> : <span className="muted">{t("groups.page.notDesignated")}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <RoomDetails room={group.room} className="room group-page-room" />
      {seats && (
        <p className="group-page-seats" data-testid="group-seats">
          {t("groups.members.occupancy", { count: seats.members, capacity: seats.capacity })}
        </p>
      )}
      {join}
      <div className="group-page-links">{links}</div>
    </header>
  );
};

/** The guiding questions in order, the one under discussion marked as current. */
export const QuestionsList = ({ group, currentQuestionId }: { group: DiscussionGroup; currentQuestionId: string | null }) => {
  const { t } = useTranslation();
  const questions = [...group.guidingQuestions].sort((a, b) => a.position - b.position);
  if (questions.length === 0) return null;
  return (
    <section className="group-questions" aria-labelledby="group-questions-heading">
      <h2 id="group-questions-heading">{t("groups.guidingQuestions", { count: questions.length })}</h2>
      <ol>
        {questions.map((q) => {
          const current = q.id === currentQuestionId;
          return (
            <li
              key={q.id}
              value={q.position}
              className={current ? "question-current" : undefined}
              aria-current={current ? "step" : undefined}
              data-testid="guiding-question"
              data-current={current}
            >
              {current && (
                <>
                  <Badge tone="live">{t("groups.page.nowDiscussing")}</Badge>{" "}
                </>
              )}
              <Ml text={q.text} />
            </li>
          );
        })}
      </ol>
    </section>
  );
};

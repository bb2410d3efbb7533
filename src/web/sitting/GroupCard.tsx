import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DiscussionGroup } from "../api/types.js";
import { paths } from "../app/router.js";
import { Ml } from "../components/Ml.js";
import { RoomDetails } from "../components/RoomDetails.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { groupTexts } from "./texts.js";

/** A discussion group: its topic, its room and the questions that guide its debate. */
export const GroupCard = ({ group }: { group: DiscussionGroup }) => {
  const { t } = useTranslation();
  const titleId = `group-${group.id}-title`;
  return (
    <article className="group-card" aria-labelledby={titleId} data-testid="group-card">
      <TranslationScope texts={groupTexts(group)}>
        <header className="group-card-header">
          <p className="group-number">{t("groups.number", { number: group.number })}</p>
          <Ml as="h3" id={titleId} text={group.title} className="group-title" />
        </header>
        <RoomDetails room={group.room} className="room" withCapacity />
        {group.description.length > 0 && (
          <div className="group-description">
            {group.description.map((paragraph, index) => (
              <Ml key={index} as="p" text={paragraph} />
            ))}
          </div>
        )}
        {group.guidingQuestions.length > 0 && (
          <section className="guiding-questions" aria-labelledby={`group-${group.id}-questions`}>
            <h4 id={`group-${group.id}-questions`}>{t("groups.guidingQuestions", { count: group.guidingQuestions.length })}</h4>
            <ol>
              {[...group.guidingQuestions]
                .sort((a, b) => a.position - b.position)
                .map((question) => (
                  <li key={question.id} value={question.position}>
                    <Ml text={question.text} />
                  </li>
                ))}
            </ol>
          </section>
        )}
        <p className="group-card-open">
          <Link href={paths.group(group.id)} className="button button-quiet" data-testid="open-group" aria-describedby={titleId}>
            {t("groups.open")}
          </Link>{" "}
          <Link
            href={paths.groupRecommendations(group.id)}
            className="button button-quiet"
            data-testid="open-recommendations"
            aria-describedby={titleId}
          >
            {t("committee.rec.listLink")}
          </Link>
        </p>
      </TranslationScope>
    </article>
  );
};

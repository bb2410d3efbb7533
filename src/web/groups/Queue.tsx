import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Badge } from "../components/Badge.js";
import { formatSeconds } from "./countdown.js";
import { SpeakerBadges } from "./SpeakerBadges.js";
import type { SpeakerRequest, SpeakersCommand } from "./types.js";

interface QueueProps {
  readonly queue: readonly SpeakerRequest[];
  /** The chair, with the order in their hands: alternation off. */
  readonly mayReorder: boolean;
  /** The chair, who removes, skips and marks requests as spoken. */
  readonly mayRun: boolean;
  readonly me: string | null;
  readonly pending: boolean;
  readonly send: (command: SpeakersCommand) => Promise<boolean>;
}

/** Moves one waiting request up or down by one place; the calling order is what the chair reorders. */
export const moved = (queue: readonly SpeakerRequest[], index: number, by: -1 | 1): string[] => {
  const order = queue.map((r) => r.id);
  const target = index + by;
  if (target < 0 || target >= order.length) return order;
  [order[index], order[target]] = [order[target] as string, order[index] as string];
  return order;
};

/**
 * The waiting speakers in calling order, with their badges. The chair moves a speaker up or down with
 * buttons (named after the speaker, so that a screen reader says whom they move), within points of order
 * within one kind of request, since points of order, then replies, always come first; a speaker withdraws their
 * own request. The chair also marks a speaker not present (to the end of the list once, then let go as absent),
 * marks a request as spoken, or removes it. Each request says whom a reply answers, whether the speaker follows
 * remotely, and the time their delegation has left where the list has a quota.
 */
export const Queue = ({ queue, mayReorder, mayRun, me, pending, send }: QueueProps) => {
  const { t } = useTranslation();
  if (queue.length === 0) return <p className="queue-empty">{t("groups.speakers.queueEmpty")}</p>;
  return (
    <ol className="queue" data-testid="queue">
      {queue.map((r, index) => (
        <li
          key={r.id}
          className={`queue-item${r.accountId === me ? " queue-item-mine" : ""}`}
          data-testid="queue-item"
          data-kind={r.kind}
          data-name={r.name}
          data-remote={r.remote}
        >
          <span className="queue-position" aria-hidden="true">
            {index + 1}
          </span>
          <span className="queue-who">
            <bdi className="queue-name">{r.name}</bdi>
            <span className="queue-parliament">{r.parliament}</span>
            {r.replyTo && (
              <span className="queue-note" data-testid="reply-to">
                {t("speakersOperator.replyTo", { name: r.replyTo.name })}
              </span>
            )}
            {r.quotaLeftSeconds !== null && (
              <span className="queue-note" data-testid="quota-left">
                {t("speakersOperator.quota.left", { time: formatSeconds(r.quotaLeftSeconds) })}
              </span>
            )}
          </span>
          <span className="queue-badges">
            <SpeakerBadges kind={r.kind} remote={r.remote} t={t} />
            {r.skipped && <Badge tone="neutral">{t("speakersOperator.skippedOnce")}</Badge>}
            {r.addedBy !== null && <Badge tone="neutral">{t("speakersOperator.addedByChair")}</Badge>}
          </span>
          <span className="queue-actions">
            {mayReorder && (
              <>
                <Button
                  className="button button-quiet button-icon"
                  aria-label={t("groups.speakers.moveUp", { name: r.name })}
                  isDisabled={pending || queue[index - 1]?.kind !== r.kind}
                  onPress={() => void send({ type: "reorder", order: moved(queue, index, -1) })}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  className="button button-quiet button-icon"
                  aria-label={t("groups.speakers.moveDown", { name: r.name })}
                  isDisabled={pending || queue[index + 1]?.kind !== r.kind}
                  onPress={() => void send({ type: "reorder", order: moved(queue, index, 1) })}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
              </>
            )}
            {mayRun && (
              <>
                <Button
                  className="button button-quiet"
                  aria-label={t("speakersOperator.skipLabel", { name: r.name })}
                  isDisabled={pending}
                  onPress={() => void send({ type: "skip", requestId: r.id })}
                >
                  {t("speakersOperator.skip")}
                </Button>
                <Button
                  className="button button-quiet"
                  aria-label={t("speakersOperator.markSpokenLabel", { name: r.name })}
                  isDisabled={pending}
                  onPress={() => void send({ type: "mark_spoken", requestId: r.id })}
                >
                  {t("speakersOperator.markSpoken")}
                </Button>
                <Button
                  className="button button-quiet"
                  aria-label={t("speakersOperator.removeLabel", { name: r.name })}
                  isDisabled={pending}
                  onPress={() => void send({ type: "withdraw", requestId: r.id })}
                >
                  {t("speakersOperator.remove")}
                </Button>
              </>
            )}
            {r.accountId === me && !mayRun && (
              <Button className="button button-quiet" isDisabled={pending} onPress={() => void send({ type: "withdraw", requestId: r.id })}>
                {t("groups.speakers.withdraw")}
              </Button>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
};

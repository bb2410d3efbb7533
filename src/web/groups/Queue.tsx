import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { SpeakerBadges } from "./SpeakerBadges.js";
import type { SpeakerRequest, SpeakersCommand } from "./types.js";

interface QueueProps {
  readonly queue: readonly SpeakerRequest[];
  /** The chair, with the order in their hands: alternation off. */
  readonly mayReorder: boolean;
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
 * or within ordinary requests, since points of order always come first; a speaker withdraws their own request.
 */
export const Queue = ({ queue, mayReorder, me, pending, send }: QueueProps) => {
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
        >
          <span className="queue-position" aria-hidden="true">
            {index + 1}
          </span>
          <span className="queue-who">
            <bdi className="queue-name">{r.name}</bdi>
            <span className="queue-parliament">{r.parliament}</span>
          </span>
          <span className="queue-badges">
            <SpeakerBadges kind={r.kind} remote={r.remote} t={t} />
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
            {r.accountId === me && (
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

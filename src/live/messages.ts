import type { RecordedEvent } from "../domain/events.js";

/** The message a subscriber receives for an event; the same bytes for everyone who may see it. */
export const eventMessage = (e: RecordedEvent): string =>
  JSON.stringify({
    type: "event",
    event: {
      position: e.position,
      time: e.time,
      actor: e.actor,
      type: e.type,
      subject: e.subject,
      sittingId: e.sittingId,
      payload: e.payload,
    },
  });

/** The messages of the latest events, so that an event is serialised once, live or replayed. */
export class RecentMessages {
  private readonly byPosition = new Map<number, string>();

  constructor(private readonly size: number) {}

  of(e: RecordedEvent): string {
    let message = this.byPosition.get(e.position);
    if (message !== undefined) return message;
    message = eventMessage(e);
    this.byPosition.set(e.position, message);
    if (this.byPosition.size > this.size) this.byPosition.delete(this.byPosition.keys().next().value!);
    return message;
  }
}

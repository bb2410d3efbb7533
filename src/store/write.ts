import type { NewEvent, RecordedEvent } from "../domain/events.js";
import type { AccountId } from "../domain/ids.js";
import type { Store } from "./database.js";
import { countCommit } from "./commits.js";
import { appendEvents } from "./events.js";
import { notifyFrom, type NotifyOptions } from "./notifications/notify.js";
import type { WriteContext } from "./write-context.js";

export type Publisher = (events: readonly RecordedEvent[]) => void;

/**
 * Runs one command in one transaction: the change and its events commit together or not at all.
 * Only after the commit (durable) are the recorded events handed to the publisher.
 */
export class Writer {
  private readonly publishers: Publisher[] = [];

  constructor(
    readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
    /** Where the links of notification mail point. */
    private readonly notify: NotifyOptions = { publicUrl: "http://localhost:3000" },
  ) {}

  onCommit(publisher: Publisher): void {
    this.publishers.push(publisher);
  }

  async run<T>(actor: AccountId | null, command: (ctx: WriteContext) => Promise<T>): Promise<{ result: T; events: RecordedEvent[] }> {
    const now = this.clock().toISOString();
    const { result, events } = await this.store.db.transaction().execute(async (trx) => {
      const pending: NewEvent[] = [];
      const ctx: WriteContext = { trx, now, actor, record: (e) => pending.push(e) };
      const result = await command(ctx);
      // The notices the change calls for are given here, once for every command, in its transaction.
      await notifyFrom(ctx, [...pending], this.notify);
      const events = await appendEvents(trx, actor, now, pending);
      return { result, events };
    });
    countCommit();
    for (const publish of this.publishers) publish(events);
    return { result, events };
  }
}

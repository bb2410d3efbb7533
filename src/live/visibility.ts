import type { Store } from "../store/database.js";
import type { SittingId } from "../domain/ids.js";

/**
 * Whether a sitting exists and is published, read from the store. When a crowd subscribes at once,
 * the subscriptions to one sitting share one read instead of one read each.
 */
export class SittingVisibility {
  private readonly reading = new Map<string, Promise<boolean | null>>();

  constructor(private readonly store: Store) {}

  /** true: published; false: exists, unpublished; null: no such sitting. */
  published(sittingId: SittingId): Promise<boolean | null> {
    let pending = this.reading.get(sittingId);
    if (pending) return pending;
    pending = this.store.db
      .selectFrom("sittings")
      .select(["published"])
      .where("id", "=", sittingId)
      .executeTakeFirst()
      .then((row) => (row ? row.published === 1 : null))
      .finally(() => this.reading.delete(sittingId));
    this.reading.set(sittingId, pending);
    return pending;
  }
}

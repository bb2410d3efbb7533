import { Hub } from "../../live/hub.js";
import { lastPosition, readEvents } from "../../store/events.js";
import { loadMeetingFixture, readMeetingFixture } from "../../store/reference-case/load.js";
import { Writer } from "../../store/write.js";
import { freshStore } from "../../test-support/stores.js";
import type { TestApp } from "../../test-support/app.js";
import { buildApp } from "../app.js";

/** A clock that tells the real time until a test sets it; the server judges deadlines on it. */
export interface SettableClock {
  at: string | null;
  now(): Date;
}

export const settableClock = (): SettableClock => {
  const clock: SettableClock = { at: null, now: () => (clock.at === null ? new Date() : new Date(clock.at)) };
  return clock;
};

/** The whole app on a fresh store with the reference case, its writer on a clock the test controls. */
export const clockedTestApp = async (kind: "sqlite" | "postgres", clock: SettableClock): Promise<TestApp> => {
  const store = await freshStore(kind);
  const writer = new Writer(store, () => clock.now());
  await loadMeetingFixture(writer, await readMeetingFixture());
  const hub = new Hub({
    between: (after, before) => readEvents(store.db, { after, before }),
    ofSitting: (sittingId, after) => readEvents(store.db, { after, sittingId }),
    lastPosition: () => lastPosition(store.db),
  });
  await hub.start();
  writer.onCommit((events) => void hub.notify(events));
  const app = await buildApp({ store, writer, hub, live: "local", logLevel: "silent", loginRateLimit: 1000 });
  await app.ready();
  return { app, store, writer, hub, close: async () => { await app.close(); await store.dispose(); } };
};

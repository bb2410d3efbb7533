import { testApp, type TestApp } from "./app.js";

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
export const clockedTestApp = (kind: "sqlite" | "postgres", clock: SettableClock): Promise<TestApp> =>
  testApp(kind, { clock: () => clock.now() });

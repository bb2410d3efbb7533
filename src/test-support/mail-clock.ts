import { Writer } from "../store/write.js";
import { freshStore } from "./stores.js";

/** The address outgoing mail is sent from in the mail tests. */
export const TEST_FROM = "Rapporteur <secretariat@ipu.example.org>";

/**
 * A fresh store of KIND with a writer on a clock the test moves (`time.at`, in milliseconds, from 09:00 UTC on
 * 1 December 2026): the mail sender's retries are judged on it.
 */
export const storeOnTestClock = async (kind: "sqlite" | "postgres") => {
  const time = { at: Date.parse("2026-12-01T09:00:00.000Z") };
  const clock = (): Date => new Date(time.at);
  const store = await freshStore(kind);
  return { store, time, clock, writer: new Writer(store, clock) };
};

import type { FastifyInstance } from "fastify";
import type { Role } from "../domain/authorization.js";
import type { AccountId } from "../domain/ids.js";
import { Hub } from "../live/hub.js";
import { buildApp, type AppOptions } from "../server/app.js";
import { hashPassword } from "../commands/session/passwords.js";
import { createAccount } from "../store/accounts.js";
import { lastPosition, readEvents } from "../store/events.js";
import { loadMeetingFixture, readMeetingFixture } from "../store/reference-case/load.js";
import { Writer } from "../store/write.js";
import { freshStore, type TestStore } from "./stores.js";

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: TestStore;
  readonly writer: Writer;
  readonly hub: Hub;
  close(): Promise<void>;
}

/** A whole app on a fresh store, with the reference case loaded unless told otherwise. */
export const testApp = async (
  kind: "sqlite" | "postgres",
  options: {
    referenceCase?: boolean;
    loginRateLimit?: number;
    clock?: () => Date;
    documents?: AppOptions["documents"];
    trustProxy?: AppOptions["trustProxy"];
  } = {},
): Promise<TestApp> => {
  const store = await freshStore(kind);
  const writer = new Writer(store, options.clock);
  if (options.referenceCase !== false) await loadMeetingFixture(writer, await readMeetingFixture());
  const hub = new Hub({
    between: (after, before) => readEvents(store.db, { after, before }),
    ofSitting: (sittingId, after) => readEvents(store.db, { after, sittingId }),
    lastPosition: () => lastPosition(store.db),
  });
  await hub.start();
  writer.onCommit((events) => void hub.notify(events));
  const app = await buildApp({
    store,
    writer,
    hub,
    live: "local",
    logLevel: "silent",
    loginRateLimit: options.loginRateLimit ?? 1000,
    ...(options.documents ? { documents: options.documents } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  await app.ready();
  return {
    app,
    store,
    writer,
    hub,
    close: async () => {
      await app.close();
      await store.dispose();
    },
  };
};

/** Creates an account with a password and the given roles. */
export const accountWith = async (
  t: TestApp,
  email: string,
  roles: { role: Role; scope: string | null }[],
  password = "correct horse battery staple",
): Promise<AccountId> => {
  const hash = await hashPassword(password);
  const { result } = await t.writer.run(null, async (ctx) => {
    const id = await createAccount(ctx, { email, name: email.split("@")[0] ?? email, roles });
    await ctx.trx.updateTable("accounts").set({ password_hash: hash }).where("id", "=", id).execute();
    return id;
  });
  return result;
};

/** Signs in through the API and returns the cookie and CSRF token to send with later requests. */
export const signIn = async (t: TestApp, email: string, password = "correct horse battery staple") => {
  const res = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "rapporteur_session");
  const body = res.json() as { csrfToken: string };
  return { cookie: `rapporteur_session=${cookie?.value}`, csrfToken: body.csrfToken };
};

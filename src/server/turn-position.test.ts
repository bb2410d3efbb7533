import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createAccount } from "../store/accounts.js";
import { Writer } from "../store/write.js";
import { testApp } from "../test-support/app.js";
import { storeKinds } from "../test-support/stores.js";
import { EVENT_POSITION_HEADER } from "./etag.js";
import { positionPerTurn } from "./turn-position.js";

/** A position that counts its reads; `at` is where the log stands, `commits` the changes the process has committed. */
const counted = (fail = false) => {
  const log = { at: 4, reads: 0, commits: 0 };
  const read = async (): Promise<number> => {
    log.reads++;
    if (fail) throw new Error("the store is down");
    return log.at;
  };
  return { log, position: positionPerTurn(read, () => log.commits) };
};

describe("the event position read once per turn", () => {
  it("is read once for the requests of one turn and again in the next", async () => {
    const { log, position } = counted();
    expect(await Promise.all([position(), position(), position()])).toEqual([4, 4, 4]);
    expect(log.reads).toBe(1);
    await nextTurn();
    log.at = 5;
    expect(await position()).toBe(5);
    expect(log.reads).toBe(2);
  });

  it("is read again in the same turn once this process has committed a change", async () => {
    const { log, position } = counted();
    expect(await position()).toBe(4);
    log.at = 5;
    log.commits++;
    expect(await position()).toBe(5);
    expect(log.reads).toBe(2);
  });

  it("is not kept when the read fails", async () => {
    const { log, position } = counted(true);
    await expect(position()).rejects.toThrow("the store is down");
    await expect(position()).rejects.toThrow("the store is down");
    expect(log.reads).toBe(2);
  });
});

describe.each(storeKinds())("reads after a change on %s", (kind) => {
  it("name the position of the change, in the same turn as an earlier read, whichever writer made it", async () => {
    const t = await testApp(kind);
    try {
      const read = () => t.app.inject({ url: "/api/v1/sittings" });
      const before = await read();
      const at = Number(before.headers[EVENT_POSITION_HEADER]);
      await new Writer(t.store).run(null, (ctx) =>
        createAccount(ctx, { email: "new.delegate@example.org", name: "New delegate", roles: [] }),
      );
      const after = await read();
      expect(Number(after.headers[EVENT_POSITION_HEADER])).toBeGreaterThan(at);
    } finally {
      await t.close();
    }
  });
});

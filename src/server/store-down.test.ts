import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { storeKinds, TEST_DATABASE_URL } from "../test-support/stores.js";
import { isStoreDown, STORE_RETRY_AFTER_SECONDS, toDomainError } from "./errors.js";

const postgres = storeKinds().includes("postgres");
const answer = async (t: TestApp, url: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url, headers });
  return {
    status: res.statusCode,
    retryAfter: res.headers["retry-after"],
    code: res.statusCode === 200 ? null : (res.json() as { error: { code: string } }).error.code,
  };
};
const UNAVAILABLE = { status: 503, retryAfter: String(STORE_RETRY_AFTER_SECONDS), code: "store_unavailable" };

describe("a store that cannot answer", () => {
  it("gives 503 with Retry-After on API routes, signed in or not, never 500", async () => {
    const t = await testApp("sqlite");
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    const { cookie } = await signIn(t, "sec@example.org");
    await t.store.close();
    try {
      expect(await answer(t, "/api/v1/sittings")).toEqual(UNAVAILABLE);
      expect(await answer(t, "/api/v1/session", { cookie })).toEqual(UNAVAILABLE);
      expect(await answer(t, "/api/health")).toEqual(UNAVAILABLE);
    } finally {
      await t.app.close();
    }
  });

  it.skipIf(!postgres)(
    "is recognised from PostgreSQL's own errors: a missing database, a refused connection, a terminated one",
    async () => {
      const missing = new URL(TEST_DATABASE_URL);
      missing.pathname = "/no_such_database_for_rapporteur";
      const errors: unknown[] = [];
      for (const connectionString of [missing.toString(), "postgres://postgres@127.0.0.1:1/test"]) {
        const client = new pg.Client({ connectionString });
        errors.push(
          await client.connect().then(
            () => null,
            (e: unknown) => e,
          ),
        );
        await client.end().catch(() => undefined);
      }
      const self = new pg.Client({ connectionString: TEST_DATABASE_URL });
      self.on("error", () => undefined);
      await self.connect();
      errors.push(
        await self.query("select pg_terminate_backend(pg_backend_pid())").then(
          () => null,
          (e: unknown) => e,
        ),
      );
      expect(errors.map((e) => [isStoreDown(e), toDomainError(e).code])).toEqual(Array(3).fill([true, "store_unavailable"]));
      expect(isStoreDown(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    },
  );

  it.skipIf(!postgres)("gives 503 while every pooled connection is busy, and serves again once one is free", async () => {
    const t = await testApp("postgres");
    try {
      const busy = Array.from({ length: 4 }, () => sql`select pg_sleep(6.5)`.execute(t.store.db));
      const during = await answer(t, "/api/v1/sittings");
      await Promise.all(busy);
      expect(during).toEqual(UNAVAILABLE);
      expect((await answer(t, "/api/v1/sittings")).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it.skipIf(!postgres)("recovers by itself after its server connections are terminated, answering 503 meanwhile, never 500", async () => {
    const t = await testApp("postgres");
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const held = await Promise.all(
        Array.from({ length: 4 }, () => sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.2)`.execute(t.store.db)),
      );
      const marker = `in_flight_${Date.now()}`;
      const inFlight = sql
        .raw(`select pg_sleep(3) /* ${marker} */`)
        .execute(t.store.db)
        .then(
          () => 200,
          (e: unknown) => toDomainError(e).code,
        );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and (pid = any($1::int[]) or query like $2)",
        [held.map((r) => r.rows[0]!.pid), `%${marker}%`],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      expect(await inFlight).toBe("store_unavailable");
      const statuses: number[] = [];
      for (let i = 0; i < 20 && statuses.at(-1) !== 200; i++) statuses.push((await answer(t, "/api/v1/sittings")).status);
      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(statuses.at(-1)).toBe(200);
    } finally {
      await admin.end();
      await t.close();
    }
  });
});

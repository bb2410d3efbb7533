import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../../test-support/app.js";
import { DocumentPool } from "../../workers/documents.js";

/** Median latency of sequential health checks, in ms. */
const healthLatency = async (t: TestApp, samples: number): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.statusCode).toBe(200);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
};

/** Moves the event log by one position, as any recorded change does. */
const recordSomething = (t: TestApp) =>
  t.writer.run(null, async (ctx) => ctx.record({ type: "test.noted", subject: "x", sittingId: null, scope: "staff", payload: {} }));

/** Makes every paragraph of the reference draft forty times longer: a draft with long amendments tabled on it. */
const lengthenDraft = async (t: TestApp): Promise<void> => {
  const rows = await t.store.db.selectFrom("paragraphs").select(["id", "data"]).execute();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { text: { versions: Record<string, { text: string }> } };
    for (const v of Object.values(data.text.versions)) v.text = Array.from({ length: 40 }, () => v.text).join(" ");
    await t.store.db
      .updateTable("paragraphs")
      .set({ data: JSON.stringify(data) })
      .where("id", "=", row.id)
      .execute();
  }
  await recordSomething(t);
};

const NOTE = "/api/v1/documents/export?document=information-note&symbol=FEM%2F32%2F5.Inf-1&lang=en&format=pdf";
const DRAFT = (lang: string) => `/api/v1/documents/export?document=revised-draft&symbol=C-III%2F143%2FDR&lang=${lang}&format=pdf`;

describe("document downloads on the document threads", () => {
  let t: TestApp;
  const pool = new DocumentPool({ threads: 1, queue: 1, timeoutMs: 120_000, memoryMb: 512 });
  beforeAll(async () => {
    t = await testApp("sqlite", { documents: pool });
  });
  afterAll(async () => {
    await t.close();
    await pool.close();
  });

  it("writes a public document once per state of the log: the same bytes, no second writing", async () => {
    const first = await t.app.inject({ url: NOTE });
    expect(first.statusCode).toBe(200);
    const written = pool.pool.load.completed;
    const second = await t.app.inject({ url: NOTE });
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(pool.pool.load.completed).toBe(written);
    await recordSomething(t);
    const third = await t.app.inject({ url: NOTE });
    expect(third.statusCode).toBe(200);
    expect(pool.pool.load.completed).toBe(written + 1);
  });

  it("answers 304 to an ETag naming the current position, and 200 once the log moves", async () => {
    const first = await t.app.inject({ url: NOTE });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"\d+-[\w-]+"$/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    const again = await t.app.inject({ url: NOTE, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await t.app.inject({ url: NOTE.replace("lang=en", "lang=fr"), headers: { "if-none-match": etag } });
    expect(other.statusCode).toBe(200);
    await recordSomething(t);
    const moved = await t.app.inject({ url: NOTE, headers: { "if-none-match": etag } });
    expect(moved.statusCode).toBe(200);
    expect(moved.headers.etag).not.toBe(etag);
  });

  it("keeps /api/health fast while a big public PDF is written, and answers 429 with Retry-After when the queue is full", async () => {
    await lengthenDraft(t);
    const idle = await healthLatency(t, 30);
    const started = performance.now();
    const big = t.app.inject({ url: DRAFT("en") });
    const queued = t.app.inject({ url: DRAFT("fr") });
    while (pool.pool.load.waiting < 1) await new Promise((r) => setTimeout(r, 10));
    const refused = await t.app.inject({ url: DRAFT("es") });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(refused.json().error.message).toMatch(/try again in \d+ seconds/);
    const during = await healthLatency(t, 30);
    expect(pool.pool.load.running).toBe(1);
    const [bigAnswer, queuedAnswer] = await Promise.all([big, queued]);
    const renderMs = performance.now() - started;
    expect(bigAnswer.statusCode).toBe(200);
    expect(queuedAnswer.statusCode).toBe(200);
    expect(bigAnswer.rawPayload.length).toBeGreaterThan(100_000);
    console.info(
      `health median idle ${idle.toFixed(2)} ms, during a ${Math.round(renderMs)} ms PDF writing ${during.toFixed(2)} ms (×${(during / idle).toFixed(1)})`,
    );
    expect(during / idle).toBeLessThan(5);
  });
});

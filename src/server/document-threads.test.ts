import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deepWordFile, wordBomb } from "../documents/import/zip.factories.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";

/** Median latency of sequential health checks, in ms. */
const healthLatency = async (t: TestApp, samples: number): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    expect((await t.app.inject({ url: "/api/health" })).statusCode).toBe(200);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
};

describe("hostile Word uploads are read on the document threads", () => {
  let t: TestApp;
  let session: { cookie: string; csrfToken: string };
  beforeAll(async () => {
    t = await testApp("sqlite", { documents: { threads: 1, queue: 8, timeoutMs: 30_000, memoryMb: 256 } });
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    session = await signIn(t, "secretariat@example.org");
  });
  afterAll(async () => t.close());

  const preview = (filename: string, bytes: Buffer) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/drafts/import-preview",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
      payload: { filename, contentBase64: bytes.toString("base64") },
    });

  it("refuses a zip bomb and a deep Word file within a bounded time while /api/health stays fast", async () => {
    const [bomb, liar] = await Promise.all([wordBomb(150), wordBomb(150, 2_000_000)]);
    const deep = deepWordFile(200_000);
    await preview("warm.docx", deep);
    const idle = await healthLatency(t, 30);
    const started = performance.now();
    const attack = Promise.all([preview("bomb.docx", bomb), preview("liar.docx", liar), preview("deep.docx", deep)]);
    const during = await healthLatency(t, 30);
    const answers = await attack;
    const refusedMs = performance.now() - started;
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400]);
    expect(answers[0]?.json().error.message).toMatch(/bomb.docx, word\/document.xml: the part would expand to 15\d\.\d MB/);
    expect(answers[1]?.json().error.message).toMatch(
      /liar.docx, word\/document.xml: the part expands beyond the 1.9 MB its header declares/,
    );
    expect(answers[2]?.json().error.message).toMatch(/deep.docx, word\/document.xml: the XML is nested more than 200 levels deep/);
    console.info(
      `health median idle ${idle.toFixed(2)} ms, during the attack ${during.toFixed(2)} ms (×${(during / idle).toFixed(1)}); all refused in ${Math.round(refusedMs)} ms`,
    );
    expect(during / idle).toBeLessThan(5);
    expect(refusedMs).toBeLessThan(15_000);
  });
});

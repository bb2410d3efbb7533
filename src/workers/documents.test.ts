import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../domain/errors.js";
import type { DocumentModel } from "../documents/model.js";
import { pdfText } from "../documents/testing.js";
import { testApp, type TestApp } from "../test-support/app.js";

const MEMORY_MB = 128;

/** A document whose only block is a table of ROWS rows; Typst lays a long table out in native memory. */
const tableDocument = (rows: number): DocumentModel => ({
  language: "en",
  symbol: "T/1",
  name: "A table",
  masthead: { date: "2021-11-26", organisation: [], gathering: [], start: [], end: [] },
  title: [[{ text: "A table" }]],
  blocks: [
    {
      kind: "table",
      widths: [1, 2, 2],
      header: [[{ text: "No." }], [{ text: "First" }], [{ text: "Second" }]],
      rows: Array.from({ length: rows }, (_, i) => [
        [[{ text: String(i + 1) }]],
        [[{ text: `row ${i + 1} alpha` }]],
        [[{ text: `beta ${i + 1}` }]],
      ]),
    },
  ],
  footnotes: [],
});

describe("a document job's whole memory is capped, Typst's native part included", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("sqlite", {
      referenceCase: false,
      documents: { threads: 1, queue: 4, timeoutMs: 120_000, memoryMb: MEMORY_MB },
    });
  });
  afterAll(async () => t.close());

  it("refuses a table past the limit with a clear message, keeps serving the next job, and the server stays responsive", async () => {
    const small = await t.app.documents.render({ kind: "pdf", model: tableDocument(3) });
    expect(pdfText(small)).toContain("row 3 alpha");

    const big = t.app.documents.render({ kind: "pdf", model: tableDocument(2000) }).catch((e: unknown) => e);
    const health: number[] = [];
    let settled = false;
    void big.then(() => (settled = true));
    while (!settled) {
      health.push((await t.app.inject({ url: "/api/health" })).statusCode);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const refused = await big;
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("payload_too_large");
    expect((refused as Error).message).toBe(`The document needs more than the ${MEMORY_MB} MB a job may use`);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);

    const next = await t.app.documents.render({ kind: "pdf", model: tableDocument(5) });
    expect(pdfText(next)).toContain("row 5 alpha");
    expect(t.app.documents.pool.load).toMatchObject({ running: 0, waiting: 0 });
  }, 120_000);
});

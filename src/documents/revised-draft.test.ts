import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../domain/authorization.js";
import { loadReferenceStage } from "../reference-stages/load.js";
import { accountWith, testApp, type TestApp } from "../test-support/app.js";
import { storeKinds } from "../test-support/stores.js";
import { exportDocument } from "./export.js";
import { pdfText } from "./testing.js";

const STAFF: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

/** The reference case at stage "adopted": decided on 28 November 2021, revised at 11:00, adopted at 15:00. */
describe.each(storeKinds())("the revised draft and the adopted resolution of the reference case on %s", (kind) => {
  let t: TestApp;
  const html = async (document: "revised-draft" | "adopted-resolution", symbol: string, changes: "tracked" | "clean" = "tracked") =>
    (await exportDocument(t.store.db, STAFF, { document, symbol, language: "en", format: "html", changes })).bytes.toString("utf8");

  beforeAll(async () => {
    t = await testApp(kind);
    await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
    await loadReferenceStage(t.store, "adopted");
  }, 120_000);
  afterAll(async () => t.close());

  it("is the current revision under one symbol, tracked against the original draft, dated when the committee produced it", async () => {
    for (const symbol of ["C-III/143/DR", "C-III/143/DR/Rev.1"]) {
      const text = await html("revised-draft", symbol);
      expect(text).toContain("C-III/143/DR/Rev.1");
      expect(text).not.toMatch(/-rev\b|Rev\.1-rev|Rev\.2/);
      expect(text).not.toContain("No amendment has been adopted");
      expect(text).toMatch(/<ins class="tc-ins"/);
      expect(text).toMatch(/<del class="tc-del"/);
      expect(text).toContain("28 November 2021");
    }
    const clean = await html("revised-draft", "C-III/143/DR/Rev.1", "clean");
    expect(clean).not.toMatch(/<ins|<del/);
  });

  it("gives the adopted resolution its own symbol and the date of the adoption, from either symbol, in PDF too", async () => {
    for (const symbol of ["C-III/143/DR", "C-III/143/DR/Rev.1"]) {
      const text = await html("adopted-resolution", symbol);
      expect(text).toContain("C-III/143/R");
      expect(text).not.toContain("Rev.1-adopted");
      expect(text).toContain("28 November 2021");
    }
    const pdf = await exportDocument(t.store.db, STAFF, {
      document: "revised-draft",
      symbol: "C-III/143/DR/Rev.1",
      language: "en",
      format: "pdf",
      changes: "tracked",
    });
    expect(pdf.fileName).toBe("C-III-143-DR-Rev.1-tracked-en.pdf");
    const words = pdfText(pdf.bytes);
    expect(words).toContain("C-III/143/DR/Rev.1");
    expect(words).not.toContain("No amendment has been adopted");
  });
});

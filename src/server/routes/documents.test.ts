import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../../test-support/app.js";
import { storeKinds } from "../../test-support/stores.js";

describe.each(storeKinds())("document downloads on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => t.close());

  const get = (query: string) => t.app.inject({ url: `/api/v1/documents/export?${query}` });

  it("gives anyone a published information note as a PDF file with its name", async () => {
    const res = await get("document=information-note&symbol=FEM%2F32%2F5.Inf-1&lang=ar&format=pdf");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="FEM-32-5.Inf-1-ar.pdf"; filename*=UTF-8''FEM-32-5.Inf-1-ar.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
  });

  it("gives the draft's documents in Word and Akoma Ntoso", async () => {
    const docx = await get("document=revised-draft&symbol=C-III%2F143%2FDR&lang=en&format=docx&changes=clean");
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-disposition"]).toContain('filename="C-III-143-DR-Rev.1-en.docx"');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const akn = await get("document=amendments&symbol=C-III%2F143%2FDR&lang=fr&format=akn");
    expect(akn.statusCode).toBe(200);
    expect(akn.body).toContain("<amendmentList");
  });

  it("answers 400 for a bad request, naming the field, and 404 for what does not exist", async () => {
    const bad = await get("document=information-note&symbol=FEM%2F32%2F5.Inf-1&lang=de&format=pdf");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("query.lang");
    expect((await get("document=minutes&symbol=X&lang=en&format=pdf")).statusCode).toBe(400);
    expect((await get("document=information-note&symbol=NOPE%2F1&lang=en&format=pdf")).statusCode).toBe(404);
    const report = await get("document=group-report&symbol=FEM%2F32%2F5.Inf-1&lang=en&format=pdf");
    expect(report.statusCode).toBe(400);
    expect(report.json().error).toMatchObject({ code: "validation_failed", issues: [{ path: "symbol" }] });
    expect((await get("document=group-report&symbol=FEM%2F32%2F5.Inf-1%2FG9&lang=en&format=pdf")).statusCode).toBe(404);
    expect((await get("document=group-report&symbol=FEM%2F32%2F5.Inf-1%2FG1&lang=en&format=pdf")).statusCode).toBe(403);
    expect((await get("document=participation-report&symbol=FEM%2F32%2F5.Inf-1&lang=en&format=pdf")).statusCode).toBe(403);
  });

  it("hides an unpublished draft from the public", async () => {
    await t.store.db.updateTable("draft_resolutions").set({ published: 0 }).execute();
    const res = await get("document=revised-draft&symbol=C-III%2F143%2FDR&lang=en&format=html");
    expect(res.statusCode).toBe(404);
    await t.store.db.updateTable("draft_resolutions").set({ published: 1 }).execute();
  });
});

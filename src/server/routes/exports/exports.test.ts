import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../domain/participants/csv.js";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

/** Downloads of the tables: amendments for whoever reads them, participants and votes for the secretariat. */
describe.each(storeKinds())("table downloads on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let draftId: string;
  let sittingId: SittingId;
  let eventId: string;
  let spain: Caller;
  let secretariat: Caller;

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    draftId = ref.draftId;
    sittingId = ref.sittingId;
    eventId = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json().event.id;
    spain = (await participant(t, "spain@example.org", { gender: "woman", parliament: "Spain" }, [{ role: "participant", scope: null }]))
      .session;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    const proposed = await call(spain, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: ref.paragraphs[0]!.id,
      text: "=1+1 Calls upon parliaments to act;",
      language: "en",
      author: "Spain",
      submit: true,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
  });
  afterAll(async () => t.close());

  it("gives the public the submitted amendments as CSV, formula guarded, with the list's filters", async () => {
    const res = await call(null, "GET", `/api/v1/drafts/${draftId}/amendments/export?format=csv&lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toMatch(/attachment; filename=".*-amendments-en\.csv"/);
    const records = parseCsv(res.rawPayload.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: "," });
    expect(records[0]!.fields[0]).toBe("Number");
    expect(records.slice(1).map((r) => [r.fields[3], r.fields[5], r.fields[8]])).toEqual([
      ["Spain", "Submitted", "'=1+1 Calls upon parliaments to act;"],
    ]);
    const none = await call(null, "GET", `/api/v1/drafts/${draftId}/amendments/export?format=csv&lang=en&status=accepted`);
    expect(parseCsv(none.rawPayload.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: "," })).toHaveLength(1);
  });

  it("gives the secretariat the participants as an Arabic workbook, right to left, and refuses a member", async () => {
    expect((await call(spain, "GET", `/api/v1/setup/events/${eventId}/participants/export?format=xlsx&lang=ar`)).statusCode).toBe(403);
    const res = await call(secretariat, "GET", `/api/v1/setup/events/${eventId}/participants/export?format=xlsx&lang=ar`);
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("المشاركون");
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.getRow(1).getCell(1).value).toBe("الاسم");
    const names: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && names.push(row.getCell(1).value));
    expect(names).toContain("spain");
  });

  it("gives the staff who was present at a sitting, and nobody else", async () => {
    expect((await call(spain, "GET", `/api/v1/sittings/${sittingId}/attendance/export?format=csv&lang=en`)).statusCode).toBe(404);
    const res = await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/attendance/export?format=csv&lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = parseCsv(res.rawPayload.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: "," });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).map((r) => r.fields[0])).toContain("spain");
  });

  it("gives the secretariat the votes of a sitting, and nobody else", async () => {
    expect((await call(spain, "GET", `/api/v1/sittings/${sittingId}/votes/export?format=csv&lang=fr`)).statusCode).toBe(403);
    const res = await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/votes/export?format=csv&lang=fr`);
    expect(res.statusCode, res.body).toBe(200);
    expect(parseCsv(res.rawPayload.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: "," })[0]!.fields[0]).toBe("Organe ou groupe");
  });
});

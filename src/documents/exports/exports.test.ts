import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../domain/participants/csv.js";
import { asId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import { amendmentSheet, type AmendmentRow } from "./amendments.js";
import { attendanceSheet } from "./attendance.js";
import { csvCell, guardFormula, sheetToCsv } from "./csv.js";
import { participantSheet } from "./participants.js";
import type { ExportSheet } from "./table.js";
import { voteSheets } from "./votes.js";
import { writeTable } from "./write.js";

const rows: AmendmentRow[] = [
  {
    amendment: {
      id: asId<AmendmentId>("a1"),
      action: "amend",
      status: "accepted",
      target: asId<ParagraphId>("p1"),
      text: 'Calls upon parliaments, "urgently",\nto act;',
      language: "en",
      author: "Spain",
      coSponsors: ["Mexico", "Chile"],
    },
    number: 1,
    label: "OP1",
    amends: null,
    decision: { method: "show_of_hands", for: 12, against: 3, abstain: 1 },
  },
  {
    amendment: {
      id: asId<AmendmentId>("a2"),
      action: "insert",
      status: "submitted",
      after: asId<ParagraphId>("p1"),
      kind: "operative",
      text: '=HYPERLINK("http://evil") يدعو البرلمانات إلى التحرك',
      language: "ar",
      author: "+Jordan",
      coSponsors: [],
    },
    number: 2,
    label: "OP1",
    amends: null,
    decision: null,
  },
];

/** Reads a workbook back as its sheets' text, row by row, the way a person opening it sees the values. */
const readXlsx = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    rightToLeft: ws.views[0]?.rightToLeft ?? false,
    rows: ws
      .getSheetValues()
      .slice(1)
      .map((r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => (v === undefined ? null : v)) : [])),
    alignment: (row: number, col: number) => ws.getRow(row).getCell(col).alignment,
    formulas: ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === "object" && v !== null && "formula" in v).length,
  }));
};

const expected = (sheet: ExportSheet) => [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])];
const trimNulls = (r: readonly unknown[]) => {
  const out = [...r];
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
};

describe("exported tables", () => {
  it("quotes by RFC 4180 and guards every cell a spreadsheet would run as a formula", () => {
    expect(csvCell('say "yes", twice')).toBe('"say ""yes"", twice"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "plain"].map(guardFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "plain",
    ]);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("writes amendments as CSV with a byte order mark that a strict parser reads back to the same cells", async () => {
    const sheet = amendmentSheet(rows, "en");
    const bytes = await writeTable({ kind: "table", format: "csv", sheets: [sheet] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const read = parseCsv(text, { delimiter: "," }).map((r) => [...r.fields]);
    const want = expected(sheet).map((r) => r.map((c) => (c === null ? "" : typeof c === "number" ? String(c) : guardFormula(c))));
    expect(read).toEqual(want);
    expect(read[1]).toEqual([
      "1",
      "OP1",
      "Amend",
      "Spain",
      "Mexico; Chile",
      "Accepted",
      "Show of hands (For 12, Against 3, Abstain 1)",
      "English",
      'Calls upon parliaments, "urgently",\nto act;',
    ]);
    expect(read[2]![3]).toBe("'+Jordan");
    expect(read[2]![8]!.startsWith("'=HYPERLINK")).toBe(true);
  });

  it("writes amendments as Excel that exceljs reads back to the same values, text never a formula", async () => {
    const sheet = amendmentSheet(rows, "en");
    const [read] = await readXlsx(await writeTable({ kind: "table", format: "xlsx", sheets: [sheet] }));
    expect(read!.name).toBe("Amendments");
    expect(read!.rightToLeft).toBe(false);
    expect(read!.rows.map(trimNulls)).toEqual(expected(sheet).map(trimNulls));
    expect(read!.formulas).toBe(0);
    // The Arabic wording reads right to left even in an English sheet.
    expect(read!.alignment(3, 9)).toMatchObject({ readingOrder: "rtl", horizontal: "right" });
    expect(read!.alignment(2, 9)?.readingOrder).toBeUndefined();
  });

  it("runs an Arabic sheet right to left, in Arabic headers and values", async () => {
    const sheet = amendmentSheet(rows, "ar");
    const [read] = await readXlsx(await writeTable({ kind: "table", format: "xlsx", sheets: [sheet] }));
    expect(read!.name).toBe("التعديلات");
    expect(read!.rightToLeft).toBe(true);
    expect(read!.rows[0]).toEqual([
      "الرقم",
      "الفقرة",
      "الإجراء",
      "مقدم التعديل",
      "المشاركون في التقديم",
      "الحالة",
      "القرار",
      "اللغة",
      "النص",
    ]);
    expect(read!.rows[1]![5]).toBe("مقبول");
    expect(read!.alignment(2, 4)).toMatchObject({ readingOrder: "rtl" });
    expect(sheetToCsv(sheet).split("\r\n")[0]).toBe(
      "\uFEFFالرقم,الفقرة,الإجراء,مقدم التعديل,المشاركون في التقديم,الحالة,القرار,اللغة,النص",
    );
  });

  it("lists votes with their voters by name, and one row per voter in a second sheet", async () => {
    const sheets = voteSheets(
      [
        {
          source: "group",
          where: "Group 1",
          subject: "recommendation:r1",
          kind: "electronic",
          status: "closed",
          round: 1,
          counts: { for: 1, against: 1, abstain: 0 },
          voters: [
            { voter: "Ana", delegation: "Spain", vote: "for" },
            { voter: "Omar", delegation: "Jordan", vote: "against" },
          ],
        },
        {
          source: "committee",
          where: "Standing Committee",
          amendment: 4,
          decision: { method: "roll_call", votes: [{ voter: "Kenya", vote: "abstain" }] },
          voters: [{ voter: "Kenya", delegation: null, vote: "abstain" }],
        },
      ],
      "en",
    );
    const read = await readXlsx(await writeTable({ kind: "table", format: "xlsx", sheets }));
    expect(read.map((s) => s.name)).toEqual(["Votes", "Voters"]);
    expect(read[0]!.rows[1]).toEqual([
      "Group 1",
      "Recommendations",
      "Electronic vote",
      "Closed",
      1,
      1,
      1,
      0,
      "Ana (Spain): For; Omar (Jordan): Against",
    ]);
    expect(read[0]!.rows[2]).toEqual(["Standing Committee", "Amendment 4", "Roll call", "Closed", 1, 0, 0, 1, "Kenya: Abstain"]);
    expect(read[1]!.rows.slice(1)).toEqual([
      ["Group 1 — Recommendations", "Ana", "Spain", "For"],
      ["Group 1 — Recommendations", "Omar", "Jordan", "Against"],
      ["Standing Committee — Amendment 4", "Kenya", null, "Abstain"],
    ]);
  });

  it("lists participants, guarding a name typed as a formula in CSV", async () => {
    const sheet = participantSheet(
      [
        {
          name: "@Ana",
          delegation: "Spain",
          parliament: "Spain",
          gender: "woman",
          birthYear: 1980,
          ageBand: null,
          languages: ["es", "en"],
          roles: ["participant"],
          email: "ana@example.org",
          active: true,
        },
      ],
      "fr",
    );
    const text = (await writeTable({ kind: "table", format: "csv", sheets: [sheet] })).toString("utf8").slice(1);
    expect(parseCsv(text, { delimiter: "," })[1]!.fields).toEqual([
      "'@Ana",
      "Spain",
      "Spain",
      "Femme",
      "1980",
      "espagnol ; anglais",
      "participant",
      "ana@example.org",
      "Oui",
    ]);
  });

  it("lists a sitting's attendance, in Arabic right to left", async () => {
    const sheet = attendanceSheet(
      [
        { name: "نور حداد", parliament: "Jordan", presence: "in_hall", at: "2021-11-26T10:55:00Z" },
        { name: "Ana", parliament: "Spain", presence: "absent", at: null },
      ],
      "ar",
    );
    const [read] = await readXlsx(await writeTable({ kind: "table", format: "xlsx", sheets: [sheet] }));
    expect(read!.rightToLeft).toBe(true);
    expect(read!.rows.map(trimNulls)).toEqual([
      ["الاسم", "البرلمان", "الحضور", "وقت التسجيل"],
      ["نور حداد", "Jordan", "في القاعة", "2021-11-26T10:55:00Z"],
      ["Ana", "Spain", "غائب"],
    ]);
  });
});

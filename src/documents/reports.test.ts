import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../domain/language.js";
import { caller } from "../test-support/factories.js";
import { storeKinds } from "../test-support/stores.js";
import type { DocumentName } from "./catalogue.js";
import { exportDocument, type ExportFormat } from "./export.js";
import { HOSTILE_CONTRIBUTION, reportData, type ReportData } from "./reports.factories.js";
import { docxPart, inOrder, pdfText, SECRETARIAT } from "./testing.js";

const GROUP = "FEM/32/5.Inf-1/G1";
const NOTE = "FEM/32/5.Inf-1";

/** What each report says in reading order; "~" strings may come out anywhere (masthead columns, right-to-left table cells). */
const EXPECTED: Record<"group-report" | "participation-report", Partial<Record<Language, string[]>>> = {
  "group-report": {
    en: [
      "~Forum of Women Parliamentarians",
      "~Item 5",
      "~26 November 2021",
      "Report of the discussion group",
      "Group 1 – Gender-responsive and survivor-centred legislation",
      "Room: Hall Madrid, 1st floor, Palacio Municipal (IFEMA)",
      "Chair: layla.haddad (Jordan)",
      "Rapporteur: ines.moreno (Spain)",
      "I. Recommendations",
      "On the draft resolution C-III/143/DR (being drafted)",
      "How can parliaments create legislation and policies",
      "Criminalize online grooming in every jurisdiction.",
      "What are the existing good practices",
      "Involve children in designing policies.",
      "II. Proposed amendments",
      "Operative paragraph 2 — Amend to read as follows:",
      "Urges parliaments",
      "with a gender perspective;",
      "Operative paragraph 4 — Delete the paragraph.",
      "Encourages parliaments to advance regulatory frameworks",
      "III. Contributions by guiding question",
      "How can parliaments create legislation",
      "amina: Laws should name grooming as an offence.",
      `bruno: ${HOSTILE_CONTRIBUTION}`,
      "What are the existing good practices",
      "amina:",
      "يجب إشراك الأطفال في وضع السياسات",
      "No contribution recorded.",
      "IV. Participation",
      "Members: 5. Speakers: 2. Turns: 3. Speaking time: 3 min 30 s.",
      "By gender",
      "Category",
      "Speaking time",
      "Women",
      "3 (60%)",
      "1 (50%)",
      "2",
      "1 min 30 s (43%)",
      "Men",
      "1 (20%)",
      "2 min 00 s (57%)",
      "Not disclosed",
      "Under 45",
      "2 (40%)",
      "45 and over",
      "Age unknown",
      "~By age",
    ],
    ar: [
      "~منتدى النساء البرلمانيات",
      "~البند 5",
      "~26 تشرين الثاني/نوفمبر 2021",
      "تقرير مجموعة النقاش",
      "المجموعة الأولى - التشريعات المراعية للمنظور الجندري",
      "القاعة:",
      "قاعة مدريد، الطابق الأول",
      "الرئيس:",
      "~layla.haddad",
      "~(Jordan)",
      "المقرر:",
      "~ines.moreno",
      "أولا - التوصيات",
      "بشأن مشروع القرار",
      "كيف يمكن للبرلمانات وضع تشريعات وسياسات",
      "تجريم استدراج الأطفال عبر الإنترنت في جميع الولايات القضائية.",
      "[الترجمة غير متوفرة]",
      "ثانيا - التعديلات المقترحة",
      "الفقرة 2 من المنطوق",
      "يعدل نصها ليصبح كما يلي:",
      "[الترجمة غير متوفرة]",
      "الفقرة 4 من المنطوق",
      "تحذف الفقرة.",
      "ثالثا - المساهمات حسب الأسئلة التوجيهية",
      "تعرض المساهمات كما قدمت، بلغتها الأصلية.",
      "Laws should name grooming as an offence.",
      "يجب إشراك الأطفال في وضع السياسات.",
      "رابعا - المشاركة",
      "الأعضاء: 5. المتكلمون: 2. المداخلات: 3. وقت الكلام: 3 د 30 ث.",
      "حسب الجنس",
      "~النساء",
      "~60%",
      "~1 د 30 ث",
      "~الرجال",
      "~لم يصرح به",
      "~دون 45 عاما",
      "~45 عاما فأكثر",
      "~العمر غير معروف",
    ],
    fr: [
      "Rapport du groupe de discussion",
      "Groupe 1 –",
      "[traduction manquante]",
      "Salle",
      "Présidence",
      "I. Recommandations",
      "[traduction manquante]",
      "IV. Participation",
      "Femmes",
      "Hommes",
    ],
    es: [
      "Informe del grupo de debate",
      "Grupo 1 –",
      "[falta la traducción]",
      "I. Recomendaciones",
      "[falta la traducción]",
      "IV. Participación",
      "Mujeres",
    ],
  },
  "participation-report": {
    en: [
      "~FEM/32/5.Inf-1/Participation",
      "~Item 5",
      "Participation by gender and age",
      "Contributing to the work of the 143rd IPU Assembly from a gender perspective",
      "The sitting as a whole",
      "Members: 6. Speakers: 2. Turns: 3. Speaking time: 3 min 30 s.",
      "By gender",
      "Share of members",
      "Share of speakers",
      "Share of speaking time",
      "Category",
      "Women",
      "3 (50%)",
      "1 (50%)",
      "1 min 30 s (43%)",
      "Men",
      "2 (33%)",
      "2 min 00 s (57%)",
      "By age",
      "Under 45",
      "45 and over",
      "Age unknown",
      "Group 1 – Gender-responsive and survivor-centred legislation",
      "Members: 5. Speakers: 2. Turns: 3.",
      "3 (60%)",
      "Group 2 – Age and gender-sensitive strategies",
      "Members: 1. Speakers: 0. Turns: 0. Speaking time: 0 s.",
      "1 (100%)",
    ],
    ar: [
      "~منتدى النساء البرلمانيات",
      "المشاركة حسب الجنس والعمر",
      "المساهمة في عمل الجمعية العامة الـ 143",
      "من تكلم ولكم من الوقت",
      "الجلسة ككل",
      "الأعضاء: 6. المتكلمون: 2. المداخلات: 3. وقت الكلام: 3 د 30 ث.",
      "حسب الجنس",
      "~نسبة الأعضاء",
      "~نسبة المتكلمين",
      "~نسبة وقت الكلام",
      "~النساء",
      "~50%",
      "~الرجال",
      "~33%",
      "حسب العمر",
      "~دون 45 عاما",
      "المجموعة الأولى - التشريعات المراعية للمنظور الجندري",
      "الأعضاء: 5. المتكلمون: 2.",
      "المجموعة الثانية",
      "الأعضاء: 1. المتكلمون: 0. المداخلات: 0. وقت الكلام: 0 ث.",
    ],
  },
};

/** Where the widest row of the speakers' blue (#2f6f9f) lies on page 1, as shares of the page width. */
const blueBar = (pdf: Uint8Array): { from: number; to: number } | null => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-chart-"));
  try {
    writeFileSync(join(dir, "d.pdf"), pdf);
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", join(dir, "d.pdf"), join(dir, "page")]);
    const image = PNG.sync.read(readFileSync(join(dir, "page.png")));
    let best: { count: number; from: number; to: number } | null = null;
    for (let y = 0; y < image.height; y++) {
      const xs: number[] = [];
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        const [r, g, b] = [image.data[i] as number, image.data[i + 1] as number, image.data[i + 2] as number];
        if (Math.abs(r - 0x2f) < 20 && Math.abs(g - 0x6f) < 20 && Math.abs(b - 0x9f) < 20) xs.push(x);
      }
      if (xs.length && (!best || xs.length > best.count)) best = { count: xs.length, from: xs[0] as number, to: xs.at(-1) as number };
    }
    return best && { from: best.from / image.width, to: best.to / image.width };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe.each(storeKinds())("group and participation reports on %s", (kind) => {
  let d: ReportData;
  const file = (document: DocumentName, language: Language, format: ExportFormat, symbol = document === "group-report" ? GROUP : NOTE) =>
    exportDocument(d.t.store.db, SECRETARIAT, { document, symbol, language, format });

  beforeAll(async () => {
    d = await reportData(kind);
  }, 60_000);
  afterAll(async () => d.t.close());

  for (const [document, languages] of Object.entries(EXPECTED) as [DocumentName, Partial<Record<Language, string[]>>][]) {
    for (const [language, expected] of Object.entries(languages) as [Language, string[]][]) {
      it(`writes the ${document} in ${language} as a PDF that reads in order`, async () => {
        // Text extraction moves neutral signs (colons, brackets, full stops) around in right-to-left lines: in Arabic only words and numbers are compared.
        const keep = (s: string) => (language === "ar" ? s.replace(/[^\p{L}\p{N}]+/gu, " ") : s);
        const text = keep(pdfText((await file(document, language, "pdf")).bytes));
        const anywhere = expected.filter((e) => e.startsWith("~"));
        for (const e of anywhere) expect(inOrder(text, [keep(e.slice(1))])).toEqual({ missing: null });
        expect(inOrder(text, expected.filter((e) => !e.startsWith("~")).map(keep))).toEqual({ missing: null });
      });
    }
  }

  it("never fills a missing translation from another language", async () => {
    const text = pdfText((await file("group-report", "fr", "pdf")).bytes);
    expect(text).not.toContain("Criminalize online grooming");
    expect(text).not.toContain("تجريم استدراج");
    expect(text).not.toContain("with a gender perspective");
  });

  it("draws the charts' bars from the labels towards the end of the line: rightwards in English, leftwards in Arabic", async () => {
    const en = blueBar((await file("participation-report", "en", "pdf")).bytes);
    const ar = blueBar((await file("participation-report", "ar", "pdf")).bytes);
    expect(en && ar).not.toBeNull();
    expect(en!.from).toBeGreaterThan(0.2);
    expect(en!.to).toBeGreaterThan(0.5);
    expect(ar!.to).toBeLessThan(0.8);
    expect(ar!.from).toBeLessThan(0.5);
    expect(Math.abs(en!.from - (1 - ar!.to))).toBeLessThan(0.05);
  });

  it("writes the proposed amendments as real Word tracked changes and the contributions literally", async () => {
    const xml = docxPart((await file("group-report", "en", "docx")).bytes);
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="Forum of Women Parliamentarians, discussion group 1" w:date="[^"]+">.*?with a gender perspective/,
    );
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Forum of Women Parliamentarians, discussion group 1" w:date="[^"]+">.*?<w:delText[^>]*>Encourages parliaments/,
    );
    expect(xml).toContain("#set page(width: 1pt) &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp;amp; Jerry");
    const ar = docxPart((await file("group-report", "ar", "docx")).bytes);
    expect(ar).toContain("<w:bidi/>");
    expect(ar).toContain("تجريم استدراج الأطفال عبر الإنترنت");
    expect(ar).toMatch(/<w:del [^>]*>.*?<w:rtl\/>/);
    const participation = docxPart((await file("participation-report", "ar", "docx")).bytes);
    expect(participation).toContain("حسب الجنس");
    expect(participation).toContain("1 د 30 ث (\u206643%\u2069)");
  });

  it("writes HTML with escaped user text, inline SVG charts each followed by its table, right to left in Arabic", async () => {
    const group = (await file("group-report", "en", "html")).bytes.toString("utf8");
    expect(group).not.toContain("<script>");
    expect(group).toContain("#set page(width: 1pt) &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp;amp; Jerry");
    expect(group).toMatch(/<ins class="tc-ins"[^>]*><strong>, with a gender perspective;?<\/strong><\/ins>/);
    expect(group).toMatch(/<del class="tc-del"[^>]*>Encourages parliaments/);
    const ar = (await file("participation-report", "ar", "html")).bytes.toString("utf8");
    expect(ar).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    const charts = ar.match(/<figure class="chart">.*?<\/figure>\s*<table>/g) ?? [];
    expect(charts).toHaveLength(2 * 3);
    expect(charts[0]).toContain('direction="rtl"');
    expect(charts[0]).toContain("نسبة وقت الكلام");
    expect(ar).not.toMatch(/<script|<link |src=/);
  });

  it("names the group report's symbol form, and refuses unknown groups and readers without the right", async () => {
    await expect(file("group-report", "en", "pdf", NOTE)).rejects.toThrow(/FEM\/32\/5\.Inf-1\/G1/);
    await expect(file("group-report", "en", "pdf", `${NOTE}/G9`)).rejects.toMatchObject({ code: "not_found" });
    await expect(file("participation-report", "en", "pdf", "XX/1")).rejects.toMatchObject({ code: "not_found" });
    const g2 = pdfText((await file("group-report", "en", "pdf", `${NOTE}/G2`)).bytes);
    expect(
      inOrder(g2, [
        "Group 2 –",
        "Chair: not designated",
        "The group has recorded no recommendation.",
        "The group has proposed no amendment.",
        "No contribution recorded.",
        "Members: 1.",
      ]),
    ).toEqual({ missing: null });
    const bySitting = pdfText((await file("participation-report", "en", "pdf", d.sittingId)).bytes);
    expect(bySitting).toContain(`${d.sittingId}/Participation`);
  });

  it("downloads both through the documents route, for the staff only", async () => {
    const call = caller(d.t);
    const url = (document: string, symbol: string) =>
      `/api/v1/documents/export?document=${document}&symbol=${encodeURIComponent(symbol)}&lang=ar&format=pdf`;
    const ok = await call(d.secretariat, "GET", url("group-report", GROUP));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["content-disposition"]).toContain('filename="FEM-32-5.Inf-1-G1-ar.pdf"');
    expect((await call(d.secretariat, "GET", url("participation-report", NOTE))).headers["content-disposition"]).toContain(
      "FEM-32-5.Inf-1-Participation-ar.pdf",
    );
    expect((await call(d.outsider, "GET", url("group-report", GROUP))).statusCode).toBe(403);
    expect((await call(d.outsider, "GET", url("participation-report", NOTE))).statusCode).toBe(403);
    const bad = await call(d.secretariat, "GET", url("group-report", NOTE));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("symbol");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../domain/language.js";
import { loadMeetingFixture, readMeetingFixture } from "../store/reference-case/load.js";
import { Writer } from "../store/write.js";
import { freshStore, storeKinds, type TestStore } from "../test-support/stores.js";
import { validateAkn } from "./akn/xmllint.js";
import type { DocumentName } from "./catalogue.js";
import { exportDocument, type ExportFormat } from "./export.js";
import { amendReferenceDraft, DRAFT_SYMBOL, docxPart, inOrder, pdfFonts, pdfText, SECRETARIAT } from "./testing.js";

const NOTE = "FEM/32/5.Inf-1";

/** What each document must say, in reading order, per language. */
const EXPECTED: Partial<Record<DocumentName, Partial<Record<Language, string[]>>>> = {
  "information-note": {
    en: [
      "~Inter-Parliamentary Union",
      "~143rd IPU Assembly",
      "~Forum of Women Parliamentarians",
      "~Item 5",
      "~26 November 2021",
      NOTE,
      "Contributing to the work of the 143rd IPU Assembly from a gender perspective",
      "Friday, 26 November 2021",
      "11.30 a.m. to 1 p.m.",
      "I. Arrangements for the debate",
      "Group 1 – Gender-responsive and survivor-centred legislation",
      "Hall Madrid, 1st floor, Palacio Municipal (IFEMA)",
      "Group 2 – Age and gender-sensitive strategies",
      "Hall Roma, 2nd floor, Palacio Municipal (IFEMA)",
      "II. Focus of the debate",
      "the live streaming of child sexual abuse1",
      "UNODC (2020). Online child sexual exploitation and abuse.",
      "https://www.unodc.org/e4j/en/cybercrime/",
      "How can parliaments create legislation and policies",
      "How can children be empowered through combatting online child sexual exploitation?",
    ],
    ar: [
      "~الاتحاد البرلماني الدولي",
      "~26 تشرين الثاني/نوفمبر 2021",
      "~منتدى النساء البرلمانيات",
      "~البند 5",
      "المساهمة في عمل الجمعية العامة الـ 143",
      "~الجمعة",
      "من 11:30 ولغاية 13:00",
      "الترتيبات للمناقشة",
      "المجموعة الأولى - التشريعات المراعية للمنظور الجندري",
      "~قاعة مدريد، الطابق الأول، قصر البلدية",
      "~الاستراتيجيات المراعية للسن",
      "~قاعة روما، الطابق الثاني",
      "تركيز المناقشة",
      "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
      "كيف يمكن للبرلمانات وضع تشريعات وسياسات",
      "كيف يمكن تمكين الأطفال من خلال مكافحة الاستغلال الجنسي للأطفال عبر الإنترنت؟",
    ],
    fr: [
      "Point 5",
      NOTE,
      "26 novembre 2021",
      "[traduction manquante]",
      "vendredi 26 novembre 2021",
      "de 11 h 30 à 13 heures",
      "Groupe 1 –",
      "[traduction manquante]",
    ],
    es: [
      "Punto 5",
      NOTE,
      "26 de noviembre de 2021",
      "[falta la traducción]",
      "viernes, 26 de noviembre de 2021",
      "de las 11.30 a las 13.00 horas",
    ],
  },
  amendments: {
    en: [
      "Amendments to the draft resolution submitted within the statutory deadline by Canada, Egypt, Forum of Women Parliamentarians, Spain",
      "Title — Amend the title to read as follows:",
      "abuse from a gender perspective",
      "(Forum of Women Parliamentarians)",
      "PREAMBLE",
      "Preambular paragraph 2 — Amend to read as follows:",
      "[translation missing]",
      "(Egypt)",
      "OPERATIVE PART",
      "Operative paragraph 1 — Amend to read as follows:",
      "New operative paragraph 2bis — Add a new paragraph after operative paragraph 2 to read as follows:",
      "Invites parliaments to consult survivors when drafting legislation;",
      "Operative paragraph 3 — Amend to read as follows:",
      "(Canada)",
      "Operative paragraph 4 — Delete the paragraph.",
      "(Spain)",
    ],
    ar: [
      "التعديلات على مشروع القرار المقدمة ضمن المهلة القانونية من قبل",
      "العنوان",
      "الديباجة",
      "الفقرة 2 من الديباجة",
      "يعدل نصها ليصبح كما يلي:",
      "ولا سيما الفتيات",
      "Egypt",
      "المنطوق",
      "الفقرة 1 من المنطوق",
      "[الترجمة غير متوفرة]",
      "فقرة جديدة 2",
      "تضاف فقرة جديدة بعد الفقرة 2 من المنطوق نصها كما يلي:",
      "الفقرة 4 من المنطوق",
      "تحذف الفقرة.",
      "Spain",
    ],
  },
  "annotated-table": {
    en: [
      "Paragraph in the revised draft",
      "Amendment as submitted",
      "Decision",
      "Amendment 5 — Title",
      "Accepted as revised",
      "Preambular paragraph 2",
      "Amendment 2 — Preambular paragraph 2",
      "Rejected",
      "by the Standing Committee on Democracy and Human Rights",
      "Operative paragraph 1",
      "Amendment 1 — Operative paragraph 1",
      "Accepted",
      "Operative paragraph 3",
      "Amendment 3 — New operative paragraph 2bis",
      "Operative paragraph 4",
      "Amendment 6 — Operative paragraph 3",
      "Pending",
      "Deleted",
      "Amendment 4 — Operative paragraph 4",
      "Accepted",
    ],
    ar: [
      "الفقرة في المشروع المنقح",
      "التعديل كما قدم",
      "القرار",
      "قبل بصيغة منقحة",
      "الفقرة 2 من الديباجة",
      "رفض",
      "للديمقراطية وحقوق الإنسان",
      "حذفت",
    ],
  },
  "revised-draft": {
    en: [
      "C-III/143/DR/Rev.1",
      "Revised draft resolution",
      "with tracked changes against the previous version",
      "abuse, from a gender perspective",
      "1.",
      "Invites parliaments to consult survivors when drafting legislation;",
      "Encourages parliaments to advance regulatory frameworks",
    ],
    ar: ["مشروع القرار المنقح", "مع إظهار التغييرات مقارنة بالصيغة السابقة", "[الترجمة غير متوفرة]"],
  },
};

describe.each(storeKinds())("documents from the data on %s", (kind) => {
  let store: TestStore;
  const file = (document: DocumentName, language: Language, format: ExportFormat, changes: "tracked" | "clean" = "tracked") =>
    exportDocument(store.db, SECRETARIAT, {
      document,
      symbol: document === "information-note" ? NOTE : DRAFT_SYMBOL,
      language,
      format,
      changes,
    });

  beforeAll(async () => {
    store = await freshStore(kind);
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
    await amendReferenceDraft(store);
  });
  afterAll(async () => store.dispose());

  for (const [document, languages] of Object.entries(EXPECTED) as [DocumentName, Partial<Record<Language, string[]>>][]) {
    for (const [language, expected] of Object.entries(languages) as [Language, string[]][]) {
      it(`writes the ${document} in ${language} as a PDF that reads in order, on the shipped fonts only`, async () => {
        const pdf = await file(document, language, "pdf");
        expect(pdf.contentType).toBe("application/pdf");
        const text = pdfText(pdf.bytes);
        // Right-to-left table cells come out of text extraction interleaved: there each string is looked for on its own.
        // The masthead's two columns ("~") may come out in either order.
        const anywhere = document === "annotated-table" && language === "ar" ? expected : expected.filter((e) => e.startsWith("~"));
        for (const e of anywhere) expect(inOrder(text, [e.replace(/^~/, "")])).toEqual({ missing: null });
        expect(
          inOrder(
            text,
            expected.filter((e) => !anywhere.includes(e)),
          ),
        ).toEqual({ missing: null });
        const fonts = new Set(pdfFonts(pdf.bytes).map((f) => f.replace(/-.*/, "")));
        expect([...fonts].every((f) => f === "Amiri" || f === "NotoSerif")).toBe(true);
        expect(fonts.has(language === "ar" ? "Amiri" : "NotoSerif")).toBe(true);
      });
    }
  }

  it("never fills a missing translation from another language", async () => {
    const text = pdfText((await file("information-note", "fr", "pdf")).bytes);
    expect(text).not.toContain("Participants will be invited");
    expect(text).not.toContain("ستتم دعوة");
    expect(text.match(/\[traduction manquante\]/g)?.length).toBeGreaterThan(10);
  });

  it("leaves deleted paragraphs out of the clean revised draft and keeps them struck in the tracked one", async () => {
    const clean = pdfText((await file("revised-draft", "en", "pdf", "clean")).bytes);
    const tracked = pdfText((await file("revised-draft", "en", "pdf", "tracked")).bytes);
    expect(clean).not.toContain("Encourages parliaments to advance regulatory frameworks");
    expect(tracked).toContain("Encourages parliaments to advance regulatory frameworks");
    expect(inOrder(clean, ["1.", "Calls all upon parliaments", "3.", "Invites parliaments to consult survivors", "4."])).toEqual({
      missing: null,
    });
  });

  it("writes changed text as real Word tracked changes, with author and date", async () => {
    const amendments = docxPart((await file("amendments", "en", "docx")).bytes);
    expect(amendments).toMatch(/<w:ins w:id="\d+" w:author="Forum of Women Parliamentarians" w:date="\d{4}-\d\d-\d\dT[^"]+">/);
    expect(amendments).toMatch(/<w:del w:id="\d+" w:author="Spain" w:date="[^"]+">.*?<w:delText[^>]*>Encourages parliaments/);
    const revised = docxPart((await file("revised-draft", "en", "docx")).bytes);
    expect(revised).toMatch(
      /<w:ins w:id="\d+" w:author="Standing Committee on Democracy and Human Rights" w:date="[^"]+"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">Invites parliaments/,
    );
    expect(revised).toMatch(/<w:del [^>]*w:author="Standing Committee on Democracy and Human Rights"/);
    expect(docxPart((await file("revised-draft", "en", "docx", "clean")).bytes)).not.toMatch(/<w:(ins|del) /);
  });

  it("writes Arabic Word paragraphs right to left, with the footnotes of the note", async () => {
    const docx = (await file("information-note", "ar", "docx")).bytes;
    const xml = docxPart(docx);
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:rtl/>");
    expect(xml).toContain("المجموعة الأولى - التشريعات المراعية للمنظور الجندري");
    expect(xml).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(docxPart(docx, "word/footnotes.xml")).toContain("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
  });

  it("writes a self-contained HTML page, right to left in Arabic", async () => {
    const html = (await file("information-note", "ar", "html")).bytes.toString("utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).not.toMatch(/<script|<link |src=/);
    const amendments = (await file("amendments", "en", "html")).bytes.toString("utf8");
    expect(amendments).toMatch(
      /<ins class="tc-ins" title="Forum of Women Parliamentarians" datetime="[^"]+"><strong>all <\/strong><\/ins>/,
    );
  });

  it("writes Akoma Ntoso that the schema accepts for amendments and revised texts", async () => {
    for (const document of ["amendments", "annotated-table", "revised-draft"] as const) {
      for (const language of ["en", "ar"] as const)
        expect(validateAkn((await file(document, language, "akn")).bytes.toString("utf8"))).toBe("");
    }
    const revised = (await file("revised-draft", "fr", "akn")).bytes.toString("utf8");
    expect(revised).toContain('<p class="translation-missing"/>');
    expect(revised).not.toContain("Calls all upon");
  });

  it("refuses the adopted text of a draft not adopted and Akoma Ntoso for a note, naming what is missing", async () => {
    await expect(file("adopted-resolution", "en", "pdf")).rejects.toThrow(/has not been adopted yet/);
    await expect(file("information-note", "en", "akn")).rejects.toThrow(/Akoma Ntoso is written for drafts/);
  });
});

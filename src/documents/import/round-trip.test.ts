import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asId, type ParagraphId } from "../../domain/ids.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { RULES } from "../../domain/text/openings.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { consolidate } from "../../domain/text/consolidate.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import { labelAll } from "../../domain/text/labels.js";
import { consolidationToMarkdown } from "../../domain/text/render-consolidation.js";
import { exportDraftAkn } from "../akn/export-draft.js";
import { buildResolutionText } from "../build/resolution-text.js";
import { documentToDocx } from "../render/docx.js";
import { documentToHtml } from "../render/html.js";
import { wordingFor } from "../wording/index.js";
import type { DraftSource } from "../sources.js";
import { importDraft } from "./import-draft.js";

type Format = "docx" | "markdown" | "html" | "akn";

/** A clean revised draft with no amendment: the text as the documents write it. */
const sourceOf = (draft: DraftText): DraftSource => ({
  draft: { id: "d1", sittingId: null, symbol: "C-III/143/DR", published: true, text: draft, preface: null, frontMatter: [] },
  view: {
    id: "d1",
    symbol: "C-III/143/DR",
    sittingId: null,
    stage: "draft",
    illustrative: false,
    published: true,
    version: 1,
    title: draft.title,
    preface: null,
    frontMatter: [],
    languages: [...LANGUAGES],
    paragraphs: [],
    mine: [],
  },
  amendments: [],
  committee: {
    original: "en",
    versions: {
      en: { text: "Standing Committee on Democracy and Human Rights", status: "final" },
      fr: { text: "Commission permanente de la démocratie et des droits de l'homme", status: "final" },
      es: { text: "Comisión Permanente de Democracia y Derechos Humanos", status: "final" },
      ar: { text: "اللجنة الدائمة المعنية بالديمقراطية وحقوق الإنسان", status: "final" },
    },
  },
  event: null,
  date: "2021-11-26",
  decidedAt: new Map(),
});

/** The draft in one language, written in one format. */
const exportIn = async (draft: DraftText, language: Language, format: Format): Promise<Uint8Array> => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  if (format === "akn")
    return bytes(exportDraftAkn(draft, language, { identity: { name: "C-III/143/DR", date: "2021-11-26", author: "Standing Committee" } }));
  if (format === "markdown") return bytes(consolidationToMarkdown(consolidate(draft, [], { language })));
  const model = buildResolutionText(sourceOf(draft), "revised", false, language);
  return format === "html" ? bytes(documentToHtml(model)) : new Uint8Array(await documentToDocx(model));
};

/** What a reader of one language sees of a draft: labels, kinds, texts (null where missing), sub-paragraphs. */
const seen = (draft: DraftText, language: Language) => {
  const labels = labelAll(draft.paragraphs);
  const text = (m: MultilingualText): string | null => m.versions[language]?.text ?? null;
  return draft.paragraphs.map((p) => ({
    label: labels.get(p.id),
    kind: p.kind,
    text: text(p.text),
    subParagraphs: p.subParagraphs.map((s) => text(s.text)),
  }));
};

const OPENINGS: Record<Language, { preambular: string[]; operative: string[]; sub: string }> = {
  en: {
    preambular: ["Recalling", "Noting with concern", "Bearing in mind", "Whereas", "Deeply concerned by"],
    operative: ["Calls upon", "Urges", "Decides", "Requests"],
    sub: "to",
  },
  fr: {
    preambular: ["Rappelant", "Considérant", "Ayant à l'esprit", "Profondément préoccupée par"],
    operative: ["Demande", "Exhorte", "Décide", "Invite"],
    sub: "à",
  },
  es: {
    preambular: ["Recordando", "Considerando", "Teniendo presente", "Profundamente preocupada por"],
    operative: ["Insta a", "Exhorta a", "Decide", "Pide a"],
    sub: "a",
  },
  ar: {
    preambular: ["إذ تشير إلى", "وإذ تضع في اعتبارها", "ولمّا كان", "وإدراكاً منها"],
    operative: ["تدعو", "تحث", "تقرر", "تطلب"],
    sub: "أن",
  },
};
const WORDS: Record<Language, string[]> = {
  en: ["parliaments", "children", "online", "2021", "R&D", "<b>", '"survivor-centred"', "law", "A/RES/79/275", "3bis"],
  fr: ["parlements", "enfants", "d'urgence", "élue", "<i>", "&amp;", "« victimes »", "2021", "loi"],
  es: ["parlamentos", "niñas", "línea", "<b>", "acoso", "2021", "ley", "y"],
  ar: ["البرلمانات", "الأطفال", "الإنترنت", "2021", "<b>", "القانون", "&", "الضحايا"],
};

const words = (language: Language) => fc.array(fc.constantFrom(...WORDS[language]), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const titleWords = (language: Language) =>
  fc.array(fc.constantFrom(...WORDS[language].filter((w) => !w.includes("/"))), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const ending = (language: Language, kind: "preambular" | "operative") =>
  language === "ar" ? (kind === "preambular" ? "،" : "؛") : kind === "preambular" ? "," : ";";

/** Drafts in up to four languages: preambular and operative paragraphs, sub-paragraphs, bis ids, missing translations. */
const drafts = fc.subarray([...LANGUAGES], { minLength: 1 }).chain((languages) => {
  const ml = (make: (l: Language) => fc.Arbitrary<string>) =>
    fc.tuple(
      ...languages.map((l, i) =>
        i === 0
          ? make(l).map((t) => [l, t] as const)
          : fc.option(
              make(l).map((t) => [l, t] as const),
              { freq: 3 },
            ),
      ),
    );
  const text = (make: (l: Language) => fc.Arbitrary<string>) =>
    ml(make).map((pairs): MultilingualText => ({
      original: languages[0] as Language,
      versions: Object.fromEntries(pairs.filter((x) => x !== null).map(([l, t]) => [l, { text: t, status: "final" as const }])),
    }));
  const opening = (kind: "preambular" | "operative") => (l: Language) =>
    fc.tuple(fc.constantFrom(...OPENINGS[l][kind]), words(l)).map(([o, w]) => `${o} ${w}${ending(l, kind)}`);
  const sub = (l: Language) => words(l).map((w) => `${OPENINGS[l].sub} ${w}${ending(l, "operative")}`);
  const title = fc.tuple(...languages.map((l) => titleWords(l).map((w) => [l, `Title ${w}`] as const)));
  return fc
    .record({
      title: title.map((pairs): MultilingualText => ({
        original: languages[0] as Language,
        versions: Object.fromEntries(pairs.map(([l, t]) => [l, { text: t, status: "final" as const }])),
      })),
      pre: fc.array(text(opening("preambular")), { maxLength: 3 }),
      ops: fc.array(fc.tuple(text(opening("operative")), fc.array(text(sub), { maxLength: 3 }), fc.boolean()), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ title, pre, ops }): { draft: DraftText; languages: Language[] } => ({
      languages,
      draft: {
        title,
        paragraphs: [
          ...pre.map((t, i) => ({ id: asId<ParagraphId>(`pp${i + 1}`), kind: "preambular" as const, text: t, subParagraphs: [] })),
          ...ops.map(([t, subs, bis], i) => ({
            id: asId<ParagraphId>(`op${i + 1}${bis ? "bis" : ""}`),
            kind: "operative" as const,
            text: t,
            subParagraphs: subs.map((s, j) => ({ id: asId<ParagraphId>(`op${i + 1}.${j + 1}`), text: s })),
          })),
        ],
      },
    }));
});

describe("round trip: draft → Word, Markdown, HTML, Akoma Ntoso → import", () => {
  it("the documents' marker of a missing translation is the one the import reads", () => {
    for (const language of LANGUAGES) expect(RULES[language].missing).toBe(wordingFor(language).translationMissing);
  });

  it.each(["akn", "markdown", "html", "docx"] as const)(
    "gives back the same paragraphs through %s, a missing translation still missing",
    async (format) => {
      await fc.assert(
        fc.asyncProperty(drafts, async ({ draft, languages }) => {
          for (const language of languages) {
            const back = await importDraft(await exportIn(draft, language, format), { source: `draft.${format}`, language });
            expect(seen(back.draft, language)).toEqual(seen(draft, language));
            expect(back.draft.title?.versions[language]?.text).toBe(draft.title?.versions[language]?.text);
          }
        }),
        { numRuns: format === "docx" ? 12 : 40 },
      );
    },
  );
});

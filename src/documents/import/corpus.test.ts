import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../domain/language.js";
import { CORPUS, corpusDrafts, importCorpusDraft, summary } from "./corpus.js";

const expectationOf = (name: string): ReturnType<typeof summary> =>
  JSON.parse(readFileSync(`${CORPUS}${name.replace(/\.(docx\.json|akn\.xml|md|txt)$/, "")}.expected.json`, "utf8")) as ReturnType<
    typeof summary
  >;

describe("corpus of realistic drafts", () => {
  const drafts = corpusDrafts();

  it("covers every working language and every format", () => {
    expect(new Set(drafts.map((d) => /\.(en|fr|es|ar)\./.exec(d)?.[1]))).toEqual(new Set(LANGUAGES));
    expect(new Set(drafts.map((d) => /\.(docx\.json|akn\.xml|md|txt)$/.exec(d)?.[1]))).toEqual(
      new Set(["docx.json", "akn.xml", "md", "txt"]),
    );
  });

  it.each(drafts)("%s imports as expected, its language read from the file", async (name) => {
    const imported = await importCorpusDraft(name);
    expect(summary(imported)).toEqual(expectationOf(name));
    expect(imported.language).toBe(/\.(en|fr|es|ar)\./.exec(name)?.[1]);
  });

  it.each(drafts)("%s: every block ends in the title, the front matter, the formula, a paragraph or what was left out", async (name) => {
    const imported = await importCorpusDraft(name);
    const s = summary(imported);
    const kept = new Set([s.title, s.preface, ...imported.frontMatter.map((f) => f.text), ...imported.leftOut.map((l) => l.text)]);
    const inParagraphs = s.paragraphs.flatMap((p) => [p.text, ...p.subParagraphs]).join("\n");
    for (const d of imported.decisions) {
      const found =
        kept.has(d.text) || inParagraphs.includes(d.text) || (d.role === "title" && s.title !== null && d.text.endsWith(s.title));
      expect(found, `${d.where}: ${d.text}`).toBe(true);
    }
    for (const l of imported.leftOut) expect(l.where.length * l.why.length).toBeGreaterThan(0);
  });
});

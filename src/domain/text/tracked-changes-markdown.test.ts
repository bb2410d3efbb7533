import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { applyChanges, diffWords } from "./diff.js";
import { renderTrackedChangesMarkdown } from "./tracked-changes.js";

const NBSP = "\u00a0";

/** The new wording a reader takes from the Markdown: deletions gone with the space that sets them apart, insertion markers removed. */
const newWording = (markdown: string): string =>
  markdown
    .replace(/ (?:<del>.*?<\/del>|~~.*?~~)(?= |$)/g, "")
    .replace(/<del>.*?<\/del>|~~.*?~~/g, "")
    .replace(/<\/?ins>|\*\*|__/g, "");

const CASES: { language: string; before: string; after: string; markdown: string }[] = [
  {
    language: "en",
    before: "justice and equality for all",
    after: "justice, equality and dignity for all",
    markdown: "justice<ins>**, equality**</ins> and ~~equality~~**__dignity__** for all",
  },
  {
    language: "en",
    before: "Calls on all parliaments to act",
    after: "Calls on parliaments and governments to act now",
    markdown: "Calls on ~~all~~ parliaments **__and governments__** to act **__now__**",
  },
  {
    language: "en",
    before: "protect children online.",
    after: "protect children, especially girls, online.",
    markdown: "protect children<ins>**, especially girls,**</ins> online.",
  },
  { language: "en", before: "justice, equality and peace", after: "justice and peace", markdown: "justice<del>, equality</del> and peace" },
  {
    language: "fr",
    before: `les droits des femmes${NBSP}; la paix`,
    after: `les droits des femmes et des filles${NBSP}; la paix${NBSP}!`,
    markdown: `les droits des femmes **__et des filles__**${NBSP}; la paix${NBSP}**__!__**`,
  },
  {
    language: "fr",
    before: `Le Parlement décide${NBSP}: rien`,
    after: `Le Parlement décide${NBSP}: tout${NBSP}; vraiment${NBSP}?`,
    markdown: `Le Parlement décide${NBSP}: ~~rien~~**__tout${NBSP}; vraiment${NBSP}?__**`,
  },
  {
    language: "fr",
    before: "Rappelant la Convention : tous",
    after: `Rappelant la Convention${NBSP}: tous`,
    markdown: `Rappelant la Convention${NBSP}: tous`,
  },
  {
    language: "ar",
    before: "العدالة والمساواة للجميع",
    after: "العدالة، والمساواة للجميع؛ ولا سيما الفتيات؟",
    markdown: "العدالة<ins>**،**</ins> والمساواة للجميع<ins>**؛ ولا سيما الفتيات؟**</ins>",
  },
  {
    language: "ar",
    before: "وإذ تضع في اعتبارها، الاتفاقية الدولية",
    after: "وإذ تضع في اعتبارها الاتفاقية",
    markdown: "وإذ تضع في اعتبارها<del>،</del> الاتفاقية ~~الدولية~~",
  },
];

describe("tracked changes in Markdown", () => {
  it.each(CASES)(
    "marks $language changes with spaces and punctuation where a reader expects them: $after",
    ({ language, before, after, markdown }) => {
      const changes = diffWords(before, after, language);
      const written = renderTrackedChangesMarkdown(changes);
      expect(written).toBe(markdown);
      expect(newWording(written)).toBe(applyChanges(changes));
      expect(written).not.toMatch(/\S (?:\*\*__|<ins>)[,.;:!?،؛؟]/u);
    },
  );

  it("never opens a marker before a space or closes one after a space", () => {
    for (const { language, before, after } of CASES) {
      const written = renderTrackedChangesMarkdown(diffWords(before, after, language));
      expect(written).not.toMatch(/(?:\*\*__|~~(?=\S*~~)|<ins>\*\*|<del>)\s|\s(?:__\*\*|\*\*<\/ins>|<\/del>)/u);
    }
  });

  it("keeps a person's Markdown-like characters literal, in kept, inserted and deleted words", () => {
    const before = "Applies rule *A* to [members] & #staff";
    const after = "Applies rule *B* and `C` to <b>[members]</b> & _all_ #staff";
    const changes = diffWords(before, after, "en");
    const html = new MarkdownIt({ html: true }).renderInline(renderTrackedChangesMarkdown(changes));
    expect(html).not.toMatch(/<(em|code|a|b)[ >]/);
    const shown = html
      .replace(/<\/?(strong|s|del|ins)>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    for (const words of ["rule *A* B* and `C`", "<b>[members]", "</b> & _all_ #staff"]) expect(shown).toContain(words);
  });

  it.each(CASES)("renders in CommonMark with every marker parsed: $after", ({ language, before, after }) => {
    const changes = diffWords(before, after, language);
    const html = new MarkdownIt({ html: true }).renderInline(renderTrackedChangesMarkdown(changes));
    expect(html).not.toMatch(/\*\*|__|~~/);
    for (const c of changes.filter((x) => x.op !== "equal" && x.text.trim() !== "")) {
      if (c.op === "insert") expect(html).toContain(`<strong>${c.text.trim()}</strong>`);
      else expect(html).toMatch(new RegExp(`<(s|del)>${c.text.trim()}</\\1>`, "u"));
    }
  });
});

import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import { labelAll, subParagraphLetter } from "../../domain/text/labels.js";
import { aknMeta, type AknIdentity } from "./frbr.js";
import { el, escapeXml } from "./xml-write.js";

export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

export interface DraftExportOptions {
  readonly identity: Omit<AknIdentity, "type" | "subtype">;
  /** The enacting formula, e.g. "The 143rd Assembly of the Inter-Parliamentary Union,". */
  readonly preface?: string | null;
}

/** A paragraph of a language the text has no version in: marked, never filled from another language. */
const p = (text: MultilingualText | null, language: Language): string => {
  const version = text?.versions[language];
  return version ? el("p", {}, escapeXml(version.text)) : el("p", { class: "translation-missing" });
};

const guid = (id: string): string | undefined => (/^\S+$/.test(id) ? id : undefined);

/**
 * One AKN 3.0 expression of a draft resolution in one language: a `statement` named "resolution", its
 * preambular paragraphs as `container`s of the `preamble`, operative ones as numbered `paragraph`s.
 */
export const exportDraftAkn = (draft: DraftText, language: Language, options: DraftExportOptions): string => {
  const labels = labelAll(draft.paragraphs);
  const preambular = draft.paragraphs.filter((x) => x.kind === "preambular");
  const operative = draft.paragraphs.filter((x) => x.kind === "operative");
  const preface = draft.title
    ? el(
        "preface",
        {},
        el("longTitle", { eId: "longTitle" }, el("p", {}, el("docTitle", {}, escapeXml(draft.title.versions[language]?.text ?? "")))),
      )
    : "";
  const formula = options.preface
    ? el("formula", { name: "enactingFormula", eId: "formula_1" }, el("p", {}, escapeXml(options.preface)))
    : "";
  const preamble =
    preambular.length || formula
      ? el(
          "preamble",
          {},
          formula,
          ...preambular.map((x, i) =>
            el(
              "container",
              { name: "preambularParagraph", eId: `preamble__container_${i + 1}`, GUID: guid(x.id), title: labels.get(x.id) },
              p(x.text, language),
            ),
          ),
        )
      : "";
  const body = operative.map((x, i) => {
    const eId = `para_${i + 1}`;
    const num = el("num", {}, `${i + 1}.`);
    if (x.subParagraphs.length === 0) return el("paragraph", { eId, GUID: guid(x.id) }, num, el("content", {}, p(x.text, language)));
    const subs = x.subParagraphs.map((s, j) => {
      const letter = subParagraphLetter(j, language);
      return el(
        "subparagraph",
        { eId: `${eId}__subpara_${subParagraphLetter(j)}`, GUID: guid(s.id) },
        el("num", {}, `(${letter})`),
        el("content", {}, p(s.text, language)),
      );
    });
    return el("paragraph", { eId, GUID: guid(x.id) }, num, el("intro", {}, p(x.text, language)), ...subs);
  });
  const mainBody = el("mainBody", {}, ...(body.length ? body : [el("p", {})]));
  const statement = el(
    "statement",
    { name: "resolution" },
    aknMeta({ ...options.identity, type: "statement", subtype: "resolution" }, language),
    preface,
    preamble,
    mainBody,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}">${statement}</akomaNtoso>\n`;
};

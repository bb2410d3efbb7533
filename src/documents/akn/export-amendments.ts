import type { Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import type { Change } from "../../domain/text/diff.js";
import { diffWords } from "../../domain/text/diff.js";
import { locate, type DraftText } from "../../domain/text/draft-text.js";
import { AKN_NAMESPACE } from "./export-draft.js";
import { aknMeta, slug, type AknIdentity } from "./frbr.js";
import { el, escapeXml } from "./xml-write.js";

/** Tracked changes as AKN inline `ins` / `del` inside one `p`. */
export const changesToAkn = (changes: readonly Change[]): string =>
  el("p", {}, ...changes.map((c) => (c.op === "equal" ? escapeXml(c.text) : el(c.op === "insert" ? "ins" : "del", {}, escapeXml(c.text)))));

/** An amendment with its number and heading in the document's language: "Amendment 5", "Preambular paragraph 2 — Rejected — Egypt". */
export interface HeadedAmendment {
  readonly amendment: Amendment;
  readonly number: number;
  readonly label: string;
  readonly heading: string;
}

/** The changes an amendment makes to its paragraph, or a sub-amendment to the tabled wording of the amendment it amends. */
const changesOf = (draft: DraftText, at: ReturnType<typeof locate>, a: Amendment, parent: Amendment | undefined): Change[] => {
  const text = a.text ?? "";
  if (parent) return diffWords(parent.text ?? "", a.action === "delete" ? "" : text, a.language);
  if (a.action === "insert") return text ? [{ op: "insert", text }] : [];
  const loc = a.target ? at.get(a.target) : undefined;
  const paragraph = loc ? draft.paragraphs[loc.paragraph] : undefined;
  const original =
    a.action === "amend_title"
      ? draft.title
      : loc?.sub === null || loc === undefined
        ? paragraph?.text
        : paragraph?.subParagraphs[loc.sub]?.text;
  const before = original?.versions[a.language]?.text ?? "";
  return a.action === "delete" ? (before ? [{ op: "delete", text: before }] : []) : diffWords(before, text, a.language);
};

/** The heading: the amendment's number as `docNumber`, then where, what and who, in the document's language. */
const heading = ({ label, heading: rest }: HeadedAmendment, language: Language): string =>
  el("amendmentHeading", { "xml:lang": language }, el("p", {}, el("docNumber", {}, escapeXml(label)), rest ? escapeXml(` — ${rest}`) : ""));

/**
 * An AKN `amendmentList` in one language: one `amendment` document per amendment, with its heading
 * (number, paragraph, action, status, author), its tracked changes and its justification.
 */
export const exportAmendmentListAkn = (
  draft: DraftText,
  amendments: readonly HeadedAmendment[],
  language: Language,
  identity: Omit<AknIdentity, "type" | "subtype">,
): string => {
  const at = locate(draft.paragraphs);
  const byId = new Map(amendments.map((h) => [h.amendment.id as string, h.amendment]));
  const components = amendments.map((given, i) => {
    const a = given.amendment;
    const parent = a.parent ? byId.get(a.parent) : undefined;
    const content = a.language === language ? changesToAkn(changesOf(draft, at, a, parent)) : el("p", { class: "translation-missing" });
    const justification = a.justification ? [el("amendmentJustification", {}, el("p", {}, escapeXml(a.justification)))] : [];
    const meta = aknMeta({ ...identity, type: "amendment", subtype: "amendment", name: `${identity.name}-${slug(a.id)}` }, language, true);
    const body = el("amendmentBody", {}, heading(given, language), el("amendmentContent", {}, content), ...justification);
    return el("component", { eId: `cmp_${i + 1}` }, el("amendment", { name: "amendment" }, meta, body));
  });
  const collection = components.length
    ? components
    : [el("component", { eId: "cmp_1" }, el("interstitial", {}, el("p", {}, "No amendments.")))];
  const list = el(
    "amendmentList",
    { name: "amendmentList" },
    aknMeta({ ...identity, type: "amendmentList", subtype: "amendmentList" }, language),
    el("collectionBody", {}, ...collection),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}">${list}</akomaNtoso>\n`;
};

import type { Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import type { Change } from "../../domain/text/diff.js";
import { diffWords } from "../../domain/text/diff.js";
import { locate, type DraftText } from "../../domain/text/draft-text.js";
import { labelAll } from "../../domain/text/labels.js";
import { AKN_NAMESPACE } from "./export-draft.js";
import { aknMeta, slug, type AknIdentity } from "./frbr.js";
import { el, escapeXml } from "./xml-write.js";

/** Tracked changes as AKN inline `ins` / `del` inside one `p`. */
export const changesToAkn = (changes: readonly Change[]): string =>
  el(
    "p",
    {},
    ...changes.map((c) => (c.op === "equal" ? escapeXml(c.text) : el(c.op === "insert" ? "ins" : "del", {}, escapeXml(c.text)))),
  );

/** An amendment with its number and its heading in the document's language ("Amendment 5 — Preambular paragraph 2 — Rejected"). */
export interface HeadedAmendment {
  readonly amendment: Amendment;
  readonly number: number;
  readonly heading: string;
}

const describe = (a: Amendment, labels: ReadonlyMap<string, string>): string => {
  const where =
    a.action === "insert" ? `new ${a.kind ?? "operative"} paragraph after ${a.after ? (labels.get(a.after) ?? a.after) : "the start"}`
    : a.action === "amend_title" ? "title"
    : (labels.get(a.target ?? "") ?? a.target ?? "");
  return `Amendment ${a.id} — ${where} — ${a.action.replace("_", " ")} — ${a.status.replace(/_/g, " ")}${a.author ? ` — ${a.author}` : ""}`;
};

const changesOf = (draft: DraftText, at: ReturnType<typeof locate>, a: Amendment): Change[] => {
  const text = a.text ?? "";
  if (a.action === "insert") return text ? [{ op: "insert", text }] : [];
  const loc = a.target ? at.get(a.target) : undefined;
  const paragraph = loc ? draft.paragraphs[loc.paragraph] : undefined;
  const original = a.action === "amend_title" ? draft.title : loc?.sub === null || loc === undefined ? paragraph?.text : paragraph?.subParagraphs[loc.sub]?.text;
  const before = original?.versions[a.language]?.text ?? "";
  return a.action === "delete" ? (before ? [{ op: "delete", text: before }] : []) : diffWords(before, text, a.language);
};

/** The heading: the amendment's number as `docNumber`, then where, what and who, in the document's language when given. */
const heading = (given: Amendment | HeadedAmendment, labels: ReadonlyMap<string, string>, language: Language): string => {
  if (!("number" in given)) return el("amendmentHeading", {}, el("p", {}, escapeXml(describe(given, labels))));
  const [number, ...rest] = given.heading.split(" — ");
  const tail = rest.length ? escapeXml(` — ${rest.join(" — ")}`) : "";
  return el("amendmentHeading", { "xml:lang": language }, el("p", {}, el("docNumber", {}, escapeXml(number ?? "")), tail));
};

/**
 * An AKN `amendmentList` in one language: one `amendment` document per amendment, with its heading
 * (number, paragraph, action, status, author), its tracked changes and its justification.
 */
export const exportAmendmentListAkn = (
  draft: DraftText,
  amendments: readonly (Amendment | HeadedAmendment)[],
  language: Language,
  identity: Omit<AknIdentity, "type" | "subtype">,
): string => {
  const labels = labelAll(draft.paragraphs);
  const at = locate(draft.paragraphs);
  const components = amendments.map((given, i) => {
    const a = "number" in given ? given.amendment : given;
    const content = a.language === language ? changesToAkn(changesOf(draft, at, a)) : el("p", { class: "translation-missing" });
    const justification = a.justification ? [el("amendmentJustification", {}, el("p", {}, escapeXml(a.justification)))] : [];
    const meta = aknMeta({ ...identity, type: "amendment", subtype: "amendment", name: `${identity.name}-${slug(a.id)}` }, language, true);
    const body = el("amendmentBody", {}, heading(given, labels, language), el("amendmentContent", {}, content), ...justification);
    return el("component", { eId: `cmp_${i + 1}` }, el("amendment", { name: "amendment" }, meta, body));
  });
  const collection = components.length ? components : [el("component", { eId: "cmp_1" }, el("interstitial", {}, el("p", {}, "No amendments.")))];
  const list = el(
    "amendmentList",
    { name: "amendmentList" },
    aknMeta({ ...identity, type: "amendmentList", subtype: "amendmentList" }, language),
    el("collectionBody", {}, ...collection),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NAMESPACE}">${list}</akomaNtoso>\n`;
};

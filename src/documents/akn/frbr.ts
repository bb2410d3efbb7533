import type { Language } from "../../domain/language.js";
import { el } from "./xml-write.js";

/** ISO 639-2 codes AKN uses for expressions. */
export const AKN_LANGUAGE: Record<Language, string> = { en: "eng", fr: "fra", es: "spa", ar: "ara" };

/** What identifies a document in AKN's FRBR metadata. */
export interface AknIdentity {
  /** Jurisdiction segment of the IRI; "int" for an international body. */
  readonly country?: string;
  /** Document type and subtype of the IRI, e.g. "statement" and "resolution". */
  readonly type: string;
  readonly subtype: string;
  /** Short name in the IRI, e.g. a symbol like "FEM-32-5"; only [a-z0-9-] is kept. */
  readonly name: string;
  /** ISO date of the version. */
  readonly date: string;
  /** The author body, e.g. "Standing Committee on Democracy and Human Rights". */
  readonly author: string;
}

/** Makes a string safe for an AKN IRI segment or an eId. */
export const slug = (text: string): string =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "x";

/**
 * The `meta` block: FRBR Work, Expression (one language) and Manifestation, and the author reference;
 * documents nested in a collection leave the references to the collection (eIds are unique per file).
 */
export const aknMeta = (id: AknIdentity, language: Language, nested = false): string => {
  const work = `/akn/${slug(id.country ?? "int")}/${slug(id.type)}/${slug(id.subtype)}/${id.date}/${slug(id.name)}`;
  const expression = `${work}/${AKN_LANGUAGE[language]}@${id.date}`;
  const author = el("FRBRauthor", { href: "#author" });
  const date = (name: string): string => el("FRBRdate", { date: id.date, name });
  return el(
    "meta",
    {},
    el(
      "identification",
      { source: "#rapporteur" },
      el(
        "FRBRWork",
        {},
        el("FRBRthis", { value: `${work}/!main` }),
        el("FRBRuri", { value: work }),
        date("adoption"),
        author,
        el("FRBRcountry", { value: slug(id.country ?? "int") }),
        el("FRBRsubtype", { value: slug(id.subtype) }),
        el("FRBRname", { value: id.subtype }),
      ),
      el(
        "FRBRExpression",
        {},
        el("FRBRthis", { value: `${expression}/!main` }),
        el("FRBRuri", { value: expression }),
        date("version"),
        author,
        el("FRBRlanguage", { language: AKN_LANGUAGE[language] }),
      ),
      el(
        "FRBRManifestation",
        {},
        el("FRBRthis", { value: `${expression}/!main.xml` }),
        el("FRBRuri", { value: `${expression}.akn` }),
        date("generation"),
        author,
      ),
    ),
    nested
      ? ""
      : el(
          "references",
          { source: "#rapporteur" },
          el("TLCOrganization", { eId: "rapporteur", href: "/ontology/organization/rapporteur", showAs: "Rapporteur" }),
          el("TLCOrganization", { eId: "author", href: `/ontology/organization/${slug(id.author)}`, showAs: id.author }),
        ),
  );
};

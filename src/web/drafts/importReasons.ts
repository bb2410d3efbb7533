import type { TFunction } from "i18next";
import { isolate } from "../components/isolate.js";
import type { ImportPreview } from "./types.js";

/** One reason of the import, as the preview sends it: a code and its values. */
export type ImportReason = ImportPreview["decisions"][number]["because"][number];

/** Values quoted from the file (a word, a label, an article's heading), isolated in the sentence: they keep their own direction. */
const QUOTED = new Set(["word", "mark", "label", "marker", "article", "letter"]);

/** A reason's values as the sentence takes them: kinds and roles in words, the file's own text isolated, numbers as numbers. */
const valuesOf = (t: TFunction, params: ImportReason["params"]): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (name === "kind") return [name, t(`drafts.kind.${String(value)}`)];
      if (name === "role") return [name, t(`drafts.frontMatter.roles.${String(value).replace(/ /g, "_")}`)];
      if (QUOTED.has(name)) return [name, isolate(String(value))];
      return [name, value];
    }),
  );

/** Why the import read a block as it did, in the interface language: each reason worded, joined as the language punctuates. */
export const reasonsInWords = (t: TFunction, reasons: readonly ImportReason[]): string =>
  reasons.map((r) => t(`importReason.${r.code}`, valuesOf(t, r.params))).join(t("importReason.separator"));

/** Where a block was in the file, in words ("line 12" → "السطر 12"); a path inside an XML file stays as it is, isolated. */
export const whereInWords = (t: TFunction, where: string): string => {
  const m = /^(line|paragraph|block) (\d+)$/.exec(where);
  return m ? t(`importReason.where.${m[1]}`, { n: Number(m[2]) }) : isolate(where);
};

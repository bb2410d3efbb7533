import { z } from "zod";
import { LANGUAGES } from "../domain/language.js";
import { amendmentListQuery } from "./amendments.js";

/** The table formats: CSV (UTF-8 with a byte order mark) and Excel. */
export const TABLE_FORMATS = ["csv", "xlsx"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const exportParams = z.strictObject({ id: z.string().min(1).max(100) });

/** Which format, and the language of the headers and of the texts chosen from each text's versions. */
export const tableExportQuery = z.strictObject({ format: z.enum(TABLE_FORMATS), lang: z.enum(LANGUAGES) });

/** The amendment table takes the amendment list's filters too. */
export const amendmentExportQuery = tableExportQuery.extend(amendmentListQuery.shape);

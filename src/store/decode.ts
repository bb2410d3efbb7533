import { z } from "zod";
import { DomainError } from "../domain/errors.js";
import { LANGUAGES } from "../domain/language.js";
import { WRITTEN_STATUSES, type MultilingualText } from "../domain/multilingual.js";

/** A stored row that does not decode: the data was written by something else than this code, or damaged. */
const damaged = (where: string, detail: string): DomainError =>
  new DomainError("internal", `Stored data in ${where} does not decode: ${detail}`);

/** Parses and checks one JSON column with its decoder; the one way a row's JSON becomes a typed value. */
export const decodeColumn = <S extends z.ZodType>(decoder: S, json: string, table: string, id: string): z.output<S> => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw damaged(`${table} ${id}`, "not JSON");
  }
  const result = decoder.safeParse(value);
  if (!result.success) throw damaged(`${table} ${id}`, result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return result.data;
};

/** Checks that a text column holds one of the allowed values. */
export const oneOf = <T extends string>(allowed: readonly T[], value: string, where: string): T => {
  if (!(allowed as readonly string[]).includes(value)) throw damaged(where, `unexpected value ${JSON.stringify(value)}`);
  return value as T;
};

/** A working language. */
export const languageDecoder = z.enum(LANGUAGES);

/** One written language version: its text, drafted or final. */
export const languageVersionDecoder = z.object({ text: z.string(), status: z.enum(WRITTEN_STATUSES) });

/** A multilingual text as stored: its original language and a version per language. */
export const multilingualDecoder: z.ZodType<MultilingualText> = z.object({
  original: languageDecoder,
  versions: z.partialRecord(languageDecoder, languageVersionDecoder),
}) as z.ZodType<MultilingualText>;

import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import { withVersion, type LanguageVersion, type MultilingualText } from "../../domain/multilingual.js";
import { draftData } from "../../store/columns/drafts.js";
import { decodeColumn } from "../../store/decode.js";
import type { WriteContext } from "../../store/write-context.js";

/** A translator's text of the enacting formula in one language, against the draft's version. */
export interface PrefaceTranslation {
  readonly text: string;
  readonly status: LanguageVersion["status"];
  readonly version: number;
}

/**
 * Records the enacting formula ("The 143rd Assembly of the Inter-Parliamentary Union,") in one more language.
 * Its original language changes only by re-import; the draft's version guards against a translator overwriting
 * another's work (stale → 409).
 */
export const translatePreface = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  language: Language,
  input: PrefaceTranslation,
): Promise<{ preface: MultilingualText; version: number }> => {
  if (!can(p, { kind: "translate_draft" }))
    throw new DomainError("forbidden", "Only translators of the secretariat supply language versions");
  const row = await ctx.trx.selectFrom("draft_resolutions").selectAll().where("id", "=", draftId).executeTakeFirst();
  if (!row || (row.published !== 1 && !can(p, { kind: "read_unpublished" }))) throw notFound("Draft resolution", draftId);
  if (row.version !== input.version) throw new DomainError("stale_version", `Draft ${row.symbol} changed since you loaded it`);
  const data = decodeColumn(draftData, row.data, "draft_resolutions", row.id);
  if (!data.preface)
    throw new DomainError("validation_failed", "This draft has no enacting formula to translate", [
      { path: "params.id", message: "no enacting formula" },
    ]);
  if (data.preface.original === language)
    throw new DomainError("validation_failed", "This is the formula's original language; it is not translated", [
      { path: "params.lang", message: "original language" },
    ]);
  const preface = withVersion(data.preface, language, { text: input.text, status: input.status });
  const version = row.version + 1;
  const updated = await ctx.trx
    .updateTable("draft_resolutions")
    .set({ data: JSON.stringify({ ...data, preface }), version })
    .where("id", "=", draftId)
    .where("version", "=", row.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `Draft ${row.symbol} changed meanwhile`);
  ctx.record({
    type: "draft_resolution.preface_translated",
    subject: `draft:${draftId}`,
    sittingId: row.sitting_id,
    scope: row.published === 1 ? "public" : "staff",
    payload: { draftId, language, status: input.status },
  });
  return { preface, version };
};

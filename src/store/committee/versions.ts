import type { Kysely } from "kysely";
import type { Outcome } from "../../domain/text/consolidation.js";
import type { Schema } from "../schema.js";
import { adoptedVersionData, revisionData } from "../columns/committee.js";
import { decodeColumn } from "../decode.js";

/** Where a paragraph of a revised draft came from: the paragraph it replaces, its labels and the amendments that shaped it. */
export interface ParagraphOrigin {
  readonly previousId: string | null;
  readonly previousLabel: string;
  readonly label: string | null;
  readonly outcome: Outcome;
  readonly amendments: readonly string[];
}

/** A revision: the new version of a draft, the renumbering and the origin of each new paragraph (and of each deleted one). */
export interface Revision {
  readonly fromDraftId: string;
  readonly toDraftId: string;
  readonly renumbering: Readonly<Record<string, string>>;
  readonly paragraphs: Readonly<Record<string, ParagraphOrigin>>;
  readonly deleted: readonly ParagraphOrigin[];
}

/** The revision that produced a draft, or null for an original draft. */
export const revisionInto = async (db: Kysely<Schema>, draftId: string): Promise<Revision | null> => {
  const row = await db
    .selectFrom("draft_versions")
    .selectAll()
    .where("to_draft_id", "=", draftId)
    .where("stage", "=", "revised")
    .executeTakeFirst();
  return row
    ? { ...decodeColumn(revisionData, row.data, "draft_versions", row.id), fromDraftId: row.from_draft_id, toDraftId: row.to_draft_id }
    : null;
};

/** Every revision (for forward provenance). */
export const allRevisions = async (db: Kysely<Schema>): Promise<Revision[]> =>
  (await db.selectFrom("draft_versions").selectAll().where("stage", "=", "revised").orderBy("created_at").execute()).map((row) => ({
    ...decodeColumn(revisionData, row.data, "draft_versions", row.id),
    fromDraftId: row.from_draft_id,
    toDraftId: row.to_draft_id,
  }));

const nextSymbol = (symbol: string): string => {
  const m = /^(.*)\/Rev\.(\d+)$/.exec(symbol);
  return m ? `${m[1]}/Rev.${Number(m[2]) + 1}` : `${symbol}/Rev.1`;
};

/** The symbol of the next revision of a draft, in the IPU's form: C-III/143/DR → C-III/143/DR/Rev.1 → …/Rev.2. */
export const nextRevisionSymbol = nextSymbol;

/** The versions of a draft, first to last: each with its stage and how it was reached. */
export const versionChain = async (db: Kysely<Schema>, draftId: string) => {
  const rows = await db.selectFrom("draft_versions").selectAll().orderBy("created_at").execute();
  let first = draftId;
  for (
    let r = rows.find((x) => x.to_draft_id === first && x.stage === "revised");
    r;
    r = rows.find((x) => x.to_draft_id === first && x.stage === "revised")
  )
    first = r.from_draft_id;
  const chain: string[] = [first];
  for (
    let r = rows.find((x) => x.from_draft_id === first && x.stage === "revised");
    r;
    r = rows.find((x) => x.from_draft_id === chain.at(-1) && x.stage === "revised")
  )
    chain.push(r.to_draft_id);
  const drafts = await db.selectFrom("draft_resolutions").select(["id", "symbol", "stage", "version"]).where("id", "in", chain).execute();
  return chain.map((id) => {
    const d = drafts.find((x) => x.id === id)!;
    const adoption = rows.find((x) => x.from_draft_id === id && x.stage === "adopted");
    const made = rows.find((x) => x.to_draft_id === id && x.stage === "revised");
    return {
      draftId: id,
      symbol: d.symbol,
      stage: d.stage,
      version: d.version,
      revisedFrom: made?.from_draft_id ?? null,
      revisedAt: made?.created_at ?? null,
      adoption: adoption
        ? { ...decodeColumn(adoptedVersionData, adoption.data, "draft_versions", adoption.id), at: adoption.created_at }
        : null,
    };
  });
};

import type { Kysely } from "kysely";
import type { DocumentKind } from "../../domain/model.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { found } from "./versioned.js";
import { decodeColumn } from "../decode.js";
import { documentData } from "../columns/setup.js";
import type { SittingId } from "../../domain/ids.js";

type ML = MultilingualText;

export interface DocumentFields {
  readonly symbol: string;
  readonly kind: DocumentKind;
  readonly date: string;
  readonly agendaItemId: string | null;
  readonly title: ML;
  readonly subtitle: ML | null;
  readonly sections: { key: string; heading: ML; paragraphs: ML[] }[];
  readonly footnotes: { number: number; text: ML; url: string | null }[];
}

/** A document of a sitting as set-up edits it. */
export interface DocumentSnapshot extends DocumentFields {
  readonly id: string;
  readonly sittingId: SittingId | null;
  readonly published: boolean;
  readonly version: number;
}

const toSnapshot = (row: Schema["documents"]): DocumentSnapshot => {
  const d = decodeColumn(documentData, row.data, "documents", row.id);
  return {
    id: row.id,
    sittingId: row.sitting_id,
    symbol: row.symbol,
    kind: row.kind,
    date: row.date,
    agendaItemId: row.agenda_item_id,
    title: d.title,
    subtitle: d.subtitle ?? null,
    sections: d.sections,
    footnotes: d.footnotes,
    published: row.published === 1,
    version: row.version,
  };
};

/** One document. */
export const loadDocument = async (db: Kysely<Schema>, id: string): Promise<DocumentSnapshot> =>
  toSnapshot(found(await db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst(), "Document", id));

/** The documents of a sitting, by symbol. */
export const listDocuments = async (db: Kysely<Schema>, sittingId: SittingId): Promise<DocumentSnapshot[]> =>
  (await db.selectFrom("documents").selectAll().where("sitting_id", "=", sittingId).orderBy("symbol").execute()).map(toSnapshot);

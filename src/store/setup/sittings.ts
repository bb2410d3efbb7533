import type { Kysely } from "kysely";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { found } from "./versioned.js";
import { decodeColumn } from "../decode.js";
import { sittingData, agendaItemData } from "../columns/setup.js";
import type { SittingId } from "../../domain/ids.js";

type ML = MultilingualText;

export interface SittingFields {
  readonly bodyId: string;
  readonly number: number;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: string;
  readonly venue: ML;
  readonly title: ML;
}

export interface AgendaItemSnapshot {
  readonly id: string;
  readonly number: string;
  readonly title: ML;
}

/** A sitting as set-up edits it; its agenda items share its version. */
export interface SittingSnapshot extends SittingFields {
  readonly id: SittingId;
  readonly eventId: string;
  readonly agenda: AgendaItemSnapshot[];
  readonly published: boolean;
  readonly version: number;
}

/** A sitting with its agenda, in order. */
export const loadSitting = async (db: Kysely<Schema>, id: SittingId): Promise<SittingSnapshot> => {
  const row = found(await db.selectFrom("sittings").selectAll().where("id", "=", id).executeTakeFirst(), "Sitting", id);
  const items = await db.selectFrom("agenda_items").selectAll().where("sitting_id", "=", id).orderBy("position").execute();
  const d = decodeColumn(sittingData, row.data, "sittings", row.id);
  return {
    id: row.id,
    eventId: row.event_id,
    bodyId: row.body_id,
    number: row.number,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    venue: d.venue,
    title: d.title,
    agenda: items.map((i) => ({ id: i.id, number: i.number, title: decodeColumn(agendaItemData, i.data, "agenda_items", i.id).title })),
    published: row.published === 1,
    version: row.version,
  };
};

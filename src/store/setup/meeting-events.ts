import type { Kysely } from "kysely";
import type { Language } from "../../domain/language.js";
import type { BodyKind } from "../../domain/model.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { found } from "./versioned.js";
import { decodeColumn } from "../decode.js";
import { eventData, bodyData } from "../columns/setup.js";

type ML = MultilingualText;

export interface EventFields {
  readonly name: ML;
  readonly place: ML;
  readonly organisation: ML;
  readonly tagline: ML;
  readonly hashtag: string | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly timeZone: string;
  readonly workingLanguages: Language[];
}

export interface BodyFields {
  readonly kind: BodyKind;
  readonly name: ML;
  readonly parentId: string | null;
}

export interface BodySnapshot extends BodyFields {
  readonly id: string;
  readonly key: string;
}

/** An event as set-up edits it: its fields and its bodies, which share the event's version. */
export interface EventSnapshot extends EventFields {
  readonly id: string;
  readonly key: string;
  readonly bodies: BodySnapshot[];
  readonly published: boolean;
  readonly version: number;
}

/** The event with its bodies; bodies are versioned with their event. */
export const loadEvent = async (db: Kysely<Schema>, id: string): Promise<EventSnapshot> => {
  const row = found(await db.selectFrom("meeting_events").selectAll().where("id", "=", id).executeTakeFirst(), "Event", id);
  const bodies = await db.selectFrom("bodies").selectAll().where("event_id", "=", id).orderBy("key").execute();
  const d = decodeColumn(eventData, row.data, "meeting_events", row.id);
  return {
    id: row.id,
    key: row.key,
    name: d.name,
    place: d.place,
    organisation: d.organisation,
    tagline: d.tagline,
    hashtag: d.hashtag ?? null,
    startDate: d.startDate,
    endDate: d.endDate,
    timeZone: d.timeZone,
    workingLanguages: d.workingLanguages,
    bodies: bodies.map((b) => ({
      id: b.id,
      key: b.key,
      kind: b.kind,
      name: decodeColumn(bodyData, b.data, "bodies", b.id).name,
      parentId: b.parent_id,
    })),
    published: row.published === 1,
    version: row.version,
  };
};

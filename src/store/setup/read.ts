import type { Kysely } from "kysely";
import type { RevisionKind } from "../../domain/setup/revisions.js";
import { notFound } from "../../domain/errors.js";
import { changedPaths } from "../../domain/setup/revisions.js";
import type { Schema } from "../schema.js";
import { listDocuments } from "./documents.js";
import { listGroups } from "./groups.js";
import { loadEvent } from "./meeting-events.js";
import { loadSitting } from "./sittings.js";
import { asId, type DiscussionGroupId } from "../../domain/ids.js";

/** Every event, published or not, for the set-up screens. */
export const listSetupEvents = async (db: Kysely<Schema>) => {
  const rows = await db.selectFrom("meeting_events").select("id").orderBy("key").execute();
  return Promise.all(rows.map((r) => loadEvent(db, r.id)));
};

/** An event with everything set-up edits: bodies, sittings with their agenda, documents and groups. */
export const loadSetupTree = async (db: Kysely<Schema>, eventId: string) => {
  const event = await loadEvent(db, eventId);
  const rows = await db.selectFrom("sittings").select("id").where("event_id", "=", eventId).orderBy("date").orderBy("start_time").execute();
  const sittings = await Promise.all(
    rows.map(async (r) => ({
      ...(await loadSitting(db, r.id)),
      documents: await listDocuments(db, r.id),
      groups: await listGroups(db, r.id),
    })),
  );
  return { event, sittings };
};

const TABLE: Record<RevisionKind, "meeting_events" | "sittings" | "documents" | "discussion_groups"> = {
  event: "meeting_events",
  sitting: "sittings",
  document: "documents",
  discussion_group: "discussion_groups",
};

/** Whether a subject is public now: a group is public with its sitting. */
const isPublished = async (db: Kysely<Schema>, kind: RevisionKind, id: string): Promise<boolean | null> => {
  if (kind === "discussion_group") {
    const row = await db
      .selectFrom("discussion_groups")
      .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
      .select("sittings.published")
      .where("discussion_groups.id", "=", asId<DiscussionGroupId>(id))
      .executeTakeFirst();
    return row ? row.published === 1 : null;
  }
  const row = await db.selectFrom(TABLE[kind]).select("published").where("id", "=", id).executeTakeFirst();
  return row ? row.published === 1 : null;
};

/**
 * The revisions of a subject, oldest first, each with the paths it changed. Readers who may not see
 * unpublished work see only the revisions made while the subject was published.
 */
export const listRevisions = async (db: Kysely<Schema>, kind: RevisionKind, id: string, seesUnpublished: boolean) => {
  const published = await isPublished(db, kind, id);
  if (published === null || (!published && !seesUnpublished)) throw notFound("Subject", `${kind}:${id}`);
  const rows = await db
    .selectFrom("revisions")
    .leftJoin("accounts", "accounts.id", "revisions.actor")
    .select([
      "revisions.version",
      "revisions.published",
      "revisions.data",
      "revisions.time",
      "revisions.actor",
      "accounts.name as actor_name",
    ])
    .where("revisions.subject", "=", `${kind}:${id}`)
    .orderBy("revisions.version")
    .execute();
  let previous: unknown = null;
  const all = rows.map((r) => {
    const data: unknown = JSON.parse(r.data);
    const changes = previous === null ? [] : changedPaths(previous, data);
    previous = data;
    return {
      version: r.version,
      time: r.time,
      actor: r.actor === null ? null : { id: r.actor, name: r.actor_name ?? "" },
      published: r.published === 1,
      changes,
      data,
    };
  });
  return { subject: `${kind}:${id}`, revisions: seesUnpublished ? all : all.filter((r) => r.published) };
};

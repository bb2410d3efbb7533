import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { Floor } from "../../store/group-work/floor.js";
import { readList, setProjectorPublished } from "../../store/group-work/lists.js";
import { projectorView, type ProjectorView } from "../../store/group-work/projector.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";
import { readsUnpublished } from "../../domain/authorization.js";
import { mayFollow } from "./floor.js";

/** What the hall's screen shows for a floor: for the public once published, before that for those who follow the floor. */
export const readProjectorView = async (db: Kysely<Schema>, p: Principal, floor: Floor, serverTime: string): Promise<ProjectorView> => {
  const stored = await readList(db, floor);
  if (!(stored.projectorPublished && floor.sittingPublished) && !(await mayFollow(db, p, floor)))
    throw new DomainError("forbidden", "This projector view is not published");
  return projectorView(db, readsUnpublished(p), floor, stored, serverTime);
};

/** Publishes or withdraws a floor's projector view: the secretariat's, asked before the floor is looked up. */
export const publishProjectorView = async (
  ctx: WriteContext,
  p: Principal,
  load: (db: Kysely<Schema>) => Promise<Floor>,
  published: boolean,
): Promise<{ key: string; projectorPublished: boolean }> => {
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat publishes a projector view");
  const floor = await load(ctx.trx);
  const stored = await setProjectorPublished(ctx, floor, published);
  ctx.record({
    type: published ? "projector.published" : "projector.withdrawn",
    subject: `speakers_list:${stored.id}`,
    sittingId: floor.sittingId,
    scope: floor.sittingPublished ? "public" : "staff",
    payload: { key: floor.key, groupId: floor.groupId, published },
  });
  return { key: floor.key, projectorPublished: stored.projectorPublished };
};

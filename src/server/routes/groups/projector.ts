import type { FastifyInstance } from "fastify";
import type { Principal } from "../../../domain/authorization.js";
import type { Store } from "../../../store/database.js";
import { type Floor } from "../../../store/group-work/floor.js";
import { loadGroupFloor, loadPlenaryFloor } from "../../../commands/groups/floor.js";
import { publishProjectorView, readProjectorView } from "../../../commands/groups/projector.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { presentInLanguage } from "../../present.js";
import { defineRoute } from "../../route.js";
import { idParams, langQuery, projectorSchema, publicationBody, publicationSchema } from "../../../api/groups.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

const FLOORS: readonly { base: string; what: string; load: (db: Store["db"], p: Principal, id: string) => Promise<Floor> }[] = [
  { base: "/api/v1/groups/{id}", what: "a discussion group", load: (db, p, id) => loadGroupFloor(db, p, asId<DiscussionGroupId>(id)) },
  { base: "/api/v1/sittings/{id}/plenary", what: "a plenary sitting", load: (db, p, id) => loadPlenaryFloor(db, p, asId<SittingId>(id)) },
];

/** The projector view of groups and plenary sittings, and its publication by the secretariat. */
export const registerProjectorRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  for (const { base, what, load } of FLOORS) {
    defineRoute(app, {
      method: "GET",
      url: `${base}/projector`,
      summary: `What the hall's screen shows for ${what}; the public reads it only once the secretariat published it`,
      tag: "projector",
      params: idParams,
      query: langQuery,
      response: projectorSchema,
      handler: async ({ principal, params, query }) => {
        const floor = await load(store.db, principal, params.id);
        return presentInLanguage(await readProjectorView(store.db, principal, floor, new Date().toISOString()), query.lang);
      },
    });

    defineRoute(app, {
      method: "PUT",
      url: `${base}/projector/publication`,
      summary: `Publish or withdraw the projector view of ${what} (secretariat)`,
      tag: "projector",
      params: idParams,
      body: publicationBody,
      response: publicationSchema,
      handler: async ({ raw, principal, params, body }) => {
        const account = requireAccount(raw);
        const floorOf = (db: Store["db"]) => load(db, principal, params.id);
        return (await writer.run(account.id, (ctx) => publishProjectorView(ctx, principal, floorOf, body.published))).result;
      },
    });
  }
};

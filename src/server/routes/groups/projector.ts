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
import { routes } from "../../../api/routes.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

type LoadFloor = (db: Store["db"], p: Principal, id: string) => Promise<Floor>;
const r = routes.projector;
const FLOORS = [
  {
    what: "a discussion group",
    load: ((db, p, id) => loadGroupFloor(db, p, asId<DiscussionGroupId>(id))) as LoadFloor,
    contract: { get: r.groupGet, publish: r.groupPublish },
  },
  {
    what: "a plenary sitting",
    load: ((db, p, id) => loadPlenaryFloor(db, p, asId<SittingId>(id))) as LoadFloor,
    contract: { get: r.plenaryGet, publish: r.plenaryPublish },
  },
] as const;

/** The projector view of groups and plenary sittings, and its publication by the secretariat. */
export const registerProjectorRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  for (const { what, load, contract } of FLOORS) {
    defineRoute(app, contract.get, {
      summary: `What the hall's screen shows for ${what}; the public reads it only once the secretariat published it`,
      tag: "projector",
      handler: async ({ principal, params, query }) => {
        const floor = await load(store.db, principal, params.id);
        return presentInLanguage(await readProjectorView(store.db, principal, floor, new Date().toISOString()), query.lang);
      },
    });

    defineRoute(app, contract.publish, {
      summary: `Publish or withdraw the projector view of ${what} (secretariat)`,
      tag: "projector",
      handler: async ({ raw, principal, params, body }) => {
        const account = requireAccount(raw);
        const floorOf = (db: Store["db"]) => load(db, principal, params.id);
        return (await writer.run(account.id, (ctx) => publishProjectorView(ctx, principal, floorOf, body.published))).result;
      },
    });
  }
};

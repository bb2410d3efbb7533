import type { FastifyInstance } from "fastify";
import type { Principal } from "../../../domain/authorization.js";
import { DomainError } from "../../../domain/errors.js";
import { turnSeconds } from "../../../domain/speakers/turn.js";
import type { Store } from "../../../store/database.js";
import { floorCandidates } from "../../../store/group-work/candidates.js";
import { type Floor } from "../../../store/group-work/floor.js";
import { loadGroupFloor, loadPlenaryFloor, mayFollow, mayRun } from "../../../commands/groups/floor.js";
import { listClosedRequests, readList } from "../../../store/group-work/lists.js";
import { presentList, presentRequest } from "../../../store/group-work/present.js";
import { closedRequestFromRow } from "../../../store/group-work/turns.js";
import { runSpeakersCommand } from "../../../commands/speakers/run.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { routes } from "../../../api/routes.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

type LoadFloor = (db: Store["db"], p: Principal, id: string) => Promise<Floor>;

const s = routes.speakers;
const FLOORS = [
  {
    what: "a discussion group",
    load: ((db, p, id) => loadGroupFloor(db, p, asId<DiscussionGroupId>(id))) as LoadFloor,
    contract: { list: s.groupList, commands: s.groupCommand, turns: s.groupTurns, candidates: s.groupCandidates },
  },
  {
    what: "a plenary sitting",
    load: ((db, p, id) => loadPlenaryFloor(db, p, asId<SittingId>(id))) as LoadFloor,
    contract: { list: s.plenaryList, commands: s.plenaryCommand, turns: s.plenaryTurns, candidates: s.plenaryCandidates },
  },
] as const;

/** Refuses to show a list to someone who may neither take part in it, run it, nor oversee it. */
const followable = async (store: Store, p: Principal, floor: Floor): Promise<Floor> => {
  if (!(await mayFollow(store.db, p, floor)))
    throw new DomainError(
      "forbidden",
      floor.groupId
        ? "Only the group's members and the staff follow its speakers list"
        : "Only the sitting's participants and the staff follow its speakers list",
    );
  return floor;
};

/** Speakers lists of discussion groups and plenary sittings: read, command, and the record of turns. */
export const registerSpeakerRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  for (const { what, load, contract } of FLOORS) {
    defineRoute(app, contract.list, {
      summary: `The speakers list of ${what}: current turn, queue in calling order, server time`,
      tag: "speakers",
      handler: async ({ principal, params }) => {
        const floor = await followable(store, principal, await load(store.db, principal, params.id));
        return presentList(floor, await readList(store.db, floor), new Date().toISOString());
      },
    });

    defineRoute(app, contract.commands, {
      summary: `Ask for or withdraw the floor, a reply or a point of order; the chair adds, skips, removes, re-adds, marks as spoken, calls, ends, reorders, closes and reopens, and sets question, paragraph, alternation, time limit and delegation quota (${what})`,
      tag: "speakers",
      bodyLimit: 64 * 1024,
      handler: async ({ raw, principal, params, body }) => {
        const account = requireAccount(raw);
        const floor = await load(store.db, principal, params.id);
        const { result } = await writer.run(account.id, (ctx) => runSpeakersCommand(ctx, principal, floor, body));
        return presentList(floor, result, new Date().toISOString());
      },
    });

    defineRoute(app, contract.turns, {
      summary: `Finished turns (who spoke, from when to when, on which question, in the hall or remotely), withdrawn and absent requests of ${what}`,
      tag: "speakers",
      handler: async ({ principal, params }) => {
        const floor = await followable(store, principal, await load(store.db, principal, params.id));
        const rows = await listClosedRequests(store.db, floor);
        return {
          key: floor.key,
          requests: rows.map((row) => {
            const r = closedRequestFromRow(row);
            return { ...presentRequest(r), seconds: turnSeconds(r) };
          }),
        };
      },
    });

    defineRoute(app, contract.candidates, {
      summary: `Who the chair may put on the speakers list on their behalf (${what})`,
      tag: "speakers",
      handler: async ({ principal, params }) => {
        const floor = await load(store.db, principal, params.id);
        if (!mayRun(principal, floor))
          throw new DomainError(
            "forbidden",
            floor.groupId
              ? "Only the group's chair adds speakers on their behalf"
              : "Only the presiding officer adds speakers on their behalf",
          );
        const people = await floorCandidates(store.db, floor);
        return {
          key: floor.key,
          people: people.map((s) => ({ accountId: s.accountId as string, name: s.name, parliament: s.parliament })),
        };
      },
    });
  }
};

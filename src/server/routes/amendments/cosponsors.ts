import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { answerCosponsorship, inviteCosponsors } from "../../../commands/amendments/cosponsors.js";
import { amendmentCosponsors, cosponsorInvitations } from "../../../commands/amendments/cosponsor-views.js";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { asId, type AccountId } from "../../../domain/ids.js";

/** Co-sponsors of amendments: the author invites delegations, the invited accept or decline, on the invitee's task list. */
export const registerCosponsorRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.cosponsors.list, {
    summary: "An amendment's invitations to co-sponsor and where each stands, with the delegations the reader may still invite",
    tag: "amendments",
    handler: async ({ principal, params }) => amendmentCosponsors(store.db, principal, params.id),
  });

  defineRoute(app, routes.cosponsors.invite, {
    summary: "Invite delegations (or one member of a delegation) to co-sponsor an amendment",
    tag: "amendments",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const invitations = body.invitations.map((i) => ({ ...i, accountId: i.accountId === null ? null : asId<AccountId>(i.accountId) }));
      await writer.run(account.id, (ctx) => inviteCosponsors(ctx, principal, params.id, invitations));
      return amendmentCosponsors(store.db, principal, params.id);
    },
  });

  defineRoute(app, routes.cosponsors.answer, {
    summary: "Accept or decline an invitation to co-sponsor (the invited delegation), or withdraw it or a co-sponsor's name",
    tag: "amendments",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => answerCosponsorship(ctx, principal, params.id, body.step, body.version));
      // The invited may answer for a draft amendment they cannot read: they get their own invitation back.
      const view = await amendmentCosponsors(store.db, principal, result.amendment.amendment.id).catch(() => null);
      return (
        view ?? {
          amendmentId: result.amendment.amendment.id as string,
          number: result.amendment.number,
          cosponsorships: [],
          choices: [],
          permissions: { invite: false },
        }
      );
    },
  });

  defineRoute(app, routes.cosponsors.mine, {
    summary: "The invitations to co-sponsor an amendment waiting for the caller's answer (for them or their delegation)",
    tag: "tasks",
    handler: async ({ raw, principal }) => {
      requireAccount(raw);
      return cosponsorInvitations(store.db, principal);
    },
  });
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { slideSchema } from "../../../api/projector.js";
import type { projectorStepBody } from "../../../api/projector.js";
import { createProjector, type IssuedProjector } from "../../../commands/projector/create.js";
import { editProjector, reissueProjectorAddress } from "../../../commands/projector/edit.js";
import { operateProjector, type ProjectorRequest } from "../../../commands/projector/operate.js";
import type { Slide } from "../../../domain/projector/slides.js";
import type { Principal } from "../../../domain/authorization.js";
import { DomainError } from "../../../domain/errors.js";
import type { Store } from "../../../store/database.js";
import { reportPresentation } from "../../../commands/projector/presentation.js";
import { previewSlide, projectorsOfSitting } from "../../../commands/projector/read.js";
import { projectorByToken } from "../../../store/projector/rows.js";
import { slideView } from "../../../store/projector/view.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { presentProjector, screenAddress } from "./present.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

type SlideInput = z.output<typeof slideSchema>;

/** A slide as parsed, with the group a report page names branded as a group's id. */
const slideOf = (slide: SlideInput): Slide =>
  slide.kind === "group_report" ? { ...slide, groupId: asId<DiscussionGroupId>(slide.groupId) } : slide;

/** A projector step as parsed, its slide branded. */
const stepOf = (step: z.output<typeof projectorStepBody>["step"]): ProjectorRequest =>
  step.type === "show" || step.type === "enqueue" ? { ...step, slide: slideOf(step.slide) } : step;

const issued = (r: IssuedProjector, p: Principal) => ({ projector: presentProjector(r.projector, p), address: screenAddress(r.token) });

/** Hall screens: set up by the secretariat, controlled by it or the floor's chair, read by the hall through its address. */
export const registerProjectorScreenRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.projectors.list, {
    summary: "The hall screens of a sitting the reader controls, with the drafts and votes a slide can show",
    tag: "projector",
    handler: async ({ principal, params }) => {
      const { projectors, manage, ...rest } = await projectorsOfSitting(store.db, principal, asId<SittingId>(params.id));
      return { ...rest, projectors: projectors.map((s) => presentProjector(s, principal)), permissions: { manage } };
    },
  });

  defineRoute(app, routes.projectors.create, {
    summary: "Set up a hall screen for the plenary or a group of the sitting (secretariat); its address is shown once",
    tag: "projector",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        createProjector(ctx, principal, asId<SittingId>(params.id), {
          ...body,
          groupId: body.groupId === null ? null : asId<DiscussionGroupId>(body.groupId),
        }),
      );
      return issued(result, principal);
    },
  });

  defineRoute(app, routes.projectors.edit, {
    summary: "Rename a hall screen or change its hall language (secretariat)",
    tag: "projector",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => editProjector(ctx, principal, params.id, body));
      return presentProjector(result, principal);
    },
  });

  defineRoute(app, routes.projectors.reissue, {
    summary: "Give a hall screen a new address; the old one stops working at once (secretariat)",
    tag: "projector",
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => reissueProjectorAddress(ctx, principal, params.id));
      return issued(result, principal);
    },
  });

  defineRoute(app, routes.projectors.step, {
    summary: "Show a slide, prepare one, project the next, or take one out of the queue (secretariat, chair, presiding officer)",
    tag: "projector",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        operateProjector(ctx, principal, params.id, { version: body.version, step: stepOf(body.step) }),
      );
      return presentProjector(result, principal);
    },
  });

  defineRoute(app, routes.projectors.preview, {
    summary: "A slide as the hall would show it, before it is projected (its controllers)",
    tag: "projector",
    handler: async ({ principal, params, body }) =>
      previewSlide(store.db, principal, params.id, slideOf(body.slide), new Date().toISOString()),
  });

  defineRoute(app, routes.projectors.reportPresentation, {
    summary: "A group's report as the hall shows it, and the screens of its body it may go on (its rapporteur and chair, the staff)",
    tag: "projector",
    handler: async ({ principal, params, reply }) => {
      reply.header("Cache-Control", "no-store");
      return reportPresentation(store.db, principal, asId<DiscussionGroupId>(params.id));
    },
  });

  defineRoute(app, routes.projectors.hall, {
    summary: "What a hall screen shows now, read through its address alone; a re-issued address is refused",
    tag: "projector",
    handler: async ({ params, reply }) => {
      const s = await projectorByToken(store.db, params.token);
      if (!s) throw new DomainError("not_found", "This hall screen's address is not valid any more; ask the secretariat for the new one");
      reply.header("Cache-Control", "no-store");
      reply.header("Referrer-Policy", "no-referrer");
      const now = new Date().toISOString();
      const { current, shownAt } = s.projection;
      return {
        projectorId: s.id as string,
        sittingId: s.sittingId as string,
        name: s.name,
        language: s.language,
        shownAt,
        serverTime: now,
        slide: await slideView(store.db, s, current, shownAt, now),
      };
    },
  });
};

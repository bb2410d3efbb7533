import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import { visibleDraft } from "../../../commands/drafts/read.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { deadlineOf, type DeadlineView } from "../../../store/amendments/deadlines.js";
import { setDeadline } from "../../../commands/amendments/deadline.js";
import { submitAdoption, submitAmendment } from "../../../commands/amendments/submit.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";

const present = (draftId: string, d: DeadlineView, now: Date) => ({ draftId, ...d, passed: now.getTime() > Date.parse(d.instant) });
const brief = (s: StoredAmendment & { late: boolean }) => ({
  id: s.amendment.id as string,
  number: s.number,
  status: s.amendment.status,
  version: s.version,
  late: s.late,
});

/** Deadlines per draft and submissions to the committee, judged on the server clock in the event's time zone. */
export const registerSubmissionRoutes = (
  app: FastifyInstance,
  store: Store,
  writer: Writer,
  clock: () => Date = () => new Date(),
): void => {
  defineRoute(app, routes.submissions.deadline, {
    summary: "The deadline for amendments to a draft, in the event's time zone",
    tag: "submissions",
    handler: async ({ principal, params }) => {
      await visibleDraft(store.db, principal, params.id);
      const d = await deadlineOf(store.db, params.id);
      return { deadline: d ? present(params.id, d, clock()) : null };
    },
  });

  defineRoute(app, routes.submissions.setDeadline, {
    summary: "Set or move the deadline for amendments (secretariat)",
    tag: "submissions",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => setDeadline(ctx, principal, params.id, body));
      return present(params.id, result, clock());
    },
  });

  defineRoute(app, routes.submissions.submitAmendment, {
    summary: "Submit an amendment to the committee before the deadline (late only with the secretariat's acceptance)",
    tag: "submissions",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => submitAmendment(ctx, principal, params.id, body.version, body));
      return brief(result);
    },
  });

  defineRoute(app, routes.submissions.submitAdoption, {
    summary: "Submit the amendments a body adopted to the committee in charge",
    tag: "submissions",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => submitAdoption(ctx, principal, params.id, body));
      return { amendments: result.map(brief) };
    },
  });
};

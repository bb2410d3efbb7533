import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { asId, type AmendmentId } from "../../../domain/ids.js";
import { compileAmendments } from "../../../domain/decisions/compilation.js";
import { isBeforeTheBody } from "../../../domain/text/amendment.js";
import type { AmendmentTransition } from "../../../domain/text/amendment-workflow.js";
import { labelAll } from "../../../domain/text/labels.js";
import { votingOrderOnce } from "../../../domain/text/shared-results.js";
import { decisionsOn } from "../../../store/committee/committee.js";
import { adoptResolution, reviseDraft } from "../../../commands/drafts/versions.js";
import { versionChain } from "../../../store/committee/versions.js";
import type { Store } from "../../../store/database.js";
import { visibleDraft } from "../../../commands/drafts/read.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { presentVotingOrder } from "../amendments/voting.js";
import { defineRoute } from "../../route.js";
import { createCompromise } from "../../../commands/amendments/compromise.js";
import { decideForCommittee } from "../../../commands/amendments/committee-decision.js";
import { reopenCommitteeDecision } from "../../../commands/amendments/reopen.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";
import { listAmendments } from "../../../commands/amendments/read.js";
import { lastPosition } from "../../../store/events.js";
import { viewerKey } from "../../etag.js";
import { ResponseCache } from "../../response-cache.js";

const brief = (s: StoredAmendment) => ({ id: s.amendment.id as string, number: s.number, status: s.amendment.status, version: s.version });

/** The committee: the compiled list, decisions on each amendment, compromises, the revised draft and the adoption of the resolution. */
export const registerCommitteeRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const compilations = new ResponseCache(100, 64 * 1024 * 1024);
  defineRoute(app, routes.committee.compilation, {
    summary: "Every amendment by paragraph and author (identical texts once with all authors), with the voting order",
    tag: "committee",
    // Which amendments a reader sees depends on the reader: one answer per reader and state of the log.
    config: { etag: "position" },
    cache: {
      store: compilations,
      position: () => lastPosition(store.db),
      key: ({ params, principal, query }) => `${params.id}|${viewerKey(principal)}|${query.texts ?? "with"}`,
    },
    handler: async ({ principal, params, query }) => {
      const draft = await visibleDraft(store.db, principal, params.id);
      const amendments = await listAmendments(store.db, principal, draft.id);
      const before = amendments.map((s) => s.amendment).filter(isBeforeTheBody);
      const texts = query.texts !== "without";
      return {
        draftId: draft.id,
        places: compileAmendments(draft.text, amendments).map((p) => ({
          ...p,
          wordings: p.wordings.map(({ text, ...w }) => ({
            ...w,
            ...(texts ? { text } : {}),
            amends: w.amends as string | null,
            authors: [...w.authors],
            amendments: w.amendments.map((a) => ({ ...a, id: a.id as string })),
          })),
        })),
        votingOrder: presentVotingOrder(votingOrderOnce(draft.text, before)),
      };
    },
  });

  defineRoute(app, routes.committee.decide, {
    summary: "Record the committee's (or its drafting group's) decision on an amendment and how it was taken",
    tag: "committee",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const transition: AmendmentTransition =
        body.transition.type === "merge" ? { type: "merge", into: asId<AmendmentId>(body.transition.into) } : body.transition;
      const { result } = await writer.run(account.id, (ctx) => decideForCommittee(ctx, principal, params.id, { ...body, transition }));
      return {
        amendment: {
          ...brief(result),
          mergedInto: (result.amendment.mergedInto as string | undefined) ?? null,
          revisedText: result.amendment.revisedText ?? null,
        },
        decisions: await decisionsOn(store.db, [params.id]),
      };
    },
  });

  defineRoute(app, routes.committee.reopen, {
    summary: "The secretariat reopens the committee's decision on an amendment, saying why; it awaits a decision again",
    tag: "committee",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => reopenCommitteeDecision(ctx, principal, params.id, body));
      return { amendment: brief(result) };
    },
  });

  defineRoute(app, routes.committee.compromise, {
    summary: "Write a compromise text on one paragraph and merge the amendments it replaces into it",
    tag: "committee",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => createCompromise(ctx, principal, params.id, body));
      return { compromise: brief(result.compromise), merged: result.merged.map(brief) };
    },
  });

  defineRoute(app, routes.committee.revise, {
    summary: "Produce the revised draft: consolidation with renumbering, saved as a new version",
    tag: "committee",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => reviseDraft(ctx, principal, params.id, body.version));
      const revised = await visibleDraft(store.db, principal, result.revision.toDraftId);
      const labels = labelAll(revised.text.paragraphs);
      return {
        draftId: params.id,
        revisedDraftId: revised.id,
        symbol: result.symbol,
        stage: result.stage,
        renumbering: { ...result.revision.renumbering },
        paragraphs: revised.text.paragraphs.map((p) => ({
          id: p.id as string,
          label: labels.get(p.id) ?? "",
          kind: p.kind,
          text: p.text,
          origin: result.revision.paragraphs[p.id] ?? null,
        })),
        deleted: [...result.revision.deleted],
      };
    },
  });

  defineRoute(app, routes.committee.adopt, {
    summary: "Record the adoption of the resolution as a whole, with its vote or consensus",
    tag: "committee",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => adoptResolution(ctx, principal, params.id, body))).result;
    },
  });

  defineRoute(app, routes.committee.versions, {
    summary: "The versions of a draft resolution (draft → revised → adopted), with how each was reached",
    tag: "committee",
    handler: async ({ principal, params }) => {
      await visibleDraft(store.db, principal, params.id);
      return { versions: await versionChain(store.db, params.id) };
    },
  });
};

import type { FastifyInstance } from "fastify";
import { asId, type AmendmentId, type ParagraphId } from "../../../domain/ids.js";
import { isBeforeTheBody } from "../../../domain/text/amendment.js";
import { consolidate } from "../../../domain/text/consolidate.js";
import { renderTrackedChangesHtml } from "../../../domain/text/tracked-changes.js";
import { votingOrder } from "../../../domain/text/voting-order.js";
import type { Store } from "../../../store/database.js";
import { loadDraft, type StoredDraft } from "../../../store/drafts.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { amendmentBasics } from "./present.js";
import { defineRoute } from "../../route.js";
import {
  amendmentListSchema,
  amendmentSchema,
  consolidationQuery,
  consolidationSchema,
  draftParams,
  proposeBody,
  transitionBody,
} from "../../../api/amendments.js";
import { transitionAmendment } from "../../../commands/amendments/transition.js";
import { listAmendments, type StoredAmendment } from "../../../store/amendments/rows.js";
import { proposeAmendment } from "../../../commands/amendments/propose.js";

/** An amendment with its label, its workflow fields and its tracked changes against the paragraph it targets. */
const present = (draft: StoredDraft, s: StoredAmendment) => {
  const a = s.amendment;
  return {
    ...amendmentBasics(draft, s),
    revisedText: a.revisedText ?? null,
    mergedInto: (a.mergedInto as string | undefined) ?? null,
    author: a.author ?? null,
    coSponsors: [...(a.coSponsors ?? [])],
    provenance: a.provenance ?? null,
    createdAt: s.createdAt,
  };
};

/** Amendments to a draft resolution, their workflow, and the consolidated text with conflicts and voting order. */
export const registerDraftRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/drafts/{id}/amendments",
    summary: "Amendments to a draft resolution, with their tracked changes",
    tag: "amendments",
    params: draftParams,
    response: amendmentListSchema,
    handler: async ({ principal, params }) => {
      const draft = await loadDraft(store.db, principal, params.id);
      return { amendments: (await listAmendments(store.db, principal, draft.id)).map((a) => present(draft, a)) };
    },
  });

  defineRoute(app, {
    method: "POST",
    url: "/api/v1/drafts/{id}/amendments",
    summary: "Propose an amendment (amend, insert, delete, amend the title)",
    tag: "amendments",
    params: draftParams,
    body: proposeBody,
    response: amendmentSchema,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const draft = await loadDraft(store.db, principal, params.id);
      const fields = {
        language: body.language,
        author: body.author,
        coSponsors: body.coSponsors,
        justification: body.justification,
        provenance: body.provenance,
        submit: body.submit,
      };
      const input =
        body.action === "amend" || body.action === "delete"
          ? { ...fields, action: body.action, target: asId<ParagraphId>(body.target), text: body.action === "amend" ? body.text : null }
          : body.action === "insert"
            ? { ...fields, action: body.action, after: body.after === null ? null : asId<ParagraphId>(body.after), kind: body.kind, text: body.text }
            : { ...fields, action: body.action, text: body.text };
      const { result } = await writer.run(account.id, (ctx) => proposeAmendment(ctx, principal, draft, input));
      return present(draft, result);
    },
  });

  defineRoute(app, {
    method: "POST",
    url: "/api/v1/amendments/{id}/transitions",
    summary: "Submit, withdraw, accept, reject, accept as revised or merge an amendment",
    tag: "amendments",
    params: draftParams,
    body: transitionBody,
    response: amendmentSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const action =
        body.transition.type === "merge" ? { type: "merge" as const, into: asId<AmendmentId>(body.transition.into) } : body.transition;
      const { result } = await writer.run(account.id, (ctx) => transitionAmendment(ctx, principal, params.id, action, body.version));
      return present(await loadDraft(store.db, principal, result.draftId), result);
    },
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/drafts/{id}/consolidation",
    summary: "The text with accepted amendments applied, conflicts, renumbering and voting order",
    tag: "amendments",
    params: draftParams,
    query: consolidationQuery,
    response: consolidationSchema,
    handler: async ({ principal, params, query }) => {
      const draft = await loadDraft(store.db, principal, params.id);
      const amendments = (await listAmendments(store.db, principal, draft.id)).map((s) => s.amendment).filter((a) => a.status !== "draft");
      const result = consolidate(draft.text, amendments, query.lang ? { language: query.lang } : {});
      const withHtml = <T extends { changes: readonly { op: "equal" | "insert" | "delete"; text: string }[] }>(x: T) => ({
        ...x,
        changes: [...x.changes],
        html: renderTrackedChangesHtml(x.changes),
      });
      return {
        language: result.language,
        title: result.title ? { html: renderTrackedChangesHtml(result.title.changes), changes: [...result.title.changes], amendments: [...result.title.amendments] } : null,
        paragraphs: result.paragraphs.map((p) => ({
          ...withHtml(p),
          amendments: [...p.amendments],
          subParagraphs: p.subParagraphs.map((s) => ({ ...withHtml(s), amendments: [...s.amendments] })),
        })),
        renumbering: { ...result.renumbering },
        conflicts: result.conflicts.map((c) => ({ target: c.target as string, label: c.label, amendments: [...c.amendments] })),
        votingOrder: votingOrder(draft.text, amendments.filter(isBeforeTheBody)).map((v) => ({
          target: v.target,
          label: v.label,
          order: [...v.order],
          falls: Object.fromEntries(Object.entries(v.falls).map(([k, ids]) => [k, [...ids]])),
        })),
      };
    },
  });
};

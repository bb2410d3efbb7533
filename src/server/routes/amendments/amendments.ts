import { routes } from "../../../api/routes.js";
import type { Principal } from "../../../domain/authorization.js";
import type { FastifyInstance } from "fastify";
import { asId, type AmendmentId } from "../../../domain/ids.js";
import type { Store } from "../../../store/database.js";
import type { StoredDraft } from "../../../store/drafts.js";
import { visibleDraft } from "../../../commands/drafts/read.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { amendmentBasics, listedAmendmentBasics } from "./present.js";
import { presentConsolidation } from "./consolidation.js";
import { consolidateOnce } from "../../../domain/text/shared-results.js";
import { defineRoute } from "../../route.js";
import { viewerKey } from "../../etag.js";
import { ResponseCache } from "../../response-cache.js";
import { lastPosition } from "../../../store/events.js";
import { transitionAmendment } from "../../../commands/amendments/transition.js";
import { storedAmendments, type StoredAmendment } from "../../../store/amendments/rows.js";
import { listAmendments } from "../../../commands/amendments/read.js";
import { proposalInput, proposeAmendment } from "../../../commands/amendments/propose.js";
import { authorOptions } from "../../../commands/amendments/authorship.js";
import { filterAmendments } from "./filter.js";

/** An amendment's workflow fields: whom it amends, revision and merge, authors, provenance. */
const workflow = (s: StoredAmendment) => {
  const a = s.amendment;
  return {
    parent: (a.parent as string | undefined) ?? null,
    revisedText: a.revisedText ?? null,
    mergedInto: (a.mergedInto as string | undefined) ?? null,
    author: a.author ?? null,
    paper: a.paper === true,
    coSponsors: [...(a.coSponsors ?? [])],
    provenance: a.provenance ?? null,
    createdAt: s.createdAt,
  };
};

/** An amendment with its label, its workflow fields and its tracked changes against the paragraph (or the amendment) it amends. */
const present = (draft: StoredDraft, s: StoredAmendment, all: readonly StoredAmendment[]) => {
  const parent = s.amendment.parent ? all.find((p) => p.amendment.id === s.amendment.parent) : undefined;
  return { ...amendmentBasics(draft, s, parent), ...workflow(s) };
};

/** The amendments of a list, in one pass: their changes name the words kept from the wording amended by their place in it. */
const presentList = (
  draft: StoredDraft,
  all: readonly StoredAmendment[],
  byId: ReadonlyMap<string, StoredAmendment> = new Map(all.map((s) => [s.amendment.id as string, s])),
) => {
  return all.map((s) => {
    const parent = s.amendment.parent ? byId.get(s.amendment.parent) : undefined;
    return { ...listedAmendmentBasics(draft, s, parent), ...workflow(s) };
  });
};

/** Amendments to a draft resolution, their workflow, and the consolidated text with conflicts and voting order. */
export const registerAmendmentRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const lists = new ResponseCache(100, 64 * 1024 * 1024);
  /** The draft as the reader may see it and its tabled amendments (drafts left out), which the consolidation applies. */
  const tabled = async (principal: Principal, id: string) => {
    const draft = await visibleDraft(store.db, principal, id);
    const amendments = (await listAmendments(store.db, principal, draft.id)).map((s) => s.amendment).filter((a) => a.status !== "draft");
    return { draft, amendments };
  };
  defineRoute(app, routes.amendments.list, {
    summary: "Amendments to a draft resolution, with their tracked changes",
    tag: "amendments",
    // Who sees which amendment depends on the reader: one answer per reader, filters and state of the log.
    config: { etag: "position" },
    cache: {
      store: lists,
      position: () => lastPosition(store.db),
      key: ({ params, principal, query }) => `${params.id}|${viewerKey(principal)}|${JSON.stringify(query ?? {})}`,
    },
    handler: async ({ principal, params, query }) => {
      const draft = await visibleDraft(store.db, principal, params.id);
      const all = await listAmendments(store.db, principal, draft.id);
      const shown = filterAmendments(draft, all, query);
      // A sub-amendment's changes read against the amendment it amends, which the filters may leave out.
      const byId = new Map(all.map((s) => [s.amendment.id as string, s]));
      return { amendments: presentList(draft, shown, byId) };
    },
  });

  defineRoute(app, routes.amendments.propose, {
    summary: "Propose an amendment (amend, insert, delete, amend the title)",
    tag: "amendments",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const draft = await visibleDraft(store.db, principal, params.id);
      const tabled = await listAmendments(store.db, principal, draft.id);
      const input = proposalInput(draft, tabled, body);
      const { result } = await writer.run(account.id, (ctx) => proposeAmendment(ctx, principal, draft, input));
      return present(draft, result, tabled);
    },
  });

  defineRoute(app, routes.amendments.authorChoices, {
    summary: "Whom the caller may name as author and co-sponsors of an amendment to a draft, and whether they may enter a paper amendment",
    tag: "amendments",
    handler: async ({ principal, params }) => authorOptions(store.db, principal, await visibleDraft(store.db, principal, params.id)),
  });

  defineRoute(app, routes.amendments.transition, {
    summary: "Submit, withdraw, accept, reject, accept as revised or merge an amendment",
    tag: "amendments",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const action =
        body.transition.type === "merge" ? { type: "merge" as const, into: asId<AmendmentId>(body.transition.into) } : body.transition;
      const { result } = await writer.run(account.id, (ctx) => transitionAmendment(ctx, principal, params.id, action, body.version));
      return present(await visibleDraft(store.db, principal, result.draftId), result, await storedAmendments(store.db, result.draftId));
    },
  });

  defineRoute(app, routes.amendments.consolidation, {
    summary: "The text with accepted amendments applied, conflicts with their disputed words, merges, sub-amendments and voting order",
    tag: "amendments",
    config: { etag: "position" },
    cache: {
      store: lists,
      position: () => lastPosition(store.db),
      key: ({ params, principal, query }) => `consolidation|${params.id}|${viewerKey(principal)}|${query.lang ?? ""}`,
    },
    handler: async ({ principal, params, query }) => {
      const { draft, amendments } = await tabled(principal, params.id);
      return presentConsolidation(draft.text, amendments, query.lang);
    },
  });

  defineRoute(app, routes.amendments.renumbering, {
    summary: "Where each paragraph's label moves once the accepted amendments are applied, without the consolidated text",
    tag: "amendments",
    config: { etag: "position" },
    cache: {
      store: lists,
      position: () => lastPosition(store.db),
      key: ({ params, principal }) => `renumbering|${params.id}|${viewerKey(principal)}`,
    },
    handler: async ({ principal, params }) => {
      const { draft, amendments } = await tabled(principal, params.id);
      return { renumbering: { ...consolidateOnce(draft.text, amendments, {}).renumbering } };
    },
  });
};

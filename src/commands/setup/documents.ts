import { publicationStep } from "../../domain/setup/publication.js";
import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import type { SittingId } from "../../domain/ids.js";
import { checkFootnotes } from "../../domain/setup/checks.js";
import type { Principal } from "../../domain/authorization.js";
import { authorizeSetup } from "./authorize.js";
import type { WriteContext } from "../../store/write-context.js";
import { assertVersion, bumpVersion, found, recordRevision } from "../../store/setup/versioned.js";
import { loadDocument, type DocumentFields, type DocumentSnapshot } from "../../store/setup/documents.js";

const check = async (ctx: WriteContext, sittingId: SittingId | null, f: DocumentFields, self: string | null) => {
  checkFootnotes(f.sections, f.footnotes);
  if (f.agendaItemId !== null) {
    const item = await ctx.trx.selectFrom("agenda_items").select("sitting_id").where("id", "=", f.agendaItemId).executeTakeFirst();
    if (!item || item.sitting_id !== sittingId)
      throw new DomainError("validation_failed", "The agenda item is not on this sitting's agenda", [
        { path: "body.agendaItemId", message: "unknown agenda item" },
      ]);
  }
  const taken = await ctx.trx.selectFrom("documents").select("id").where("symbol", "=", f.symbol).executeTakeFirst();
  if (taken && taken.id !== self)
    throw new DomainError(
      "conflict",
      `A document with the symbol ${f.symbol} already exists`,
      [{ path: "body.symbol", message: "already used" }],
      { documentId: taken.id },
    );
};

const columns = (f: DocumentFields) => ({
  symbol: f.symbol,
  kind: f.kind,
  date: f.date,
  agenda_item_id: f.agendaItemId,
  data: JSON.stringify({ title: f.title, subtitle: f.subtitle, sections: f.sections, footnotes: f.footnotes }),
});

/** Creates an unpublished document of a sitting, optionally under one of its agenda items. */
export const createDocument = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  input: DocumentFields,
): Promise<DocumentSnapshot> => {
  authorizeSetup(p);
  found(await ctx.trx.selectFrom("sittings").select("id").where("id", "=", sittingId).executeTakeFirst(), "Sitting", sittingId);
  await check(ctx, sittingId, input, null);
  const id = randomUUID();
  await ctx.trx
    .insertInto("documents")
    .values({ id, sitting_id: sittingId, ...columns(input), published: 0, version: 1 })
    .execute();
  const after = await loadDocument(ctx.trx, id);
  await recordRevision(ctx, {
    type: "document.created",
    subject: `document:${id}`,
    sittingId,
    before: null,
    after,
    extra: { symbol: input.symbol },
  });
  return after;
};

/** Edits a document; each edit is a new revision, visible as such once published. */
export const editDocument = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  patch: Partial<DocumentFields>,
): Promise<DocumentSnapshot> => {
  authorizeSetup(p);
  const before = await loadDocument(ctx.trx, id);
  assertVersion(`Document ${before.symbol}`, before, version);
  const next: DocumentFields = { ...before, ...patch };
  await check(ctx, before.sittingId, next, id);
  await ctx.trx.updateTable("documents").set(columns(next)).where("id", "=", id).execute();
  return finish(ctx, before, "document.changed");
};

/** Publishes or withdraws a document. */
export const setDocumentPublished = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  published: boolean,
  reason: string | null = null,
): Promise<DocumentSnapshot> => {
  authorizeSetup(p);
  const before = await loadDocument(ctx.trx, id);
  assertVersion(`Document ${before.symbol}`, before, version);
  const step = publicationStep(before.published, published, reason);
  await ctx.trx
    .updateTable("documents")
    .set({ published: published ? 1 : 0 })
    .where("id", "=", id)
    .execute();
  return finish(ctx, before, published ? "document.published" : "document.unpublished", step ? { reason: step.reason } : {});
};

const finish = async (ctx: WriteContext, before: DocumentSnapshot, type: string, extra: Record<string, unknown> = {}) => {
  await bumpVersion(ctx, "documents", before.id, before.version, `Document ${before.symbol}`);
  const after = await loadDocument(ctx.trx, before.id);
  await recordRevision(ctx, {
    type,
    subject: `document:${before.id}`,
    sittingId: before.sittingId,
    before,
    after,
    extra: { symbol: after.symbol, ...extra },
  });
  return after;
};

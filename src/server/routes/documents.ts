import { routes } from "../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { PoolBusy, type JobState } from "../../workers/pool.js";
import type { DocumentPool } from "../../workers/documents.js";
import { prepareExport, type PreparedExport } from "../../documents/render/prepare.js";
import type { Store } from "../../store/database.js";
import { lastPosition } from "../../store/events.js";
import { requestPosition, viewerKey } from "../etag.js";
import { FileCache } from "../response-cache.js";
import { defineRoute } from "../route.js";

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
const disposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

type WrittenFile = PreparedExport & { readonly bytes: Buffer };

/**
 * Document downloads: whatever the caller may read (published items for everyone), written on the document
 * threads, and written once per state of the event log for each kind of reader.
 */
export const registerDocumentRoutes = (app: FastifyInstance, store: Store, pool: DocumentPool): void => {
  const files = new FileCache<WrittenFile>();
  const tickets = new Map<string, JobState>();
  defineRoute(app, routes.documents.export, {
    summary: "A document generated from the data, as PDF, Word, HTML or Akoma Ntoso",
    tag: "documents",
    config: { rateLimit: { max: 60, timeWindow: "1 minute" }, etag: "position" },
    handler: async ({ principal, query, reply, raw }) => {
      const { ticket } = query;
      const request = {
        document: query.document,
        symbol: query.symbol,
        language: query.lang,
        format: query.format,
        ...(query.changes ? { changes: query.changes } : {}),
      };
      const key = [viewerKey(principal), query.document, query.symbol, query.lang, query.format, query.changes ?? ""].join("\n");
      const write = async (): Promise<WrittenFile> => {
        const prepared = await prepareExport(store.db, principal, request);
        const onState = (s: JobState) => {
          if (ticket && tickets.size < 10_000) tickets.set(ticket, s);
        };
        return { ...prepared, bytes: await pool.render(prepared.job, onState) };
      };
      let file: WrittenFile;
      try {
        file = await files.get(key, await requestPosition(raw, () => lastPosition(store.db)), write);
      } catch (error) {
        if (error instanceof PoolBusy) reply.header("retry-after", String(error.retryAfter));
        throw error;
      } finally {
        if (ticket) tickets.delete(ticket);
      }
      reply.header("content-type", file.contentType);
      reply.header("content-disposition", disposition(file.fileName));
      reply.header("content-length", String(file.bytes.length));
      return file.bytes;
    },
  });
  defineRoute(app, routes.documents.progress, {
    summary: "Where a download named by its ticket stands: its place in the queue, or being written",
    tag: "documents",
    config: { rateLimit: { max: 600, timeWindow: "1 minute" } },
    handler: async ({ query }) => {
      const state = tickets.get(query.ticket);
      if (!state) return { state: "unknown" as const };
      return state.state === "queued" ? state : { state: "writing" as const };
    },
  });
};

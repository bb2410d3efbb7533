import type { FastifyInstance } from "fastify";
import { exportDocument } from "../../documents/export.js";
import type { Store } from "../../store/database.js";
import { defineRoute } from "../route.js";
import { exportQuery, fileResponse } from "../../api/documents.js";

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
const disposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Document downloads: whatever the caller may read (published items for everyone), written on request. */
export const registerDocumentRoutes = (app: FastifyInstance, store: Store): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/documents/export",
    summary: "A document generated from the data, as PDF, Word, HTML or Akoma Ntoso",
    tag: "documents",
    query: exportQuery,
    response: fileResponse,
    config: { rateLimit: { max: 60, timeWindow: "1 minute" } },
    handler: async ({ principal, query, reply }) => {
      const file = await exportDocument(store.db, principal, {
        document: query.document,
        symbol: query.symbol,
        language: query.lang,
        format: query.format,
        ...(query.changes ? { changes: query.changes } : {}),
      });
      reply.header("content-type", file.contentType);
      reply.header("content-disposition", disposition(file.fileName));
      reply.header("content-length", String(file.bytes.length));
      reply.header("cache-control", "no-store");
      return file.bytes;
    },
  });
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance, FastifyReply } from "fastify";
import {
  prepareAmendmentTable,
  prepareParticipantTable,
  prepareVoteTable,
  type PreparedTable,
} from "../../../documents/exports/prepare.js";
import { prepareAttendanceTable } from "../../../documents/exports/attendance.js";
import type { Store } from "../../../store/database.js";
import type { DocumentPool } from "../../../workers/documents.js";
import { PoolBusy } from "../../../workers/pool.js";
import { defineRoute } from "../../route.js";
import { filterAmendments } from "../amendments/filter.js";
import { asId, type SittingId } from "../../../domain/ids.js";

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
const disposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Writes a prepared table on a document thread and sends it as a download never kept by a shared cache. */
const send = async (pool: DocumentPool, reply: FastifyReply, table: PreparedTable): Promise<Buffer> => {
  let bytes: Buffer;
  try {
    bytes = await pool.render(table.job);
  } catch (error) {
    if (error instanceof PoolBusy) reply.header("retry-after", String(error.retryAfter));
    throw error;
  }
  reply.header("content-type", table.contentType);
  reply.header("content-disposition", disposition(table.fileName));
  reply.header("content-length", String(bytes.length));
  reply.header("cache-control", "private, no-store");
  return bytes;
};

/** Amendment, participant, vote and attendance tables as CSV or Excel, written on the document threads. */
export const registerExportRoutes = (app: FastifyInstance, store: Store, pool: DocumentPool): void => {
  const config = { rateLimit: { max: 30, timeWindow: "1 minute" } };
  defineRoute(app, routes.exports.amendments, {
    summary: "The amendments to a draft the reader may see, as CSV or Excel, with the list's filters",
    tag: "exports",
    config,
    handler: async ({ principal, params, query, reply }) => {
      const { format, lang, ...filters } = query;
      const table = await prepareAmendmentTable(store.db, principal, params.id, format, lang, (draft, all) =>
        filterAmendments(draft, all, filters),
      );
      return send(pool, reply, table);
    },
  });

  // A whole table of one event or sitting, in one format and language: the same route for each, but for what it reads.
  const tables = [
    {
      contract: routes.exports.participants,
      summary: "The participants of an event as CSV or Excel (the secretariat)",
      prepare: prepareParticipantTable,
    },
    {
      contract: routes.exports.votes,
      summary: "The votes of a sitting, with the voters of electronic and roll-call votes, as CSV or Excel (the secretariat)",
      prepare: prepareVoteTable,
    },
    {
      contract: routes.exports.attendance,
      summary: "Who was present at a sitting, in the hall or remotely, and who was absent, as CSV or Excel (the staff)",
      prepare: prepareAttendanceTable,
    },
  ] as const;
  for (const { contract, summary, prepare } of tables)
    defineRoute(app, contract, {
      summary,
      tag: "exports",
      config,
      handler: async ({ principal, params, query, reply }) =>
        send(pool, reply, await prepare(store.db, principal, asId<SittingId>(params.id), query.format, query.lang)),
    });
};

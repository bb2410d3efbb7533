import type { FastifyInstance, FastifyReply } from "fastify";
import type { ImportedDraft } from "../domain/text/structure.js";
import type { ImportOptions } from "../documents/import/import-draft.js";
import type { DocumentPool } from "../workers/documents.js";
import { PoolBusy } from "../workers/pool.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The threads that write documents and read uploads. */
    documents: DocumentPool;
  }
}

/** Adds Retry-After to the answer when the document threads are full, then lets the error through. */
export const withRetryAfter = async <T>(reply: FastifyReply, work: Promise<T>): Promise<T> => {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PoolBusy) reply.header("retry-after", String(error.retryAfter));
    throw error;
  }
};

/** Reads an uploaded draft on the document threads, with the same options as `importDraft` (its format decided). */
export const importOnThreads =
  (app: FastifyInstance, reply: FastifyReply) =>
  (bytes: Uint8Array, options: Omit<ImportOptions, "newId">): Promise<ImportedDraft> =>
    withRetryAfter(reply, app.documents.read({ bytes, options }));

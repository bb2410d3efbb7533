import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import type { Schema } from "../store/schema.js";
import type { ExportRequest } from "./catalogue.js";
import { writeJob } from "./render/job.js";
import { prepareExport } from "./render/prepare.js";

export { EXPORT_FORMATS, type ExportFormat } from "../domain/documents.js";
export { fileNameFor } from "./render/prepare.js";
export type { ExportRequest } from "./catalogue.js";

/** A written document: its bytes, a file name and its media type. */
export interface ExportedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly contentType: string;
}

/** Builds a document from the data the caller may see and writes it in one format, on this thread (the command line). */
export const exportDocument = async (db: Kysely<Schema>, p: Principal, r: ExportRequest): Promise<ExportedFile> => {
  const { job, fileName, contentType } = await prepareExport(db, p, r);
  return { bytes: await writeJob(job), fileName, contentType };
};

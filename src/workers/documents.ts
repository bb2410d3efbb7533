import { availableParallelism } from "node:os";
import type { ImportedDraft } from "../domain/text/structure.js";
import type { RenderJob } from "../documents/render/job.js";
import { WorkerPool, type JobState, type PoolSettings } from "./pool.js";
import { spawnProcess } from "./process.js";
import type { ImportOptions } from "../documents/import/import-draft.js";

/** Reading an uploaded draft file into paragraphs. */
export interface ImportJob {
  readonly kind: "import";
  readonly bytes: Uint8Array;
  /** As for `importDraft`, without an id factory: a function cannot cross to a thread. */
  readonly options: Omit<ImportOptions, "newId">;
}

/** Defaults: one thread per spare core (at least one, at most four), a short queue, a minute and 512 MB per job. */
export const DEFAULT_POOL: PoolSettings = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 16,
  timeoutMs: 60_000,
  memoryMb: 512,
};

/**
 * The document processes: every file written or upload read goes through them, never the request thread. Each job
 * runs in a process of its own so that its whole memory, Typst's native part included, can be measured and capped.
 */
export class DocumentPool {
  readonly pool: WorkerPool;

  constructor(settings: PoolSettings = DEFAULT_POOL) {
    this.pool = new WorkerPool(settings, (memoryMb) => spawnProcess(import.meta.url, "document-worker", memoryMb));
  }

  /** Writes a file; `onState` hears its place in the queue. */
  async render(job: RenderJob, onState?: (s: JobState) => void): Promise<Buffer> {
    const bytes = await this.pool.run<Uint8Array>(job, onState ? { onState } : {});
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads an uploaded draft into paragraphs. */
  read(job: Omit<ImportJob, "kind">): Promise<ImportedDraft> {
    return this.pool.run<ImportedDraft>({ kind: "import", ...job });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

import { parentPort } from "node:worker_threads";
import { importDraft } from "../documents/import/import-draft.js";
import { writeJob, type RenderJob } from "../documents/render/job.js";
import type { ImportJob } from "./documents.js";
import { toWire, type WorkerReply } from "./wire.js";

type DocumentTask = RenderJob | ImportJob;

/** One document thread: writes files and reads uploads, one job at a time, away from the requests. */
const port = parentPort;
if (!port) throw new Error("document-worker runs only as a worker thread");

const run = async (task: DocumentTask): Promise<{ value: unknown; transfer: ArrayBuffer[] }> => {
  if (task.kind === "import") return { value: await importDraft(task.bytes, task.options), transfer: [] };
  const bytes = await writeJob(task);
  const owned = new Uint8Array(bytes.byteLength);
  owned.set(bytes);
  return { value: owned, transfer: [owned.buffer] };
};

port.on("message", (task: DocumentTask) => {
  run(task).then(
    ({ value, transfer }) => port.postMessage({ ok: true, value } satisfies WorkerReply, transfer),
    (error: unknown) => port.postMessage({ ok: false, error: toWire(error) } satisfies WorkerReply),
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);

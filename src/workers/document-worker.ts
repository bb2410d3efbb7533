import { parentPort } from "node:worker_threads";
import { importDraft } from "../documents/import/import-draft.js";
import { writeJob, type RenderJob } from "../documents/render/job.js";
import type { ImportJob } from "./documents.js";
import { toWire, type WorkerReply } from "./wire.js";

type DocumentTask = RenderJob | ImportJob;

/** Where the jobs come from: the pool's thread port, or the channel of a document process (`process.ts`). */
const channel = (() => {
  const port = parentPort;
  if (port)
    return {
      send: (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer),
      listen: (take: (task: DocumentTask) => void) => port.on("message", take),
    };
  const send = process.send?.bind(process);
  if (!send) throw new Error("document-worker runs only as a worker thread or a forked process");
  // The pool's server is gone: nothing is left to write for.
  process.on("disconnect", () => process.exit(0));
  return {
    send: (reply: WorkerReply) => void send(reply),
    listen: (take: (task: DocumentTask) => void) => process.on("message", (task) => take(task as DocumentTask)),
  };
})();

/** One document thread or process: writes files and reads uploads, one job at a time, away from the requests. */
const run = async (task: DocumentTask): Promise<{ value: unknown; transfer: ArrayBuffer[] }> => {
  if (task.kind === "import") return { value: await importDraft(task.bytes, task.options), transfer: [] };
  const bytes = await writeJob(task);
  const owned = new Uint8Array(bytes.byteLength);
  owned.set(bytes);
  return { value: owned, transfer: [owned.buffer] };
};

channel.listen((task) => {
  run(task).then(
    ({ value, transfer }) => channel.send({ ok: true, value }, transfer),
    (error: unknown) => channel.send({ ok: false, error: toWire(error) }),
  );
});
channel.send({ ready: true });

import { parentPort } from "node:worker_threads";
import { DomainError } from "../domain/errors.js";
import { toWire, type WorkerReply } from "./wire.js";

/** A thread for the pool's own tests: it waits, holds memory, or fails, as told. */
const port = parentPort;
if (!port) throw new Error("runs only as a worker thread");
const held: unknown[] = [];

port.on("message", (task: { wait?: number; allocateMb?: number; fail?: boolean; value?: unknown }) => {
  if (task.fail)
    return port.postMessage({ ok: false, error: toWire(new DomainError("validation_failed", "told to fail")) } satisfies WorkerReply);
  if (task.allocateMb) for (let i = 0; i < task.allocateMb * 16; i++) held.push(Array.from({ length: 8192 }, (_, j) => ({ j })));
  const started = Date.now();
  while (Date.now() - started < (task.wait ?? 0)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  port.postMessage({ ok: true, value: task.value ?? null } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);

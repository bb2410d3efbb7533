import { fork, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The ESM loader of tsx, for a child that runs the TypeScript sources (tests, development). */
const typescriptImport = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, unknown> }).exports;
  const entry = exports["./esm"];
  if (typeof entry !== "string") throw new Error("tsx does not export ./esm; a document process cannot load the TypeScript sources");
  return pathToFileURL(join(dirname(manifest), entry)).href;
};

/** The resident memory of a process in bytes, from /proc (Linux); null where it cannot be read. */
export const residentBytes = (pid: number | undefined): number | null => {
  if (pid === undefined) return null;
  try {
    const line = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return line ? Number(line[1]) * 1024 : null;
  } catch {
    return null;
  }
};

/**
 * A document job's process, speaking as a worker thread does (postMessage, message, error, exit, terminate), so
 * the pool runs it the same way. Unlike a thread it can be measured and ended whole: its resident memory counts
 * what Typst's native code takes as well as JavaScript's heap. A JavaScript heap past its limit aborts the process;
 * that is reported as a thread's out-of-memory error is.
 */
export class DocumentProcess extends EventEmitter {
  private readonly child: ChildProcess;

  constructor(child: ChildProcess) {
    super();
    this.child = child;
    child.on("message", (message) => this.emit("message", message));
    child.on("error", (error) => this.emit("error", error));
    child.on("exit", (code, signal) => {
      if (signal === "SIGABRT" || code === 134)
        this.emit("error", Object.assign(new Error("The JavaScript heap is full"), { code: "ERR_WORKER_OUT_OF_MEMORY" }));
      this.emit("exit", code ?? 1);
    });
  }

  /** Resident bytes now; null once ended or where the system does not say. */
  residentBytes(): number | null {
    return this.child.exitCode === null && this.child.signalCode === null ? residentBytes(this.child.pid) : null;
  }

  postMessage(value: unknown): void {
    if (this.child.connected) this.child.send(value as object);
  }

  ref(): void {
    this.child.ref();
    this.child.channel?.ref();
  }

  unref(): void {
    this.child.unref();
    this.child.channel?.unref();
  }

  terminate(): Promise<number> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve(this.child.exitCode ?? 1);
    const exited = new Promise<number>((resolve) => this.child.once("exit", (code) => resolve(code ?? 1)));
    this.child.kill("SIGKILL");
    return exited;
  }
}

/**
 * Starts a process on the module NAME beside BASE: the compiled `.js` when it exists (dist/), otherwise the `.ts`
 * source through tsx. Its JavaScript heap is capped at MEMORY_MB; the pool watches its whole memory.
 */
export const spawnProcess = (base: string, name: string, memoryMb: number): DocumentProcess => {
  const compiled = fileURLToPath(new URL(`./${name}.js`, base));
  const source = fileURLToPath(new URL(`./${name}.ts`, base));
  const heap = [`--max-old-space-size=${memoryMb}`];
  const [file, execArgv] = existsSync(compiled)
    ? [compiled, heap]
    : existsSync(source)
      ? [source, [...heap, "--import", typescriptImport()]]
      : [null, heap];
  if (!file) throw new Error(`The document process ${name} is missing beside ${fileURLToPath(base)}`);
  return new DocumentProcess(fork(file, [], { execArgv, serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] }));
};

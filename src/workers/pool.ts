import { DomainError } from "../domain/errors.js";
import { fromWire, type WorkerReply } from "./wire.js";

/** How many threads write documents, how many jobs may wait, and what one job may take. */
export interface PoolSettings {
  readonly threads: number;
  readonly queue: number;
  readonly timeoutMs: number;
  readonly memoryMb: number;
}

/** Where a job stands, for the reader waiting on it. */
export type JobState = { readonly state: "queued"; readonly position: number } | { readonly state: "running" };

/** The pool is full: the caller should come back after `retryAfter` seconds. */
export class PoolBusy extends DomainError {
  constructor(readonly retryAfter: number) {
    super("rate_limited", `Documents are being written for many readers at once; try again in ${retryAfter} seconds`);
  }
}

interface Job {
  readonly task: unknown;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onState: ((s: JobState) => void) | undefined;
}

/**
 * Where jobs run: a worker thread, or a process that speaks like one (`process.ts`). A process tells its resident
 * memory, which the pool watches against the job's limit; a thread's heap is capped by its resource limits instead.
 */
export interface Runner {
  postMessage(value: unknown, transfer?: readonly ArrayBuffer[]): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: "message" | "error" | "exit", listener: (...args: any[]) => void): unknown;
  removeAllListeners(): unknown;
  terminate(): Promise<number>;
  ref(): void;
  unref(): void;
  residentBytes?(): number | null;
}

/** How often a running process's memory is read. */
const MEMORY_SAMPLE_MS = 25;

interface Slot {
  readonly worker: Runner;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  watch: NodeJS.Timeout | null;
  /** The process's resident bytes when it was ready, before any job. */
  idleBytes: number | null;
}

/** A bounded pool of worker threads: a fixed number run, a bounded number wait, the rest are refused at once. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  private done = 0;

  constructor(
    private readonly settings: PoolSettings,
    private readonly spawn: (memoryMb: number) => Runner,
  ) {}

  /** Jobs running and waiting now. */
  get load(): { running: number; waiting: number; completed: number } {
    return { running: this.slots.filter((s) => s.job).length, waiting: this.waiting.length, completed: this.done };
  }

  /** Runs one job on a thread; refuses with PoolBusy when the queue is full. */
  run<T>(task: unknown, options: { transfer?: ArrayBuffer[]; onState?: (s: JobState) => void } = {}): Promise<T> {
    if (this.closed) return Promise.reject(new DomainError("store_unavailable", "The instance is shutting down"));
    const free = this.slots.find((s) => !s.job) ?? (this.slots.length < this.settings.threads ? this.add() : null);
    if (!free && this.waiting.length >= this.settings.queue) return Promise.reject(new PoolBusy(this.retryAfter()));
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        task,
        transfer: options.transfer ?? [],
        resolve: resolve as (v: unknown) => void,
        reject,
        onState: options.onState,
      };
      if (free) this.start(free, job);
      else {
        this.waiting.push(job);
        job.onState?.({ state: "queued", position: this.waiting.length });
      }
    });
  }

  /** Stops every thread; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new DomainError("store_unavailable", "The instance is shutting down"));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  /** Seconds until a place is likely free: the queue ahead, served by the threads, at one time limit at most. */
  private retryAfter(): number {
    const perJob = Math.min(this.settings.timeoutMs / 1000, 10);
    return Math.max(1, Math.ceil(((this.waiting.length + 1) * perJob) / this.settings.threads));
  }

  private add(): Slot {
    const slot: Slot = { worker: this.spawn(this.settings.memoryMb), ready: false, job: null, timer: null, watch: null, idleBytes: null };
    slot.worker.unref();
    slot.worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        slot.idleBytes = slot.worker.residentBytes?.() ?? null;
        if (slot.job) this.arm(slot);
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      this.done++;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(fromWire(reply.error));
    });
    slot.worker.on("error", (error: Error & { code?: string }) => {
      this.replace(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? this.tooMuchMemory() : error);
    });
    slot.worker.on("exit", () => this.replace(slot, new Error("A document worker stopped")));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    if (slot.ready) this.arm(slot);
    job.onState?.({ state: "running" });
    slot.worker.postMessage(job.task, job.transfer);
  }

  private tooMuchMemory(): DomainError {
    return new DomainError("payload_too_large", `The document needs more than the ${this.settings.memoryMb} MB a job may use`);
  }

  /**
   * The time limit runs from when a loaded thread has the job, so a thread's start-up never counts against it.
   * A process's memory is read meanwhile: past its idle size plus the job's limit, it is ended and the job refused.
   */
  private arm(slot: Slot): void {
    const idle = slot.idleBytes;
    if (idle !== null) {
      const limit = idle + this.settings.memoryMb * 1024 * 1024;
      slot.watch = setInterval(() => {
        if ((slot.worker.residentBytes?.() ?? 0) > limit) this.replace(slot, this.tooMuchMemory());
      }, MEMORY_SAMPLE_MS);
    }
    slot.timer = setTimeout(() => {
      const seconds = Math.round(this.settings.timeoutMs / 100) / 10;
      this.replace(
        slot,
        new DomainError("payload_too_large", `The job took longer than the ${seconds} s allowed; the document is too large`),
      );
    }, this.settings.timeoutMs);
  }

  /** Frees a slot after its job and hands it the next waiting job. */
  private finish(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.watch) clearInterval(slot.watch);
    slot.job = null;
    slot.timer = null;
    slot.watch = null;
    slot.worker.unref();
    const next = this.waiting.shift();
    if (next) {
      this.start(slot, next);
      this.waiting.forEach((j, i) => j.onState?.({ state: "queued", position: i + 1 }));
    }
    return job;
  }

  /** Ends a thread that failed, timed out or ran out of memory, and keeps the pool's size. */
  private replace(slot: Slot, error: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.watch) clearInterval(slot.watch);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    slot.job?.reject(error);
    const next = this.waiting.shift();
    if (next && !this.closed) {
      this.start(this.add(), next);
      this.waiting.forEach((j, i) => j.onState?.({ state: "queued", position: i + 1 }));
    }
  }
}

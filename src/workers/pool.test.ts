import { afterEach, describe, expect, it } from "vitest";
import { DomainError } from "../domain/errors.js";
import { PoolBusy, WorkerPool, type JobState, type PoolSettings } from "./pool.js";
import { spawnWorker } from "./spawn.js";

const pools: WorkerPool[] = [];
const poolOf = (settings: Partial<PoolSettings> = {}) => {
  const pool = new WorkerPool({ threads: 1, queue: 2, timeoutMs: 20_000, memoryMb: 64, ...settings }, (memoryMb) =>
    spawnWorker(import.meta.url, "pool.test-worker", { maxOldGenerationSizeMb: memoryMb }),
  );
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("WorkerPool", () => {
  it("runs jobs on a thread and gives their results and domain errors back", async () => {
    const pool = poolOf();
    expect(await pool.run({ value: { a: [1, 2] } })).toEqual({ a: [1, 2] });
    const error = await pool.run({ fail: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("validation_failed");
  });

  it("tells each waiting job its place, then refuses with a retry time when the queue is full", async () => {
    const pool = poolOf({ threads: 1, queue: 2 });
    await pool.run({});
    const states: JobState[][] = [[], [], []];
    const jobs = [0, 1, 2].map((i) => pool.run({ wait: 300, value: i }, { onState: (s) => states[i]?.push(s) }));
    const refused = await pool.run({}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PoolBusy);
    expect((refused as PoolBusy).retryAfter).toBeGreaterThanOrEqual(1);
    expect(pool.load).toEqual({ running: 1, waiting: 2, completed: 1 });
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(states[0]).toEqual([{ state: "running" }]);
    expect(states[2]).toEqual([{ state: "queued", position: 2 }, { state: "queued", position: 1 }, { state: "running" }]);
  });

  it("ends a job past its time limit and keeps serving with a new thread", async () => {
    const pool = poolOf({ timeoutMs: 400 });
    await pool.run({});
    const error = await pool.run({ wait: 5000 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/took longer than the 0.4 s allowed/);
    expect(await pool.run({ value: "again" })).toBe("again");
  });

  it("ends a job past its memory limit with a clear message", async () => {
    const pool = poolOf({ memoryMb: 32 });
    const error = await pool.run({ allocateMb: 400 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/needs more than the 32 MB a job may use/);
    expect(await pool.run({ value: 1 })).toBe(1);
  });
});

import { z } from "zod";

/** Liveness of an instance: its store, its live channel and the last position of its event log. */
export const healthSchema = z.strictObject({
  status: z.literal("ok"),
  store: z.enum(["sqlite", "postgres"]),
  live: z.enum(["local", "redis"]),
  position: z.number().int(),
  version: z.string(),
});

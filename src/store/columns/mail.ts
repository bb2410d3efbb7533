import { z } from "zod";

/** `outbox.secrets`: the one-time secrets a queued mail carries, masked once it is delivered. */
export const outboxSecrets = z.array(z.string());

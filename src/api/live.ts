import { z } from "zod";

/** The messages of the live channel, `/api/v1/live`: what a client sends and what the server answers. */

const sittingId = z.string().min(1).max(100);
const position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** What a client sends: follow a sitting from a position, stop following it, follow its own inbox, or check the line. */
export const liveClientMessage = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("subscribe"),
    sittingId,
    /** The last position the client saw; absent on a first open, which follows from now. */
    after: position.optional(),
  }),
  z.strictObject({ type: z.literal("unsubscribe"), sittingId }),
  /** Follow the signed-in person's own events (`notification.created`) from now, whatever page is open. */
  z.strictObject({ type: z.literal("subscribe_inbox") }),
  z.strictObject({ type: z.literal("ping") }),
]);
export type LiveClientMessage = z.infer<typeof liveClientMessage>;

/** A recorded event as a subscriber receives it; its type reads `<feature>.<what happened>`. */
export const liveEvent = z.object({
  position,
  time: z.string(),
  actor: z.string().nullable(),
  type: z.string().regex(/^[a-z_]+\.[a-z_.]+$/),
  subject: z.string(),
  sittingId: z.string().nullable(),
  payload: z.unknown(),
});
export type LiveEvent = z.infer<typeof liveEvent>;

/** What the server sends (read leniently, so a newer server may add fields):  the subscription is in place (or ended), an event, an answer to a ping, or a refusal. */
export const liveServerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("subscribed"), sittingId, position, resumed: z.boolean() }),
  z.object({ type: z.literal("unsubscribed"), sittingId, reason: z.enum(["not_found"]) }),
  z.object({ type: z.literal("event"), event: liveEvent }),
  z.object({ type: z.literal("inbox"), position }),
  z.object({ type: z.literal("pong"), position }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type LiveServerMessage = z.infer<typeof liveServerMessage>;

/** The feature an event belongs to: `amendment` for `amendment.submitted`. */
export const eventFeature = (event: Pick<LiveEvent, "type">): string => event.type.slice(0, event.type.indexOf("."));

/** Whether an event belongs to one of these features; screens reload on the features they show. */
export const concernsFeatures = (event: Pick<LiveEvent, "type">, features: readonly string[]): boolean =>
  features.includes(eventFeature(event));

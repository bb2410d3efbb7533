import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { liveServerMessage } from "./live.js";
import { parseLiveServerMessage, readLiveServerMessage } from "./live-wire.js";

const position = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN));
const sittingId = fc.oneof(fc.string({ maxLength: 3 }), fc.constant("s".repeat(100)), fc.constant("s".repeat(101)), fc.constant(7));
const eventType = fc.constantFrom("amendment.submitted", "speakers_list.next_called", "Amendment.x", "amendment", "a.b.c", "x.", 3);
const maybeNull = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(null), fc.constant(undefined));
const extra = fc.dictionary(fc.constantFrom("extra", "more", "type"), fc.jsonValue(), { maxKeys: 2 });

const event = fc.record(
  {
    position,
    time: fc.oneof(fc.string(), fc.constant(4)),
    actor: maybeNull(fc.string()),
    type: eventType,
    subject: fc.oneof(fc.string(), fc.constant(false)),
    sittingId: maybeNull(fc.string()),
    payload: fc.jsonValue(),
  },
  { requiredKeys: ["position", "time", "type", "subject"] },
);

const message = fc.oneof(
  fc.record({ type: fc.constant("subscribed"), sittingId, position, resumed: fc.oneof(fc.boolean(), fc.constant("yes")) }),
  fc.record({ type: fc.constant("unsubscribed"), sittingId, reason: fc.constantFrom("not_found", "gone") }),
  fc.record({ type: fc.constant("event"), event: fc.oneof(event, fc.constant(null), fc.constant([])) }),
  fc.record({ type: fc.constant("pong"), position }),
  fc.record({ type: fc.constant("error"), code: fc.oneof(fc.string(), fc.constant(1)), message: fc.string() }),
  fc.record({ type: fc.constantFrom("other", "", "EVENT") }),
);

describe("the web app's reader of the live channel", () => {
  it("reads exactly what the contract's schema reads, with the same result, for well- and ill-formed messages", () => {
    fc.assert(
      fc.property(message, extra, fc.boolean(), (m, more, withExtra) => {
        const sent: unknown = withExtra ? { ...more, ...m } : m;
        const zod = liveServerMessage.safeParse(sent);
        expect(readLiveServerMessage(sent)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores anything that is not a JSON object", () => {
    for (const data of ["", "not json", "[]", "null", "3", '"event"', '{"type":"event"}']) expect(parseLiveServerMessage(data)).toBeNull();
    expect(parseLiveServerMessage('{"type":"pong","position":4}')).toEqual({ type: "pong", position: 4 });
  });
});

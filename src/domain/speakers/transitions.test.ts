import { describe, expect, it } from "vitest";
import { asId, type GuidingQuestionId } from "../ids.js";
import { moveRequest, REQUEST_TRANSITIONS, SPEAKERS_COMMANDS, type RequestMove } from "./transitions.js";
import type { RequestStatus, SpeakerRequest, SpeakerRequestId } from "./types.js";
import { speaker } from "./test-factories.js";

const STATUSES: RequestStatus[] = ["waiting", "speaking", "spoke", "withdrawn", "absent"];
const MOVES: RequestMove[] = ["call", "withdraw", "finish", "mark_spoken", "requeue", "miss"];
const EXPECTED: Record<string, RequestStatus> = {
  "waiting/call": "speaking",
  "waiting/withdraw": "withdrawn",
  "waiting/mark_spoken": "spoke",
  "waiting/requeue": "waiting",
  "waiting/miss": "absent",
  "speaking/finish": "spoke",
  "speaking/requeue": "waiting",
  "speaking/miss": "absent",
};

const request = (status: RequestStatus): SpeakerRequest => ({
  id: asId<SpeakerRequestId>("r1"),
  speaker: speaker("amina"),
  kind: "floor",
  remote: false,
  status,
  requestedAt: "2021-11-26T10:30:00.000Z",
  startedAt: status === "waiting" ? null : "2021-11-26T10:31:00.000Z",
  endedAt: null,
  questionId: asId<GuidingQuestionId>("q1"),
  timeLimitSeconds: null,
  replyTo: null,
  skipped: false,
  addedBy: null,
});

describe("request transition table", () => {
  for (const status of STATUSES) {
    for (const move of MOVES) {
      const key = `${status}/${move}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        const now = "2021-11-26T10:35:00.000Z";
        if (to) {
          const moved = moveRequest(request(status), move, now);
          expect(moved.status).toBe(to);
          if (move === "call") expect(moved.startedAt).toBe(now);
          else if (move === "requeue") expect([moved.startedAt, moved.skipped]).toEqual([null, true]);
          else expect(moved.endedAt).toBe(now);
          if (move === "mark_spoken") expect(moved.startedAt).toBe(now);
        } else {
          expect(() => moveRequest(request(status), move, now)).toThrowError(
            expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
          );
        }
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(REQUEST_TRANSITIONS).flatMap(([from, row]) => Object.entries(row).map(([m, to]) => [`${from}/${m}`, to]));
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });

  it("gives every command an authority and only moves the table knows", () => {
    for (const { by, moves } of Object.values(SPEAKERS_COMMANDS)) {
      expect(["member", "requester_or_chair", "chair"]).toContain(by);
      for (const m of moves) expect(MOVES).toContain(m);
    }
    expect(
      Object.entries(SPEAKERS_COMMANDS)
        .filter(([, c]) => c.by !== "chair")
        .map(([t]) => t),
    ).toEqual(["request_floor", "withdraw"]);
  });
});

import { describe, expect, it } from "vitest";
import type { LiveEvent } from "../api/types.js";
import { concerns } from "./liveConcerns.js";
import { moved } from "./Queue.js";
import type { SpeakerRequest } from "./types.js";

const event = (type: string, payload: unknown): LiveEvent => ({
  position: 1,
  time: "2025-01-01T10:00:00Z",
  actor: null,
  type,
  subject: "x",
  sittingId: null,
  payload,
});

describe("what a live event reloads on a group's page", () => {
  it("reloads the list only for the group's own speakers list", () => {
    expect(concerns(event("speakers_list.next_called", { key: "group:g1", groupId: "g1" }), "g1")).toEqual(["speakers"]);
    expect(concerns(event("speakers_list.next_called", { key: "group:g2", groupId: "g2" }), "g1")).toEqual([]);
    expect(concerns(event("speakers_list.floor_requested", { key: "plenary:s1", groupId: null }), "g1")).toEqual([]);
  });

  it("reloads contributions of the group, members on any move, and everything when the reader's rights change", () => {
    expect(concerns(event("contribution.recorded", { groupId: "g1" }), "g1")).toEqual(["contributions"]);
    expect(concerns(event("contribution.recorded", { groupId: "g2" }), "g1")).toEqual([]);
    expect(concerns(event("discussion_group.member_left", { groupId: "g2" }), "g1")).toEqual(["members"]);
    expect(concerns(event("membership.changed", { groupId: "g1" }), "g1")).toEqual(["account", "members", "speakers", "contributions"]);
    expect(concerns(event("amendment.submitted", null), "g1")).toEqual([]);
  });
});

describe("moving a waiting speaker", () => {
  const queue = ["a", "b", "c"].map((id) => ({ id }) as SpeakerRequest);
  it("swaps with the neighbour and keeps every waiting request", () => {
    expect(moved(queue, 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(queue, 1, 1)).toEqual(["a", "c", "b"]);
    expect(moved(queue, 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(queue, 2, 1)).toEqual(["a", "b", "c"]);
  });
});

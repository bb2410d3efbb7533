import { describe, expect, it } from "vitest";
import type { Principal } from "../authorization.js";
import type { RecordedEvent } from "../events.js";
import { asId, type AccountId } from "../ids.js";
import { EMAIL_BY_DEFAULT, emailChoices, NOTIFICATION_KINDS } from "./kinds.js";
import { deadlineNoticeDue, deadlineSoonNotice, mayReceive, noticesOf, onceKey, onePerPerson, type Notice } from "./rule.js";

const event = (type: string, subject: string, payload: unknown, scope: RecordedEvent["scope"] = "public"): RecordedEvent => ({
  position: 1,
  time: "2021-11-26T10:00:00.000Z",
  actor: asId<AccountId>("secretariat"),
  type,
  subject,
  sittingId: null,
  scope,
  payload,
});

const person = (id: string, roles: Principal["roles"]): Principal => ({ accountId: asId<AccountId>(id), roles });
const memberG1 = person("m1", [{ role: "participant", scope: "group:G1" }]);
const memberG2 = person("m2", [{ role: "participant", scope: "group:G2" }]);
const observer = person("o", [{ role: "observer", scope: null }]);
const delegate = person("d", [{ role: "participant", scope: null }]);

describe("which event notifies whom, of what", () => {
  const table: [string, RecordedEvent, [string, string][]][] = [
    [
      "a committee decision tells the amendment's author, then the draft's followers",
      event("committee.decided", "amendment:A1", { draftId: "D", number: 3, status: "accepted" }),
      [
        ["amendment_decided", "amendment_author:A1"],
        ["draft_activity", "draft_followers:D"],
      ],
    ],
    [
      "a vote opened tells the group's members, then its followers",
      event("vote.opened", "vote:V", { groupId: "G1" }, "group:G1"),
      [
        ["vote_opened", "group_members:G1"],
        ["group_activity", "group_followers:G1"],
      ],
    ],
    [
      "the plenary's adoption of a recommendation tells its group's members",
      event("recommendation.adopted", "recommendation:R", { groupId: "G1", draftId: "D" }),
      [
        ["recommendation_adopted", "group_members:G1"],
        ["group_activity", "group_followers:G1"],
      ],
    ],
    [
      "a call of the next speaker tells who is next on that list",
      event("speakers_list.next_called", "speakers_list:L", { groupId: "G1" }, "members"),
      [["next_to_speak", "next_speaker:L"]],
    ],
    [
      "an amendment submitted tells the draft's followers",
      event("amendment.submitted", "amendment:A2", { draftId: "D", number: 4 }),
      [["draft_activity", "draft_followers:D"]],
    ],
    ["a ballot cast tells nobody", event("vote.ballot_cast", "vote:V", { groupId: "G1" }, "group:G1"), []],
    ["a sign-in tells nobody", event("session.opened", "account:x", {}, "account:x"), []],
  ];
  it.each(table)("%s", (_name, e, expected) => {
    const audience = (a: ReturnType<typeof noticesOf>[number]["audience"]) =>
      `${a.kind}:${"amendmentId" in a ? a.amendmentId : "listId" in a ? a.listId : "groupId" in a ? a.groupId : a.draftId}`;
    expect(noticesOf(e).map((n) => [n.kind, audience(n.audience)])).toEqual(expected);
  });
});

describe("who may receive a notice", () => {
  const vote = event("vote.opened", "vote:V", { groupId: "G1" }, "group:G1");
  const [opened, followed] = noticesOf(vote);

  it("a group's vote reaches its members, never an observer or another group's member", () => {
    expect(mayReceive(memberG1, opened!, vote)).toBe(true);
    expect(mayReceive(memberG2, opened!, vote)).toBe(false);
    expect(mayReceive(observer, opened!, vote)).toBe(false);
    expect(mayReceive(observer, followed!, vote)).toBe(false);
    expect(mayReceive(memberG2, followed!, vote)).toBe(false);
  });

  it("nobody is told of what they did themselves", () => {
    expect(mayReceive(person("secretariat", [{ role: "secretariat", scope: null }]), followed!, vote)).toBe(false);
  });

  it("a deadline's notice needs the right to table amendments", () => {
    const soon = deadlineSoonNotice("D", at("2021-11-27T17:00:00.000Z"));
    expect(mayReceive(delegate, soon, null)).toBe(true);
    expect(mayReceive(observer, soon, null)).toBe(false);
  });

  it("one notice per person per event, the most particular kept", () => {
    const base = { subject: "s", link: "/", params: {}, right: null, audience: { kind: "draft_followers", draftId: "D" } } as const;
    const n = (accountId: string, kind: Notice["kind"]): Notice => ({ ...base, accountId: asId<AccountId>(accountId), kind });
    expect(onePerPerson([n("a", "amendment_decided"), n("a", "draft_activity"), n("b", "draft_activity")]).map((x) => x.kind)).toEqual([
      "amendment_decided",
      "draft_activity",
    ]);
  });
});

const at = (instant: string) => ({ instant, local: instant.slice(0, 16), timeZone: "UTC" });

describe("deadline notices", () => {
  it("are due within the hour before the deadline, not before, not after", () => {
    const deadline = "2021-11-27T17:00:00.000Z";
    expect(deadlineNoticeDue(deadline, "2021-11-27T15:59:59.000Z")).toBe(false);
    expect(deadlineNoticeDue(deadline, "2021-11-27T16:00:00.000Z")).toBe(true);
    expect(deadlineNoticeDue(deadline, "2021-11-27T16:59:00.000Z")).toBe(true);
    expect(deadlineNoticeDue(deadline, deadline)).toBe(false);
  });

  it("are given once per deadline instant; a moved deadline is a new notice", () => {
    const a = onceKey(deadlineSoonNotice("D", at("2021-11-27T17:00:00.000Z")), null);
    expect(a).toBe(onceKey(deadlineSoonNotice("D", at("2021-11-27T17:00:00.000Z")), null));
    expect(a).not.toBe(onceKey(deadlineSoonNotice("D", at("2021-11-27T18:00:00.000Z")), null));
  });
});

describe("e-mail choices", () => {
  it("fill every kind, the person's choice over the default", () => {
    const choices = emailChoices({ amendment_decided: false, vote_opened: true });
    expect(Object.keys(choices)).toEqual([...NOTIFICATION_KINDS]);
    expect(choices.amendment_decided).toBe(false);
    expect(choices.vote_opened).toBe(true);
    expect(choices.deadline_soon).toBe(EMAIL_BY_DEFAULT.deadline_soon);
  });
});

import { describe, expect, it } from "vitest";
import { asId, type AccountId, type DiscussionGroupId } from "./ids.js";
import { can, canSeeEvent, PUBLIC, type Action, type Principal, type Role } from "./authorization.js";

const G1 = asId<DiscussionGroupId>("group-1");
const G2 = asId<DiscussionGroupId>("group-2");
const person = (role: Role, scope: string | null): Principal => ({ accountId: asId<AccountId>(`a-${role}`), roles: [{ role, scope }] });

const actions: Record<string, Action> = {
  readPublished: { kind: "read_published" },
  readUnpublished: { kind: "read_unpublished" },
  readPrivateDrafts: { kind: "read_private_drafts" },
  readG1Drafts: { kind: "read_group_drafts", groupId: G1 },
  readG2Drafts: { kind: "read_group_drafts", groupId: G2 },
  editG1Drafts: { kind: "edit_group_drafts", groupId: G1 },
  runG1List: { kind: "run_speakers_list", groupId: G1 },
  runG2List: { kind: "run_speakers_list", groupId: G2 },
  manageMeeting: { kind: "manage_meeting" },
  presideForum: { kind: "preside", bodyId: "forum" },
  proposeAmendment: { kind: "propose_amendment" },
  decideAmendments: { kind: "decide_amendments" },
  followG1: { kind: "follow_group", groupId: G1 },
  followG2: { kind: "follow_group", groupId: G2 },
  assignMembers: { kind: "assign_group_members" },
  readG1Participation: { kind: "read_participation", groupId: G1 },
  readSittingParticipation: { kind: "read_participation", groupId: null },
  importDraft: { kind: "import_draft" },
  translateDraft: { kind: "translate_draft" },
  manageAccounts: { kind: "manage_accounts" },
  readParticipants: { kind: "read_participants" },
  recommendDesignation: { kind: "recommend_designation" },
  designateForum: { kind: "designate", bodyId: "forum" },
  designateCommittee: { kind: "designate", bodyId: "committee" },
  presideG1: { kind: "preside_group", groupId: G1 },
  presideG2: { kind: "preside_group", groupId: G2 },
  takePartG1: { kind: "take_part_in_group", groupId: G1 },
  takePartG2: { kind: "take_part_in_group", groupId: G2 },
  takePartPlenary: { kind: "take_part_in_plenary" },
  joinGroup: { kind: "join_group" },
  enterPaperAmendment: { kind: "enter_paper_amendment" },
  presentG1Report: { kind: "present_group_report", groupId: G1, bodyId: "forum" },
};

const AS_A_MEMBER = ["takePartPlenary", "joinGroup"];

/** Each row: who, then the actions they may take; every other action is refused. */
const table: [string, Principal, string[]][] = [
  ["the public", PUBLIC, ["readPublished"]],
  ["secretariat", person("secretariat", null), Object.keys(actions).filter((a) => a !== "takePartG1" && a !== "takePartG2")],
  [
    "bureau member",
    person("bureau_member", null),
    [
      "readPublished",
      "readUnpublished",
      "readPrivateDrafts",
      "readG1Drafts",
      "readG2Drafts",
      "proposeAmendment",
      "followG1",
      "followG2",
      "readG1Participation",
      "readSittingParticipation",
      "readParticipants",
      "recommendDesignation",
      ...AS_A_MEMBER,
    ],
  ],
  [
    "presiding officer of the Forum",
    person("presiding_officer", "body:forum"),
    ["readPublished", "presideForum", "proposeAmendment", "designateForum", "presentG1Report", ...AS_A_MEMBER],
  ],
  [
    "chair of group 1",
    person("chair", `group:${G1}`),
    [
      "readPublished",
      "readG1Drafts",
      "runG1List",
      "proposeAmendment",
      "followG1",
      "readG1Participation",
      "presideG1",
      "takePartG1",
      "presentG1Report",
      ...AS_A_MEMBER,
    ],
  ],
  [
    "rapporteur of group 1",
    person("rapporteur", `group:${G1}`),
    ["readPublished", "readG1Drafts", "editG1Drafts", "proposeAmendment", "followG1", "takePartG1", "presentG1Report", ...AS_A_MEMBER],
  ],
  [
    "participant in group 1",
    person("participant", `group:${G1}`),
    ["readPublished", "readG1Drafts", "proposeAmendment", "followG1", "takePartG1", ...AS_A_MEMBER],
  ],
  ["observer", person("observer", null), ["readPublished", "readUnpublished"]],
  // An observer placed in a group by mistake still only watches: no floor, contribution, ballot or amendment.
  [
    "observer also listed in group 1",
    {
      accountId: asId<AccountId>("a-watcher"),
      roles: [
        { role: "observer", scope: null },
        { role: "participant", scope: `group:${G1}` },
      ],
    },
    ["readPublished", "readUnpublished", "readG1Drafts", "followG1"],
  ],
];

describe("authorization, role by role", () => {
  for (const [who, principal, allowed] of table) {
    for (const [name, action] of Object.entries(actions)) {
      const expected = allowed.includes(name);
      it(`${who} ${expected ? "may" : "may not"} ${name}`, () => {
        expect(can(principal, action)).toBe(expected);
      });
    }
  }

  it("a participant of group 1 cannot read group 2's drafts nor act as its chair", () => {
    const p = person("participant", `group:${G1}`);
    expect(can(p, { kind: "read_group_drafts", groupId: G2 })).toBe(false);
    expect(can(p, { kind: "run_speakers_list", groupId: G1 })).toBe(false);
  });

  it("a Bureau member recommends but designates only for the body they preside", () => {
    const president: Principal = {
      accountId: asId<AccountId>("a-president"),
      roles: [
        { role: "bureau_member", scope: null },
        { role: "presiding_officer", scope: "body:forum" },
      ],
    };
    expect(can(president, { kind: "recommend_designation" })).toBe(true);
    expect(can(president, { kind: "designate", bodyId: "forum" })).toBe(true);
    expect(can(president, { kind: "designate", bodyId: "committee" })).toBe(false);
  });

  it("a group's rapporteur presents its report on its own body's screens, not another group's nor another body's", () => {
    const rapporteur = person("rapporteur", `group:${G1}`);
    expect(can(rapporteur, { kind: "present_group_report", groupId: G2, bodyId: "forum" })).toBe(false);
    expect(can(person("presiding_officer", "body:committee"), { kind: "present_group_report", groupId: G1, bodyId: "forum" })).toBe(false);
    expect(can(person("participant", `group:${G1}`), { kind: "present_group_report", groupId: G1, bodyId: "forum" })).toBe(false);
  });

  it("live events are filtered by scope", () => {
    const p = person("participant", `group:${G1}`);
    expect(canSeeEvent(p, "public")).toBe(true);
    expect(canSeeEvent(p, `group:${G1}`)).toBe(true);
    expect(canSeeEvent(p, `group:${G2}`)).toBe(false);
    expect(canSeeEvent(p, "staff")).toBe(false);
    expect(canSeeEvent(PUBLIC, `group:${G1}`)).toBe(false);
    expect(canSeeEvent(p, "members")).toBe(true);
    expect(canSeeEvent(PUBLIC, "members")).toBe(false);
    expect(canSeeEvent(p, `account:${p.accountId}`)).toBe(true);
    expect(canSeeEvent(p, "account:someone-else")).toBe(false);
    expect(canSeeEvent(person("secretariat", null), "staff")).toBe(true);
  });
});

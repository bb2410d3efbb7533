import { DEFAULT_QUORUM_RULE } from "../domain/attendance/quorum.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeKinds } from "../test-support/stores.js";
import { buildWorld, contractRoutes, fillPath, PEOPLE, type Person, type World } from "./authorization-matrix.factories.js";

/**
 * Every route of the API asked by every kind of person: the public, the secretariat, the presiding officer, the
 * chair, rapporteur and a member of group A, a member and the chair of group B, an observer. Paths name the
 * reference sitting, group A and group A's own work; bodies are valid, with stale versions where a version is
 * asked, so that a permitted write is judged and refused for its version rather than done twice.
 */

const ALL = PEOPLE;
const SIGNED_IN = PEOPLE.filter((p) => p !== "anonymous");
/** Whoever takes part: signed in, not only watching. */
const TAKING_PART = SIGNED_IN.filter((p) => p !== "observer");
const SECRETARIAT: readonly Person[] = ["secretariat"];
/** Group A's own people and the staff who follow every group. */
const GROUP_A: readonly Person[] = ["secretariat", "chairA", "rapporteurA", "memberA"];

const STALE = 1_000_000;
const text = (s: string) => ({ original: "en", versions: { en: { text: s, status: "final" } } });

interface Expectation {
  /** Who is let through: anyone else gets 401, 403 or 404 and never a 2xx. */
  readonly may: readonly Person[];
  /** Group A's private work: a 2xx to anyone else would leak it. */
  readonly private?: boolean;
  readonly body?: (w: World) => unknown;
  readonly query?: (w: World) => Record<string, string>;
  /** A 401 to a permitted person is about the credentials in the body (a wrong password or token), not the person. */
  readonly credentials?: boolean;
  /** The id in the path names nothing in the reference case (a 404 to a permitted person is then expected). */
  readonly missing?: boolean;
  /** A list everyone may read, filtered: the id of group A's private item in it, and who sees that item. */
  readonly lists?: { readonly id: (w: World) => string; readonly seenBy: readonly Person[] };
  /** Asked after every other route, because a permitted call changes who the caller is (sign-out, joining a group). */
  readonly last?: boolean;
}

/** The policy, route by route. A route of the contract missing here fails the matrix. */
const POLICY: Record<string, Expectation> = {
  // The secretariat records the committee's decisions on amendments and its adoption.
  "committee.compilation": { may: ALL },
  "committee.decide": {
    may: SECRETARIAT,
    body: (w) => ({ version: STALE, transition: { type: "accept" }, bodyId: w.forumId, decision: { method: "consensus" } }),
  },
  "committee.reopen": { may: SECRETARIAT, body: () => ({ version: STALE, reason: "A recount" }) },
  "committee.compromise": {
    may: SECRETARIAT,
    body: (w) => ({
      target: w.paragraphId,
      text: "A compromise wording;",
      language: "en",
      merge: [w.amendmentA],
      bodyId: w.forumId,
      decision: { method: "consensus" },
    }),
  },
  "committee.revise": { may: SECRETARIAT, body: () => ({ version: STALE }) },
  "committee.adopt": {
    may: SECRETARIAT,
    body: (w) => ({ version: STALE, bodyId: w.forumId, decision: { method: "consensus" } }),
  },
  "committee.versions": { may: ALL },

  // Each person sees the designations they may: the staff all, others those the body decided.
  "designations.list": { may: ALL, lists: { id: (w) => w.designationA, seenBy: SECRETARIAT }, query: (w) => ({ groupId: w.groupA }) },
  "designations.recommend": {
    may: SECRETARIAT,
    body: (w) => ({ groupId: w.groupA, function: "rapporteur", participantId: w.participantId }),
  },
  "designations.transition": {
    may: SECRETARIAT,
    body: () => ({ version: STALE, transition: { type: "withdraw" } }),
  },

  "documents.export": {
    may: ALL,
    query: (w) => ({ document: "information-note", symbol: w.documentSymbol, lang: "en", format: "html" }),
  },
  "documents.progress": { may: ALL, missing: true, query: () => ({ ticket: "no-such-ticket" }) },

  "draftImport.preview": {
    may: SECRETARIAT,
    body: () => ({
      filename: "draft.txt",
      language: "en",
      contentBase64: Buffer.from("1. Calls upon parliaments to act;").toString("base64"),
    }),
  },
  "draftImport.save": {
    may: SECRETARIAT,
    body: () => ({
      symbol: "MATRIX/1",
      title: "A draft",
      language: "en",
      paragraphs: [{ kind: "operative", text: "Calls upon parliaments;" }],
    }),
  },
  "drafts.get": { may: ALL },
  "drafts.translate": { may: SECRETARIAT, body: () => ({ text: "Texte", status: "draft", version: STALE }) },
  "drafts.translatePreface": { may: SECRETARIAT, body: () => ({ text: "La 143e Assemblée,", status: "draft", version: STALE }) },

  "amendments.list": { may: ALL, lists: { id: (w) => w.amendmentA, seenBy: ["secretariat", "memberA"] } },
  "amendments.propose": {
    may: TAKING_PART,
    body: (w) => ({ action: "delete", target: w.paragraphId, language: "en", author: "Spain" }),
  },
  "amendments.authorChoices": { may: TAKING_PART },
  // A draft amendment is its author's until submitted: others do not learn it exists.
  "amendments.transition": {
    may: ["secretariat", "memberA"],
    private: true,
    body: () => ({ version: STALE, transition: { type: "submit" } }),
  },
  "amendments.consolidation": { may: ALL },
  "amendments.renumbering": { may: ALL },

  // The author invites co-sponsors; only the invited delegation answers (no invitation exists in the reference case).
  "cosponsors.list": { may: ["secretariat", "memberA"], private: true },
  "cosponsors.invite": { may: ["secretariat", "memberA"], private: true, body: () => ({ invitations: [{ delegation: "Mexico" }] }) },
  "cosponsors.answer": { may: SIGNED_IN, missing: true, body: () => ({ step: "accept", version: STALE }) },
  "cosponsors.mine": { may: SIGNED_IN },

  // Translators and the secretariat translate tabled texts (no task exists in the reference case); anyone who reads the draft reads its translations.
  "translations.queue": { may: SECRETARIAT, query: () => ({ lang: "en", status: "waiting" }) },
  "translations.get": { may: SECRETARIAT, missing: true },
  "translations.save": { may: SECRETARIAT, missing: true, body: () => ({ text: "Calls upon parliaments;", version: STALE }) },
  "translations.submit": { may: SECRETARIAT, missing: true, body: () => ({ text: "Calls upon parliaments;", version: STALE }) },
  "translations.assign": { may: SECRETARIAT, missing: true, body: () => ({ accountId: null, version: STALE }) },
  "translations.reopen": { may: SECRETARIAT, missing: true, body: () => ({ version: STALE }) },
  "translations.draft": { may: ALL, query: () => ({ lang: "en" }) },

  // Whoever may read the amendments may download them; the participant list and the votes are the secretariat's.
  "exports.amendments": { may: ALL, query: () => ({ format: "csv", lang: "en" }) },
  "exports.participants": { may: SECRETARIAT, query: () => ({ format: "xlsx", lang: "ar" }) },
  "exports.votes": { may: SECRETARIAT, query: () => ({ format: "csv", lang: "fr" }) },
  "exports.attendance": { may: ["secretariat", "presidingOfficer"], query: () => ({ format: "xlsx", lang: "ar" }) },

  // Until the secretariat publishes a projector view, a group's is for the group, the plenary's for those signed in.
  "projector.groupGet": { may: GROUP_A },
  "projector.plenaryGet": { may: SIGNED_IN },
  "projector.groupPublish": { may: SECRETARIAT, body: () => ({ published: false }) },
  "projector.plenaryPublish": { may: SECRETARIAT, body: () => ({ published: false }) },

  "groups.occupancy": { may: ALL },
  "groups.members": { may: GROUP_A },
  // Anyone taking part may move to a group; the secretariat assigns people.
  "groups.join": { may: TAKING_PART, body: () => ({}), last: true },
  "groups.leave": { may: ["secretariat", "memberA"], last: true },
  "groups.history": { may: ["secretariat", "chairA"] },
  "groups.contributions": { may: GROUP_A, private: true },
  "groups.contribute": {
    may: ["chairA", "rapporteurA", "memberA"],
    body: (w) => ({ text: "Another view", questionId: w.questionA }),
  },

  "health.get": { may: ALL },

  "participants.import": { may: SECRETARIAT, body: () => ({ csv: "name,parliament\n", dryRun: true }) },
  "participants.list": { may: SECRETARIAT },
  "participants.delegations": { may: SECRETARIAT },
  "participants.invite": { may: SECRETARIAT, body: () => ({ sendMail: false }) },
  "participants.create": {
    may: SECRETARIAT,
    body: () => ({ name: "New Delegate", parliament: "Peru", gender: "woman" }),
  },
  "participants.edit": {
    may: SECRETARIAT,
    body: () => ({ version: STALE, name: "New Delegate", parliament: "Peru", gender: "woman" }),
  },
  "participants.activate": { may: SECRETARIAT, body: () => ({ version: STALE, active: false }) },
  "participants.invitationsCsv": { may: SECRETARIAT, body: () => ({ delegationId: "none" }) },
  "participants.accessSlips": { may: SECRETARIAT, body: () => ({ delegationId: "none" }) },
  "participants.template": { may: ALL },

  "participation.group": { may: ["secretariat", "chairA"] },
  "participation.groupCsv": { may: ["secretariat", "chairA"] },
  "participation.sitting": { may: ["secretariat", "presidingOfficer"] },
  "participation.sittingCsv": { may: ["secretariat", "presidingOfficer"] },

  "provenance.paragraph": { may: ALL },
  "provenance.recommendation": { may: [...GROUP_A, "presidingOfficer"], private: true },
  "provenance.contribution": { may: GROUP_A, private: true },

  // Presented recommendations only: the observers may follow.
  "adoptions.plan": { may: ["secretariat", "presidingOfficer", "observer"] },
  "adoptions.adopt": {
    may: ["secretariat", "presidingOfficer"],
    body: (w) => ({ draftId: w.draftId, recommendationIds: [w.recommendationA], decision: { method: "consensus" } }),
  },
  "adoptions.get": { may: ALL, missing: true },

  // A group's recommendation is its own until presented: the rapporteur writes it, the chair presides.
  "recommendations.list": { may: ALL, lists: { id: (w) => w.recommendationA, seenBy: [...GROUP_A, "presidingOfficer"] } },
  "recommendations.start": { may: ["secretariat", "rapporteurA"], body: (w) => ({ draftId: w.draftId }) },
  "recommendations.get": { may: [...GROUP_A, "presidingOfficer"], private: true },
  "recommendations.editTexts": {
    may: ["secretariat", "rapporteurA"],
    private: true,
    body: () => ({ version: STALE, texts: [] }),
  },
  "recommendations.addAmendment": {
    may: ["secretariat", "rapporteurA"],
    private: true,
    body: (w) => ({ action: "delete", target: w.paragraphId, version: STALE, language: "en" }),
  },
  "recommendations.reviseAmendment": {
    may: ["secretariat", "rapporteurA"],
    private: true,
    body: (w) => ({ action: "delete", target: w.paragraphId, version: STALE, language: "en" }),
  },
  "recommendations.removeAmendment": { may: ["secretariat", "rapporteurA"], private: true, body: () => ({ version: STALE }) },
  "recommendations.comment": {
    may: GROUP_A,
    private: true,
    body: () => ({ text: "A comment", language: "en" }),
  },
  // Presenting belongs to the rapporteur or the presiding officer (the chair records the agreement before).
  "recommendations.transition": {
    may: ["secretariat", "rapporteurA", "presidingOfficer"],
    private: true,
    body: () => ({ version: STALE, transition: { type: "present" } }),
  },

  "session.get": { may: ALL },
  "session.signIn": { may: ALL, body: () => ({ email: "memberA@example.org", password: "correct horse battery staple" }) },
  "session.signInWithLink": { may: ALL, credentials: true, body: () => ({ token: "not-a-valid-token-at-all" }) },
  "session.signOut": { may: SIGNED_IN, last: true },
  "session.setPassword": {
    may: SIGNED_IN,
    credentials: true,
    last: true,
    body: () => ({ password: "a much longer passphrase of mine", currentPassword: "not my password" }),
  },
  "session.forgotPassword": { may: ALL, body: () => ({ email: "nobody@example.org" }) },
  "session.resetPassword": {
    may: ALL,
    credentials: true,
    body: () => ({ token: "not-a-valid-token-at-all", password: "a much longer passphrase of mine" }),
  },
  "session.mailLink": { may: ALL, body: () => ({ email: "nobody@example.org" }) },
  "mail.list": { may: SECRETARIAT },
  "mail.retry": { may: SECRETARIAT, missing: true },

  "setup.createDocument": {
    may: SECRETARIAT,
    body: () => ({ symbol: "MATRIX/DOC", kind: "report", date: "2021-11-27", title: text("A report") }),
  },
  "setup.editDocument": { may: SECRETARIAT, body: () => ({ version: STALE, date: "2021-11-27" }) },
  "setup.publishDocument": { may: SECRETARIAT, body: () => ({ version: STALE, published: false }) },
  "setup.createGroup": {
    may: SECRETARIAT,
    body: () => ({
      number: 9,
      title: text("A group"),
      room: { hall: text("Hall"), floor: text("1"), building: text("B"), capacity: 10 },
    }),
  },
  "setup.editGroup": { may: SECRETARIAT, body: () => ({ version: STALE, number: 1 }) },
  "setup.addQuestion": { may: SECRETARIAT, body: () => ({ version: STALE, text: text("A question?") }) },
  "setup.editQuestion": { may: SECRETARIAT, body: () => ({ version: STALE, text: text("A question?") }) },
  "setup.orderQuestions": { may: SECRETARIAT, body: (w) => ({ version: STALE, order: [w.questionA] }) },
  "setup.events": { may: SECRETARIAT },
  "setup.createEvent": {
    may: SECRETARIAT,
    body: () => ({
      key: "matrix",
      name: text("An event"),
      place: text("A place"),
      organisation: text("An organisation"),
      startDate: "2030-01-01",
      endDate: "2030-01-02",
      timeZone: "UTC",
      workingLanguages: ["en"],
    }),
  },
  "setup.tree": { may: SECRETARIAT },
  "setup.editEvent": { may: SECRETARIAT, body: () => ({ version: STALE, hashtag: null }) },
  "setup.publishEvent": { may: SECRETARIAT, body: () => ({ version: STALE, published: false }) },
  "setup.createBody": { may: SECRETARIAT, body: () => ({ version: STALE, key: "matrix", kind: "other", name: text("A body") }) },
  "setup.editBody": { may: SECRETARIAT, body: () => ({ version: STALE, parentId: null }) },
  "setup.createSitting": {
    may: SECRETARIAT,
    body: (w) => ({
      bodyId: w.forumId,
      number: 99,
      date: "2021-11-27",
      startTime: "10:00",
      endTime: "11:00",
      venue: text("A room"),
      title: text("A sitting"),
    }),
  },
  "setup.editSitting": { may: SECRETARIAT, body: () => ({ version: STALE, number: 1 }) },
  "setup.publishSitting": { may: SECRETARIAT, body: () => ({ version: STALE, published: false }) },
  "setup.createAgendaItem": { may: SECRETARIAT, body: () => ({ version: STALE, number: "9", title: text("An item") }) },
  "setup.editAgendaItem": { may: SECRETARIAT, body: () => ({ version: STALE, number: "1" }) },
  // The revisions of what is published are public.
  "setup.revisions": { may: ALL },

  "sittings.events": { may: ALL },
  "sittings.event": { may: ALL },
  "sittings.list": { may: ALL },
  "sittings.get": { may: ALL },
  "sittings.draftTexts": { may: ALL },

  "speakers.groupList": { may: GROUP_A },
  "speakers.plenaryList": { may: SIGNED_IN },
  "speakers.groupCommand": { may: ["chairA", "rapporteurA", "memberA"], body: () => ({ command: { type: "request_floor" } }) },
  // Taking the floor in plenary rests on a participant record of the event, which the staff here have not.
  "speakers.plenaryCommand": {
    may: ["chairA", "rapporteurA", "memberA", "memberB", "chairB"],
    body: () => ({ command: { type: "request_floor" } }),
  },
  "speakers.groupTurns": { may: GROUP_A },
  "speakers.plenaryTurns": { may: SIGNED_IN },
  // Adding a speaker on their behalf: the group's chair and the staff; in plenary the presiding officer and the staff.
  "speakers.groupCandidates": { may: ["secretariat", "chairA"], private: true },
  "speakers.plenaryCandidates": { may: ["secretariat", "presidingOfficer"] },

  "submissions.deadline": { may: ALL },
  "submissions.setDeadline": { may: SECRETARIAT, body: () => ({ local: "2030-01-01T10:00", version: STALE }) },
  "submissions.submitAmendment": { may: ["secretariat", "memberA"], private: true, body: () => ({ version: STALE }) },
  "submissions.submitAdoption": { may: ["secretariat", "presidingOfficer"], missing: true, body: () => ({}) },

  // Hall screens: the secretariat sets them up; it and the floor's chair or presiding officer choose what they show;
  // the hall reads one through its address alone. Group A's screen is the one named.
  "projectors.list": { may: ["secretariat", "presidingOfficer", "chairA", "chairB"] },
  "projectors.create": { may: SECRETARIAT, body: () => ({ name: "Hall 2", language: "ar", groupId: null }) },
  "projectors.edit": { may: SECRETARIAT, body: () => ({ name: "Hall 2", language: "fr", version: STALE }) },
  "projectors.step": {
    may: ["secretariat", "chairA"],
    body: () => ({ version: STALE, step: { type: "show", slide: { kind: "agenda" } } }),
  },
  "projectors.preview": { may: ["secretariat", "chairA"], body: () => ({ slide: { kind: "agenda" } }) },
  "projectors.hall": { may: ALL },
  // A group's report for its presenter: its rapporteur and chair, the presiding officer and the secretariat.
  "projectors.reportPresentation": { may: ["secretariat", "presidingOfficer", "chairA", "rapporteurA"] },
  // After the hall's read: a new address ends the old one.
  "projectors.reissue": { may: SECRETARIAT, last: true },

  "tasks.mine": { may: SIGNED_IN },

  // Notifications answer for the caller alone; only group A's people and the staff follow its work.
  "notifications.list": { may: SIGNED_IN },
  "notifications.markRead": { may: SIGNED_IN, body: () => ({}) },
  "notifications.preferences": { may: SIGNED_IN },
  "notifications.setPreference": { may: SIGNED_IN, body: () => ({ kind: "vote_opened", email: true }) },
  "notifications.follow": { may: SIGNED_IN },
  "notifications.setFollow": { may: GROUP_A, body: () => ({ following: true }) },

  // Attendance: the secretariat checks people in and sets the quorum rule; the staff and the presiding officer see the
  // whole count, a group's people their group's; a person joins remotely or gives their proxy only as themselves.
  "attendance.sitting": { may: ["secretariat", "presidingOfficer"] },
  "attendance.group": { may: [...GROUP_A, "presidingOfficer"] },
  "attendance.checkIn": { may: SECRETARIAT, body: (w) => ({ participantId: w.participantId, mode: "in_hall" }) },
  "attendance.scan": { may: SECRETARIAT, missing: true, body: () => ({ code: "not-an-access-slip" }) },
  // The participant named is memberA's own record: they check themselves out and give their own proxy.
  "attendance.checkOut": { may: ["secretariat", "memberA"], body: (w) => ({ participantId: w.participantId }) },
  "attendance.joinRemotely": { may: ["chairA", "rapporteurA", "memberA", "memberB", "chairB", "observer"] },
  "attendance.giveProxy": { may: ["secretariat", "memberA"], body: (w) => ({ giverId: w.participantId, holderId: w.participantId }) },
  "attendance.withdrawProxy": { may: SECRETARIAT, missing: true, body: () => ({ proxyId: "no-such-proxy" }) },
  "attendance.setQuorumRule": {
    may: SECRETARIAT,
    body: () => ({
      version: STALE,
      rule: DEFAULT_QUORUM_RULE,
    }),
  },
  "attendance.heldProxies": { may: GROUP_A, private: true },
  "attendance.castProxyBallot": {
    may: ["chairA", "rapporteurA", "memberA"],
    missing: true,
    body: (w) => ({ giverId: w.participantId, choice: "yes" }),
  },

  // Votes are the group's: its chair opens and closes them, its members cast ballots; observers watch.
  "votes.list": { may: GROUP_A, private: true },
  "votes.open": {
    may: ["secretariat", "chairA"],
    body: (w) => ({ subject: `recommendation:${w.recommendationA}`, kind: "show_of_hands" }),
  },
  "votes.get": { may: GROUP_A, private: true },
  "votes.cast": { may: ["chairA", "rapporteurA", "memberA"], body: () => ({ choice: "yes" }) },
  "votes.transition": {
    may: ["secretariat", "chairA"],
    body: () => ({ version: STALE, transition: { type: "close" } }),
  },
};

const routesInOrder = () => {
  const all = contractRoutes();
  const last = all.filter(([id]) => POLICY[id]?.last).sort(([a], [b]) => Number(a === "session.signOut") - Number(b === "session.signOut"));
  return [...all.filter(([id]) => !POLICY[id]?.last), ...last];
};

describe.each(storeKinds())("authorization matrix on %s", (kind) => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(kind);
  }, 60_000);
  afterAll(async () => w.t.close());

  it("has an expectation for every route of the contract", () => {
    const ids = contractRoutes().map(([id]) => id);
    expect(
      ids.filter((id) => !POLICY[id]),
      "routes without an entry in POLICY: say who may call them",
    ).toEqual([]);
  });

  it("answers every route for every person as the policy says", async () => {
    const wrong: string[] = [];
    for (const [id, route] of routesInOrder()) {
      const policy = POLICY[id];
      if (!policy) continue;
      const url = fillPath(route.url, w);
      const query = policy.query?.(w);
      for (const person of PEOPLE) {
        const session = w.sessions[person];
        const res = await w.t.app.inject({
          method: route.method,
          url,
          ...(query ? { query } : {}),
          ...(route.method !== "GET" ? { payload: (policy.body?.(w) ?? {}) as object } : {}),
          headers: session ? { cookie: session.cookie, "x-csrf-token": session.csrfToken } : {},
        });
        const status = res.statusCode;
        const permitted = policy.may.includes(person);
        const chairOnly = policy.may.includes("chairA") && !policy.may.includes("memberA");
        let fault =
          status >= 500
            ? "a server error"
            : permitted
              ? status === 403 || (status === 401 && !policy.credentials) || (status === 404 && !policy.missing)
                ? "refused, though the policy lets them"
                : null
              : status >= 200 && status < 300
                ? "let through, though the policy refuses them"
                : person === "memberA" && chairOnly && status !== 403
                  ? "not refused with 403 as a member acting as the chair"
                  : ![401, 403, 404].includes(status)
                    ? "not refused with 401, 403 or 404"
                    : null;
        const listed = policy.lists && status === 200 ? res.body.includes(policy.lists.id(w)) : null;
        if (!fault && listed !== null && listed !== policy.lists!.seenBy.includes(person))
          fault = listed ? "shown group A's private item" : "not shown the item the policy lets them see";
        if (fault) wrong.push(`${id} (${route.method} ${route.url}) as ${person}: ${fault}: ${status} ${res.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("keeps group A's private work from group B, observers and the public in the policy itself", () => {
    const outsiders: Person[] = ["anonymous", "memberB", "chairB", "observer"];
    const leaks = Object.entries(POLICY).filter(([, p]) => p.private && p.may.some((who) => outsiders.includes(who)));
    expect(leaks.map(([id]) => id)).toEqual([]);
  });
});

import type { Role } from "../domain/authorization.js";
import { routes, type ApiRoute } from "../api/routes.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { onRecord, type Caller } from "../test-support/factories.js";
import type { AccountId, SittingId, ParticipantId } from "../domain/ids.js";

/** The people the authorization matrix asks as: the public, staff, both groups' officers and members, an observer. */
export const PEOPLE = [
  "anonymous",
  "secretariat",
  "presidingOfficer",
  "chairA",
  "rapporteurA",
  "memberA",
  "memberB",
  "chairB",
  "observer",
] as const;
export type Person = (typeof PEOPLE)[number];

/** Every route of the contract with its id (`feature.action`). */
export const contractRoutes = (): [string, ApiRoute][] =>
  Object.entries(routes).flatMap(([feature, actions]) =>
    Object.entries(actions as Record<string, ApiRoute>).map(([action, route]): [string, ApiRoute] => [`${feature}.${action}`, route]),
  );

/** The ids of the reference case and of what its people added, to fill paths and bodies with. */
export interface World {
  readonly t: TestApp;
  readonly sessions: Record<Person, Caller>;
  readonly accounts: Record<Exclude<Person, "anonymous">, AccountId>;
  readonly sittingId: SittingId;
  readonly eventId: string;
  readonly forumId: string;
  readonly draftId: string;
  readonly paragraphId: string;
  readonly groupA: string;
  readonly groupB: string;
  readonly questionA: string;
  readonly agendaItemId: string;
  readonly documentId: string;
  readonly documentSymbol: string;
  readonly participantId: ParticipantId;
  /** A contribution to group A's discussion, by a member of group A. */
  readonly contributionA: string;
  /** Group A's recommendation, in drafting, with one amendment of its own. */
  readonly recommendationA: string;
  readonly recommendationAmendmentA: string;
  /** A member of group A's amendment to the draft, still a draft (private to its author and staff). */
  readonly amendmentA: string;
  /** A vote group A's chair opened. */
  readonly voteA: string;
  /** A chair recommended for group A by the secretariat. */
  readonly designationA: string;
  /** Group A's hall screen, and the token of its address. */
  readonly projectorA: string;
  readonly projectorToken: string;
}

const GROUP_ROLE: Record<"chairA" | "rapporteurA" | "memberA" | "memberB" | "chairB", [Role, "A" | "B", string]> = {
  chairA: ["chair", "A", "Kenya"],
  rapporteurA: ["rapporteur", "A", "Uruguay"],
  memberA: ["participant", "A", "Spain"],
  memberB: ["participant", "B", "Mexico"],
  chairB: ["chair", "B", "India"],
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case on a fresh store, with one account per person, signed in, and a piece of group A's private work of each kind. */
export const buildWorld = async (kind: "sqlite" | "postgres"): Promise<World> => {
  const t = await testApp(kind);
  const read = async (url: string, who: Caller = null): Promise<Json> => {
    const res = await t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Json;
  };
  const sitting = (await read("/api/v1/sittings")).sittings[0] as Json;
  const detail = await read(`/api/v1/sittings/${sitting.id}`);
  const [groupA, groupB] = (detail.groups as Json[]).map((g) => g.id as string) as [string, string];
  const draft = detail.draftResolutions[0] as Json;
  const forumId = sitting.body.id as string;
  const eventId = detail.event.id as string;

  const accounts = {} as Record<Exclude<Person, "anonymous">, AccountId>;
  const sessions = { anonymous: null } as Record<Person, Caller>;
  const person = async (who: Exclude<Person, "anonymous">, roles: { role: Role; scope: string | null }[], parliament?: string) => {
    accounts[who] = await accountWith(t, `${who.toLowerCase()}@example.org`, roles);
    if (parliament) await onRecord(t, accounts[who], { parliament, name: who });
    sessions[who] = await signIn(t, `${who.toLowerCase()}@example.org`);
  };
  await person("secretariat", [{ role: "secretariat", scope: null }]);
  await person("presidingOfficer", [{ role: "presiding_officer", scope: `body:${forumId}` }]);
  for (const [who, [role, group, parliament]] of Object.entries(GROUP_ROLE) as [keyof typeof GROUP_ROLE, [Role, "A" | "B", string]][])
    await person(who, [{ role, scope: `group:${group === "A" ? groupA : groupB}` }], parliament);
  await person("observer", [{ role: "observer", scope: null }], "Chile");

  const write = async (who: Person, method: "POST" | "PUT", url: string, payload: object): Promise<Json> => {
    const s = sessions[who];
    const res = await t.app.inject({ method, url, payload, headers: s ? { cookie: s.cookie, "x-csrf-token": s.csrfToken } : {} });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Json;
  };
  const paragraphId = ((await read(`/api/v1/drafts/${draft.id}`)).paragraphs as Json[])[0]!.id as string;
  const contributionA = (
    await write("memberA", "POST", `/api/v1/groups/${groupA}/contributions`, {
      text: "A view from group A",
      questionId: (detail.groups as Json[])[0]!.guidingQuestions[0].id,
    })
  ).id;
  const recommendation = await write("rapporteurA", "POST", `/api/v1/groups/${groupA}/recommendations`, { draftId: draft.id });
  const withAmendment = await write("rapporteurA", "POST", `/api/v1/recommendations/${recommendation.id}/amendments`, {
    action: "delete",
    target: paragraphId,
    version: recommendation.version,
    language: "en",
  });
  const amendmentA = (
    await write("memberA", "POST", `/api/v1/drafts/${draft.id}/amendments`, {
      action: "delete",
      target: paragraphId,
      language: "en",
      author: "Spain",
    })
  ).id;
  const voteA = (
    await write("chairA", "POST", `/api/v1/groups/${groupA}/votes`, { subject: `recommendation:${recommendation.id}`, kind: "electronic" })
  ).id;
  const participants = (await read(`/api/v1/setup/events/${eventId}/participants`, sessions.secretariat)).participants as Json[];
  const participantId = participants.find((p) => p.name === "memberA")?.id ?? participants[0]!.id;
  const designationA = (await write("secretariat", "POST", "/api/v1/designations", { groupId: groupA, function: "chair", participantId }))
    .id;
  const screen = await write("secretariat", "POST", `/api/v1/sittings/${sitting.id}/projectors`, {
    name: "Hall A",
    language: "en",
    groupId: groupA,
  });
  const agenda = detail.agenda as Json[];
  const document = agenda.flatMap((a) => a.documents as Json[])[0]!;
  return {
    t,
    sessions,
    accounts,
    sittingId: sitting.id,
    eventId,
    forumId,
    draftId: draft.id,
    paragraphId,
    groupA,
    groupB,
    questionA: (detail.groups as Json[])[0]!.guidingQuestions[0].id,
    agendaItemId: agenda[0]!.id,
    documentId: document.id,
    documentSymbol: document.symbol,
    participantId,
    contributionA,
    recommendationA: recommendation.id,
    recommendationAmendmentA: (withAmendment.amendments as Json[])[0]!.id,
    amendmentA,
    voteA,
    designationA,
    projectorA: screen.projector.id,
    projectorToken: (screen.address as string).split("/").pop()!,
  };
};

/** What `{id}` names after each path prefix; a route of a new shape must be added here. */
const ID_AFTER: Record<string, (w: World) => string> = {
  "/api/v1/drafts": (w) => w.draftId,
  "/api/v1/me/follows/{target}": (w) => w.groupA,
  "/api/v1/groups": (w) => w.groupA,
  "/api/v1/sittings": (w) => w.sittingId,
  "/api/v1/amendments": (w) => w.amendmentA,
  "/api/v1/recommendations": (w) => w.recommendationA,
  "/api/v1/votes": (w) => w.voteA,
  "/api/v1/projectors": (w) => w.projectorA,
  "/api/v1/designations": (w) => w.designationA,
  "/api/v1/events": (w) => w.eventId,
  "/api/v1/adoptions": () => "00000000-0000-4000-8000-000000000000",
  "/api/v1/cosponsorships": () => "00000000-0000-4000-8000-000000000000",
  "/api/v1/translations": () => "00000000-0000-4000-8000-000000000000",
  "/api/v1/mail": () => "00000000-0000-4000-8000-000000000000",
  "/api/v1/contributions": (w) => w.contributionA,
  "/api/v1/setup/events": (w) => w.eventId,
  "/api/v1/setup/sittings": (w) => w.sittingId,
  "/api/v1/setup/documents": (w) => w.documentId,
  "/api/v1/setup/groups": (w) => w.groupA,
  "/api/v1/setup/guiding-questions": (w) => w.questionA,
  "/api/v1/setup/bodies": (w) => w.forumId,
  "/api/v1/setup/agenda-items": (w) => w.agendaItemId,
  "/api/v1/setup/participants": (w) => w.participantId,
  "/api/v1/revisions/{kind}": (w) => w.sittingId,
};

/** A route's path with its parameters filled with the world's ids: group A's, the reference sitting's. */
export const fillPath = (url: string, w: World): string =>
  url.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
    if (name === "id") {
      const prefix = url.slice(0, offset - 1);
      const id = ID_AFTER[prefix];
      if (!id) throw new Error(`No id for the path ${url}: add its prefix to ID_AFTER`);
      return id(w);
    }
    const named: Record<string, string> = {
      groupId: w.groupA,
      draftId: w.draftId,
      bodyId: w.forumId,
      paragraphId: w.paragraphId,
      lang: "fr",
      accountId: w.accounts.memberA,
      amendmentId: w.recommendationAmendmentA,
      kind: "sitting",
      target: "group",
      token: w.projectorToken,
    };
    const value = named[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${url}`);
    return value;
  });

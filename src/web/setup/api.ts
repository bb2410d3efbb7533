import type { z } from "zod";
import type { Routes } from "../../api/routes.js";
import * as contract from "../../api/setup.js";
import { api, ApiError, requests, type BodyOf } from "../api/client.js";
import type { RevisionKind } from "./types.js";

type Body<F extends keyof Routes, A extends keyof Routes[F]> = BodyOf<Routes[F][A]>;

/**
 * The forms send only the fields that changed, so their payloads are checked here against the route's own
 * body schema before they leave; a payload the server would refuse is refused the same way, without a round trip.
 */
const checked = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new ApiError(400, "validation_failed", "The request body is invalid", issues);
};

/** The set-up API, one function per command, typed from the contract; the server decides who may call each. */
export const setupApi = {
  events: () => requests.setup.events(),
  tree: (id: string) => requests.setup.tree({ params: { id } }),
  createEvent: (body: object) => api.setup.createEvent({ body: checked(contract.createEventBody, body) }),
  editEvent: (id: string, body: object) => api.setup.editEvent({ params: { id }, body: checked(contract.editEventBody, body) }),
  publishEvent: (id: string, version: number, published: boolean, reason: string | null = null) =>
    api.setup.publishEvent({ params: { id }, body: { version, published, reason } }),
  createBody: (id: string, body: object) => api.setup.createBody({ params: { id }, body: checked(contract.createBodyBody, body) }),
  editBody: (id: string, body: object) => api.setup.editBody({ params: { id }, body: checked(contract.editBodyBody, body) }),
  createSitting: (id: string, body: object) => api.setup.createSitting({ params: { id }, body: checked(contract.createSittingBody, body) }),
  editSitting: (id: string, body: object) => api.setup.editSitting({ params: { id }, body: checked(contract.editSittingBody, body) }),
  publishSitting: (id: string, version: number, published: boolean, reason: string | null = null) =>
    api.setup.publishSitting({ params: { id }, body: { version, published, reason } }),
  createAgendaItem: (id: string, body: object) =>
    api.setup.createAgendaItem({ params: { id }, body: checked(contract.createAgendaItemBody, body) }),
  editAgendaItem: (id: string, body: object) =>
    api.setup.editAgendaItem({ params: { id }, body: checked(contract.editAgendaItemBody, body) }),
  createDocument: (id: string, body: object) =>
    api.setup.createDocument({ params: { id }, body: checked(contract.createDocumentBody, body) }),
  editDocument: (id: string, body: object) => api.setup.editDocument({ params: { id }, body: checked(contract.editDocumentBody, body) }),
  publishDocument: (id: string, version: number, published: boolean, reason: string | null = null) =>
    api.setup.publishDocument({ params: { id }, body: { version, published, reason } }),
  createGroup: (id: string, body: object) => api.setup.createGroup({ params: { id }, body: checked(contract.createGroupBody, body) }),
  editGroup: (id: string, body: object) => api.setup.editGroup({ params: { id }, body: checked(contract.editGroupBody, body) }),
  addQuestion: (id: string, body: object) => api.setup.addQuestion({ params: { id }, body: checked(contract.questionBody, body) }),
  editQuestion: (id: string, body: object) => api.setup.editQuestion({ params: { id }, body: checked(contract.questionBody, body) }),
  orderQuestions: (id: string, version: number, order: readonly string[]) =>
    api.setup.orderQuestions({ params: { id }, body: { version, order: [...order] } }),
  revisions: (kind: RevisionKind, id: string) => requests.setup.revisions({ params: { kind, id } }),
  participants: (id: string) => requests.participants.list({ params: { id } }),
  delegations: (id: string) => requests.participants.delegations({ params: { id } }),
  importParticipants: (id: string, csv: string, options: { dryRun: boolean; onlyValidRows: boolean }) =>
    api.participants.import({ params: { id }, query: {}, body: { csv, ...options } }),
  newInvitation: (id: string) => api.participants.invite({ params: { id }, body: {} }),
  designations: (groupId: string) => requests.designations.list({ query: { groupId } }),
  recommend: (body: Body<"designations", "recommend">) => api.designations.recommend({ body }),
  transition: (id: string, version: number, transition: Body<"designations", "transition">["transition"]) =>
    api.designations.transition({ params: { id }, body: { version, transition } }),
};

/** An invitation link as the user can paste it: the server may answer with a path relative to this site. */
export const absoluteLink = (link: string, origin: string): string =>
  /^https?:\/\//.test(link) ? link : `${origin}${link.startsWith("/") ? "" : "/"}${link}`;

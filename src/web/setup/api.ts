import { api } from "../api/client.js";
import type { Designation, ImportReport, Invitation, RevisionKind, SetupDocument, SetupEvent, SetupGroup, SetupSitting } from "./types.js";

const e = encodeURIComponent;
const send = <T>(method: "POST" | "PATCH" | "PUT", path: string, body: unknown): Promise<T> => api<T>(path, { method, body });

/** The set-up API, one function per command; the server decides who may call each. */
export const setupApi = {
  eventsPath: "/api/v1/setup/events",
  treePath: (id: string) => `/api/v1/setup/events/${e(id)}`,
  createEvent: (body: object) => send<SetupEvent>("POST", "/api/v1/setup/events", body),
  editEvent: (id: string, body: object) => send<SetupEvent>("PATCH", `/api/v1/setup/events/${e(id)}`, body),
  publishEvent: (id: string, version: number, published: boolean) => send<SetupEvent>("PUT", `/api/v1/setup/events/${e(id)}/published`, { version, published }),
  createBody: (eventId: string, body: object) => send<SetupEvent>("POST", `/api/v1/setup/events/${e(eventId)}/bodies`, body),
  editBody: (id: string, body: object) => send<SetupEvent>("PATCH", `/api/v1/setup/bodies/${e(id)}`, body),
  createSitting: (eventId: string, body: object) => send<SetupSitting>("POST", `/api/v1/setup/events/${e(eventId)}/sittings`, body),
  editSitting: (id: string, body: object) => send<SetupSitting>("PATCH", `/api/v1/setup/sittings/${e(id)}`, body),
  publishSitting: (id: string, version: number, published: boolean) => send<SetupSitting>("PUT", `/api/v1/setup/sittings/${e(id)}/published`, { version, published }),
  createAgendaItem: (sittingId: string, body: object) => send<SetupSitting>("POST", `/api/v1/setup/sittings/${e(sittingId)}/agenda-items`, body),
  editAgendaItem: (id: string, body: object) => send<SetupSitting>("PATCH", `/api/v1/setup/agenda-items/${e(id)}`, body),
  createDocument: (sittingId: string, body: object) => send<SetupDocument>("POST", `/api/v1/setup/sittings/${e(sittingId)}/documents`, body),
  editDocument: (id: string, body: object) => send<SetupDocument>("PATCH", `/api/v1/setup/documents/${e(id)}`, body),
  publishDocument: (id: string, version: number, published: boolean) => send<SetupDocument>("PUT", `/api/v1/setup/documents/${e(id)}/published`, { version, published }),
  createGroup: (sittingId: string, body: object) => send<SetupGroup>("POST", `/api/v1/setup/sittings/${e(sittingId)}/groups`, body),
  editGroup: (id: string, body: object) => send<SetupGroup>("PATCH", `/api/v1/setup/groups/${e(id)}`, body),
  addQuestion: (groupId: string, body: object) => send<SetupGroup>("POST", `/api/v1/setup/groups/${e(groupId)}/guiding-questions`, body),
  editQuestion: (id: string, body: object) => send<SetupGroup>("PATCH", `/api/v1/setup/guiding-questions/${e(id)}`, body),
  orderQuestions: (groupId: string, version: number, order: readonly string[]) => send<SetupGroup>("PUT", `/api/v1/setup/groups/${e(groupId)}/guiding-questions/order`, { version, order }),
  revisionsPath: (kind: RevisionKind, id: string) => `/api/v1/revisions/${kind}/${e(id)}`,
  participantsPath: (eventId: string) => `/api/v1/setup/events/${e(eventId)}/participants`,
  delegationsPath: (eventId: string) => `/api/v1/setup/events/${e(eventId)}/delegations`,
  importParticipants: (eventId: string, csv: string, options: { dryRun: boolean; onlyValidRows: boolean }) =>
    send<ImportReport>("POST", `/api/v1/setup/events/${e(eventId)}/participants/import`, { csv, ...options }),
  newInvitation: (participantId: string) => send<Invitation>("POST", `/api/v1/setup/participants/${e(participantId)}/invitation`, {}),
  designationsPath: (groupId: string) => `/api/v1/designations?groupId=${e(groupId)}`,
  recommend: (body: object) => send<Designation>("POST", "/api/v1/designations", body),
  transition: (id: string, version: number, transition: object) => send<Designation>("POST", `/api/v1/designations/${e(id)}/transitions`, { version, transition }),
};

/** An invitation link as the user can paste it: the server may answer with a path relative to this site. */
export const absoluteLink = (link: string, origin: string): string => (/^https?:\/\//.test(link) ? link : `${origin}${link.startsWith("/") ? "" : "/"}${link}`);

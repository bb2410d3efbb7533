import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { Schema } from "../../store/schema.js";
import { assertEvent, listDelegations, listParticipants } from "../../store/setup/participants.js";

/** Importing participants from a file is the secretariat's: asked before the file is read. */
export const authorizeParticipantImport = (p: Principal): void => {
  if (!can(p, { kind: "manage_accounts" })) throw new DomainError("forbidden", "Only the secretariat imports participants");
};

/** An event's participants, for the secretariat and the Bureau; refused to anyone else, before the event is looked up. */
export const readEventParticipants = async (db: Kysely<Schema>, p: Principal, eventId: string) => {
  if (!can(p, { kind: "read_participants" }))
    throw new DomainError("forbidden", "Only the secretariat and the Bureau see the list of participants");
  await assertEvent(db, eventId);
  return listParticipants(db, eventId);
};

/** The delegations of an event's member parliaments, for the secretariat and the Bureau. */
export const readEventDelegations = async (db: Kysely<Schema>, p: Principal, eventId: string) => {
  if (!can(p, { kind: "read_participants" })) throw new DomainError("forbidden", "Only the secretariat and the Bureau see the delegations");
  await assertEvent(db, eventId);
  return listDelegations(db, eventId);
};

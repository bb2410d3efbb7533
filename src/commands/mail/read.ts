import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { listMail } from "../../store/mail/outbox.js";
import type { Schema } from "../../store/schema.js";

/** The outgoing mail, newest first: the secretariat's to read. */
export const readOutgoingMail = async (db: Kysely<Schema>, p: Principal, options: Parameters<typeof listMail>[1]) => {
  if (!can(p, { kind: "manage_accounts" })) throw new DomainError("forbidden", "Only the secretariat reads outgoing mail");
  return listMail(db, options);
};

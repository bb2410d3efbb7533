import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { storedAmendments, type StoredAmendment } from "../../store/amendments/rows.js";
import type { Schema } from "../../store/schema.js";

/** Whether a person sees an amendment: drafts only by their proposer and the staff. */
export const visibleTo = (p: Principal, a: StoredAmendment): boolean =>
  a.amendment.status !== "draft" || a.createdBy === p.accountId || can(p, { kind: "read_private_drafts" });

/** The amendments to a draft that the reader may see, by number. */
export const listAmendments = async (db: Kysely<Schema>, p: Principal, draftId: string): Promise<StoredAmendment[]> =>
  (await storedAmendments(db, draftId)).filter((a) => visibleTo(p, a));

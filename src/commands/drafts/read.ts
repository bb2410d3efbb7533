import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { readDraft, type DraftView } from "../../store/draft-read.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import type { Schema } from "../../store/schema.js";
import { readsUnpublished } from "../../domain/authorization.js";

/** The amendable text of a draft resolution as the reader may see it: an unpublished one only by those who read unpublished texts; otherwise not found. */
export const visibleDraft = (db: Kysely<Schema>, p: Principal, draftId: string): Promise<StoredDraft> =>
  loadDraft(db, draftId, readsUnpublished(p));

/** A draft for its page, with the reader's own amendments marked; a draft they may not see is not found. */
export const readDraftPage = (db: Kysely<Schema>, p: Principal, draftId: string): Promise<DraftView> =>
  readDraft(db, { accountId: p.accountId, includeUnpublished: readsUnpublished(p) }, draftId);

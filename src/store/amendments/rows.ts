import { PARAGRAPH_KINDS } from "../../domain/text/paragraph.js";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { EventScope } from "../../domain/events.js";
import { asId, type AccountId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import { LANGUAGES } from "../../domain/language.js";
import type { Amendment, AmendmentAction, AmendmentStatus } from "../../domain/text/amendment.js";
import { AMENDMENT_TRANSITIONS } from "../../domain/text/amendment-workflow.js";
import type { Schema } from "../schema.js";
import { decodeColumn, oneOf } from "../decode.js";

/** An amendment as stored: the domain value with its draft, number, proposer and version. */
export interface StoredAmendment {
  readonly amendment: Amendment;
  readonly draftId: string;
  readonly number: number;
  readonly createdBy: AccountId | null;
  readonly createdAt: string;
  readonly version: number;
}

const ACTIONS: readonly AmendmentAction[] = ["amend", "insert", "delete", "amend_title"];
const STATUSES = Object.keys(AMENDMENT_TRANSITIONS) as AmendmentStatus[];

const paragraphId = z.string().transform((s) => asId<ParagraphId>(s));

/** The `data` column of `amendments`: every field of the amendment that has no column of its own. */
export const amendmentData = z.object({
  target: paragraphId.nullish(),
  after: paragraphId.nullish(),
  kind: z.enum(PARAGRAPH_KINDS).nullish(),
  text: z.string().nullish(),
  revisedText: z.string().nullish(),
  mergedInto: z
    .string()
    .transform((s) => asId<AmendmentId>(s))
    .nullish(),
  author: z.string().nullish(),
  coSponsors: z.array(z.string()).optional(),
  paper: z.boolean().optional(),
  justification: z.string().nullish(),
  provenance: z.string().nullish(),
});

/** Decodes one `amendments` row; a row that does not decode is reported with its table and id. */
export const decodeAmendment = (r: Selectable<Schema["amendments"]>): StoredAmendment => ({
  amendment: {
    ...decodeColumn(amendmentData, r.data, "amendments", r.id),
    id: asId<AmendmentId>(r.id),
    action: oneOf(ACTIONS, r.action, "amendments.action"),
    status: oneOf(STATUSES, r.status, "amendments.status"),
    language: oneOf(LANGUAGES, r.language, "amendments.language"),
    ...(r.parent_amendment_id ? { parent: asId<AmendmentId>(r.parent_amendment_id) } : {}),
  },
  draftId: r.draft_id,
  number: r.number,
  createdBy: r.created_by,
  createdAt: r.created_at,
  version: r.version,
});

/** The JSON kept in the `data` column: the amendment without its id, action, status, language and parent. */
export const encodeAmendmentData = (a: Amendment): string => {
  const { id: _id, action: _action, status: _status, language: _language, parent: _parent, ...data } = a;
  return JSON.stringify(data);
};

/** Who hears of an amendment's events: its proposer while it is a draft, everyone afterwards. */
export const amendmentScope = (a: StoredAmendment): EventScope =>
  a.amendment.status === "draft" && a.createdBy ? `account:${a.createdBy}` : "public";

/** Every amendment to a draft as stored, drafts included, by number; callers decide what the person may see. */
export const storedAmendments = async (db: Kysely<Schema>, draftId: string): Promise<StoredAmendment[]> =>
  (await db.selectFrom("amendments").selectAll().where("draft_id", "=", draftId).orderBy("number").execute()).map(decodeAmendment);

/** One amendment as stored, or undefined. */
export const findAmendment = async (db: Kysely<Schema>, id: string): Promise<StoredAmendment | undefined> => {
  const row = await db.selectFrom("amendments").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? decodeAmendment(row) : undefined;
};

import type { Kysely } from "kysely";
import { z } from "zod";
import { notFound } from "../../domain/errors.js";
import { asId, type SittingId, type DiscussionGroupId } from "../../domain/ids.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { MAX_COUNTDOWN_SECONDS, MAX_REPORT_PAGE, type Projection, type ProjectorId, type Slide } from "../../domain/projector/slides.js";
import { hashSecret } from "../accounts.js";
import { decodeColumn, oneOf } from "../decode.js";
import type { Schema } from "../schema.js";

const slideDecoder: z.ZodType<Slide> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("speakers") }),
  z.object({ kind: z.literal("paragraph"), paragraphId: z.string(), amendmentId: z.string().nullable() }),
  z.object({ kind: z.literal("text"), draftId: z.string() }),
  z.object({ kind: z.literal("vote"), voteId: z.string() }),
  z.object({ kind: z.literal("agenda") }),
  z.object({ kind: z.literal("message"), text: z.string() }),
  z.object({ kind: z.literal("countdown"), label: z.string(), seconds: z.number().int().min(1).max(MAX_COUNTDOWN_SECONDS) }),
  z.object({
    kind: z.literal("group_report"),
    groupId: z.string().transform((s) => asId<DiscussionGroupId>(s)),
    page: z.number().int().min(0).max(MAX_REPORT_PAGE),
  }),
]);

/** `projectors.data`: the projection. */
export const projectionDecoder: z.ZodType<Projection> = z.object({
  current: slideDecoder,
  shownAt: z.string(),
  queue: z.array(z.object({ id: z.string(), slide: slideDecoder })),
});

/** A hall screen as stored, with the body and publication of its sitting (what the rights of its control rest on). */
export interface StoredProjector {
  readonly id: ProjectorId;
  readonly sittingId: SittingId;
  readonly groupId: DiscussionGroupId | null;
  readonly bodyId: string;
  readonly name: string;
  readonly language: Language;
  readonly projection: Projection;
  readonly version: number;
  readonly tokenIssuedAt: string;
}

const select = (db: Kysely<Schema>) =>
  db
    .selectFrom("projectors")
    .innerJoin("sittings", "sittings.id", "projectors.sitting_id")
    .select([
      "projectors.id",
      "projectors.sitting_id",
      "projectors.group_id",
      "projectors.name",
      "projectors.language",
      "projectors.data",
      "projectors.version",
      "projectors.token_issued_at",
      "sittings.body_id",
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof select>["executeTakeFirstOrThrow"]>>;

const toProjector = (row: Row): StoredProjector => ({
  id: asId<ProjectorId>(row.id),
  sittingId: row.sitting_id,
  groupId: row.group_id,
  bodyId: row.body_id,
  name: row.name,
  language: oneOf(LANGUAGES, row.language, `projectors.language of ${row.id}`),
  projection: decodeColumn(projectionDecoder, row.data, "projectors", row.id),
  version: row.version,
  tokenIssuedAt: row.token_issued_at,
});

/** A hall screen by id; not found otherwise. Who may see it is the caller's to decide. */
export const loadProjector = async (db: Kysely<Schema>, id: string): Promise<StoredProjector> => {
  const row = await select(db).where("projectors.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Hall screen", id);
  return toProjector(row);
};

/** The hall screen an address's token opens, read afresh each time; null once the token was re-issued. */
export const projectorByToken = async (db: Kysely<Schema>, token: string): Promise<StoredProjector | null> => {
  const row = await select(db).where("projectors.token_hash", "=", hashSecret(token)).executeTakeFirst();
  return row ? toProjector(row) : null;
};

/** The hall screens of a sitting, in the order they were set up. */
export const listProjectors = async (db: Kysely<Schema>, sittingId: SittingId): Promise<StoredProjector[]> =>
  (await select(db).where("projectors.sitting_id", "=", sittingId).orderBy("projectors.created_at").orderBy("projectors.id").execute()).map(
    toProjector,
  );

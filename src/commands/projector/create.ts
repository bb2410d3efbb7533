import { randomUUID } from "node:crypto";
import type { Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import { mayManageProjectors } from "../../domain/projector/rights.js";
import { initialProjection } from "../../domain/projector/slides.js";
import { hashSecret, newSecret } from "../../store/accounts.js";
import { loadProjector, type StoredProjector } from "../../store/projector/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { recordProjectorEvent } from "./event.js";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";

export interface ProjectorInput {
  readonly name: string;
  readonly language: Language;
}

/** A screen with the secret of its address, which is shown once: only its hash is kept. */
export interface IssuedProjector {
  readonly projector: StoredProjector;
  readonly token: string;
}

/** Refuses anyone but the secretariat: it sets up the halls' screens and their addresses. */
export const expectSecretariat = (p: Principal): void => {
  if (!mayManageProjectors(p)) throw new DomainError("forbidden", "Only the secretariat sets up hall screens");
};

/** The secretariat sets up a hall screen of a sitting, for its plenary or one of its discussion groups. */
export const createProjector = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  input: ProjectorInput & { readonly groupId: DiscussionGroupId | null },
): Promise<IssuedProjector> => {
  expectSecretariat(p);
  const sitting = await ctx.trx.selectFrom("sittings").select("id").where("id", "=", sittingId).executeTakeFirst();
  if (!sitting) throw notFound("Sitting", sittingId);
  if (input.groupId !== null) {
    const group = await ctx.trx
      .selectFrom("discussion_groups")
      .select("id")
      .where("id", "=", input.groupId)
      .where("sitting_id", "=", sittingId)
      .executeTakeFirst();
    if (!group)
      throw new DomainError("validation_failed", "The group is not one of this sitting's", [
        { path: "body.groupId", message: "expected a discussion group of this sitting" },
      ]);
  }
  const id = randomUUID();
  const token = newSecret();
  await ctx.trx
    .insertInto("projectors")
    .values({
      id,
      sitting_id: sittingId,
      group_id: input.groupId,
      name: input.name,
      language: input.language,
      token_hash: hashSecret(token),
      token_issued_at: ctx.now,
      data: JSON.stringify(initialProjection(ctx.now)),
      version: 1,
      created_at: ctx.now,
    })
    .execute();
  const projector = await loadProjector(ctx.trx, id);
  recordProjectorEvent(ctx, projector, "projector.created");
  return { projector, token };
};

import type { Principal } from "../../domain/authorization.js";
import { hashSecret, newSecret } from "../../store/accounts.js";
import { expectUpdated, expectVersion } from "../../store/committee/context.js";
import { loadProjector, type StoredProjector } from "../../store/projector/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { expectSecretariat, type IssuedProjector, type ProjectorInput } from "./create.js";
import { recordProjectorEvent } from "./event.js";

/** The secretariat renames a hall screen or changes its hall language; the screen switches at once. */
export const editProjector = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  input: ProjectorInput & { readonly version: number },
): Promise<StoredProjector> => {
  expectSecretariat(p);
  const before = await loadProjector(ctx.trx, id);
  expectVersion("This hall screen", { version: before.version }, input.version);
  expectUpdated(
    await ctx.trx
      .updateTable("projectors")
      .set({ name: input.name, language: input.language, version: before.version + 1 })
      .where("id", "=", id)
      .where("version", "=", before.version)
      .executeTakeFirst(),
    "This hall screen",
  );
  const after = await loadProjector(ctx.trx, id);
  recordProjectorEvent(ctx, after, "projector.edited");
  return after;
};

/**
 * The secretariat gives a hall screen a new address: the old one stops working at once, for reads and for
 * the live channel, and the screen that used it says so.
 */
export const reissueProjectorAddress = async (ctx: WriteContext, p: Principal, id: string): Promise<IssuedProjector> => {
  expectSecretariat(p);
  const before = await loadProjector(ctx.trx, id);
  const token = newSecret();
  await ctx.trx
    .updateTable("projectors")
    .set({ token_hash: hashSecret(token), token_issued_at: ctx.now, version: before.version + 1 })
    .where("id", "=", id)
    .execute();
  const projector = await loadProjector(ctx.trx, id);
  recordProjectorEvent(ctx, projector, "projector.address_reissued");
  return { projector, token };
};

import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { transitionAmendment } from "./transition.js";

/**
 * The secretariat takes back a committee decision on an amendment, saying why: the amendment awaits the committee's
 * decision again and the event records who reopened it, from what and why. Once the revised draft is produced the
 * decisions are part of a text and stay as they are.
 */
export const reopenCommitteeDecision = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  input: { readonly version: number; readonly reason: string },
): Promise<StoredAmendment> => {
  if (!can(p, { kind: "decide_amendments" })) throw new DomainError("forbidden", "Only the secretariat reopens a committee decision");
  const row = await ctx.trx.selectFrom("amendments").select(["draft_id", "number"]).where("id", "=", amendmentId).executeTakeFirst();
  if (!row) throw notFound("Amendment", amendmentId);
  const revised = await ctx.trx
    .selectFrom("draft_versions")
    .select("to_draft_id")
    .where("from_draft_id", "=", row.draft_id)
    .where("stage", "=", "revised")
    .executeTakeFirst();
  if (revised)
    throw new DomainError(
      "invalid_transition",
      `The revised draft was produced from these decisions; the decision on amendment ${row.number} can no longer be reopened`,
      [],
      { revisedDraftId: revised.to_draft_id },
    );
  const { late: _late, ...stored } = await transitionAmendment(
    ctx,
    p,
    amendmentId,
    { type: "reopen", reason: input.reason },
    input.version,
  );
  return stored;
};

import type { Kysely } from "kysely";
import type { Decision } from "../../domain/decisions/decision.js";
import { DomainError } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import type { AmendmentTransition } from "../../domain/text/amendment-workflow.js";
import type { Schema } from "../schema.js";
import { draftContext } from "./context.js";
import { decodeColumn } from "../decode.js";
import { decisionData } from "../columns/committee.js";

/** A committee decision as recorded: the amendment, the deciding body, the step, how it was taken and by whom. */
export interface CommitteeDecision {
  readonly id: string;
  readonly amendmentId: string;
  readonly bodyId: string;
  /** A decision, never a reopening (which the event log records). */
  readonly transition: Exclude<AmendmentTransition["type"], "reopen">;
  readonly decision: Decision;
  readonly decidedBy: AccountId | null;
  readonly decidedAt: string;
}

const fromRow = (r: Schema["committee_decisions"]): CommitteeDecision => ({
  id: r.id,
  amendmentId: r.amendment_id,
  bodyId: r.body_id,
  transition: r.transition as CommitteeDecision["transition"],
  decision: decodeColumn(decisionData, r.data, "committee_decisions", r.id).decision,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/** The committee decisions on some amendments, oldest first. */
export const decisionsOn = async (db: Kysely<Schema>, amendmentIds: readonly string[]): Promise<CommitteeDecision[]> =>
  amendmentIds.length
    ? (
        await db
          .selectFrom("committee_decisions")
          .selectAll()
          .where("amendment_id", "in", [...amendmentIds])
          .orderBy("decided_at")
          .execute()
      ).map(fromRow)
    : [];

/** Checks that a body may decide for the committee in charge of a draft for it (the committee or one of its drafting groups). */
export const decidingBody = async (db: Kysely<Schema>, draftId: string, bodyId: string): Promise<void> => {
  const draft = await draftContext(db, draftId);
  const body = await db.selectFrom("bodies").select(["id", "parent_id"]).where("id", "=", bodyId).executeTakeFirst();
  const ok = body && draft.committeeBodyId !== null && (body.id === draft.committeeBodyId || body.parent_id === draft.committeeBodyId);
  if (!ok)
    throw new DomainError("validation_failed", "Decisions are taken by the committee in charge or its drafting group", [
      { path: "body.bodyId", message: "not the committee in charge" },
    ]);
};

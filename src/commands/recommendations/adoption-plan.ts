import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { planBodySet } from "../../domain/recommendations/body-set.js";
import { presentedFor, proposalsOf } from "../../store/committee/adoption.js";
import { draftContext } from "../../store/committee/context.js";
import type { Schema } from "../../store/schema.js";

/** What the presiding officer puts to the body: the presented recommendations, merged proposals and conflicts to resolve. */
export const adoptionPlan = async (db: Kysely<Schema>, p: Principal, bodyId: string, draftId: string) => {
  if (!can(p, { kind: "preside", bodyId }) && !can(p, { kind: "read_unpublished" }))
    throw new DomainError("forbidden", "Only the presiding officer and the staff prepare the body's adoption");
  await draftContext(db, draftId);
  const recommendations = await presentedFor(db, bodyId, draftId);
  const proposals = await proposalsOf(db, recommendations);
  return { recommendations, proposals, places: planBodySet(proposals) };
};

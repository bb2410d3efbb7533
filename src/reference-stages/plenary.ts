import { addGroupAmendment, commentOnRecommendation, stepRecommendation } from "../commands/recommendations/steps.js";
import { castBallot, openGroupVote, stepVote } from "../commands/votes/votes.js";
import { startRecommendation } from "../commands/recommendations/start.js";
import { editRecommendationTexts } from "../commands/recommendations/texts.js";
import type { Kysely } from "kysely";
import type { Schema } from "../store/schema.js";
import type { RecommendationText } from "../domain/recommendations/recommendation.js";
import type { CastKey } from "./cast.js";
import { paragraphLabels, type People } from "./people.js";
import { RECOMMENDATIONS } from "./plenary-wording.js";
import type { AccountId } from "../domain/ids.js";
import type { ReferenceCase } from "./reference.js";
import type { Script } from "./script.js";

type Ref = ReferenceCase & { secretariat: AccountId };

/**
 * Stage "plenary": each rapporteur drafts the group's recommendation from its contributions, members comment,
 * the group votes under its chair, the chair records the agreement and the rapporteur presents it to the Forum.
 */
export const runPlenary = async (script: Script, ref: Ref, people: People): Promise<void> => {
  const db = script.store.db;
  const label = await paragraphLabels(db, await script.principal(ref.secretariat), ref.draftId);
  const version = async (trx: Kysely<Schema>, table: "recommendations" | "votes", id: string) =>
    (await trx.selectFrom(table).select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;
  for (const [index, r] of RECOMMENDATIONS.entries()) {
    script.at(index === 0 ? "2021-11-26T11:30:00Z" : "2021-11-26T11:31:00Z");
    const group = ref.groups[index]!;
    const contributions = async (from: readonly CastKey[], question?: number) => {
      let q = db
        .selectFrom("contributions")
        .select("id")
        .where("group_id", "=", group.id)
        .where(
          "account_id",
          "in",
          from.map((k) => people.account(k)),
        );
      if (question !== undefined) q = q.where("question_id", "=", group.questions[question]!);
      return (await q.orderBy("created_at").execute()).map((c) => c.id);
    };
    const rapporteur = people.account(r.rapporteur);
    const chair = people.account(r.chair);
    const id = (await script.as(rapporteur, (ctx, p) => startRecommendation(ctx, p, group.id, ref.draftId))).recommendation.id;
    const texts: RecommendationText[] = [];
    for (const t of r.texts)
      texts.push({
        questionId: group.questions[t.question]!,
        text: t.text,
        language: t.language,
        contributions: await contributions(t.from, t.question),
      });
    await script.as(rapporteur, async (ctx, p) =>
      editRecommendationTexts(ctx, p, id, await version(ctx.trx, "recommendations", id), texts),
    );
    for (const proposal of r.proposals) {
      const from = await contributions(proposal.from);
      await script.as(rapporteur, async (ctx, p) =>
        addGroupAmendment(ctx, p, id, await version(ctx.trx, "recommendations", id), {
          action: proposal.action,
          target: proposal.action === "amend" ? label(proposal.label) : null,
          after: proposal.action === "insert" ? label(proposal.label) : null,
          kind: proposal.action === "insert" ? "operative" : null,
          text: proposal.text,
          language: proposal.language,
          justification: null,
          contributions: from,
        }),
      );
    }
    for (const c of r.comments)
      await script.as(people.account(c.by), (ctx, p) => commentOnRecommendation(ctx, p, id, { text: c.text, language: c.language }));
    script.later(300);
    const vote = await script.as(chair, (ctx, p) =>
      openGroupVote(ctx, p, group.id, { subject: `recommendation:${id}`, kind: r.vote.kind }),
    );
    const voteId = vote.vote.id;
    if (r.vote.kind === "electronic")
      for (const [who, choice] of r.vote.ballots) await script.as(people.account(who), (ctx, p) => castBallot(ctx, p, voteId, choice));
    const counts = r.vote.kind === "show_of_hands" ? { for: r.vote.for, against: r.vote.against, abstain: r.vote.abstain } : null;
    await script.as(chair, async (ctx, p) => stepVote(ctx, p, voteId, await version(ctx.trx, "votes", voteId), { type: "close", counts }));
    await script.as(chair, async (ctx, p) =>
      stepRecommendation(ctx, p, id, await version(ctx.trx, "recommendations", id), { type: "agree", agreement: { voteId } }),
    );
    script.at("2021-11-26T11:50:00Z");
    script.later(index * 120);
    await script.as(rapporteur, async (ctx, p) =>
      stepRecommendation(ctx, p, id, await version(ctx.trx, "recommendations", id), { type: "present" }),
    );
  }
};

import { decideForCommittee } from "../commands/amendments/committee-decision.js";
import { createCompromise } from "../commands/amendments/compromise.js";
import type { AmendmentTransition } from "../domain/text/amendment-workflow.js";
import { adoptResolution, reviseDraft } from "../commands/drafts/versions.js";
import { paragraphLabels } from "./people.js";
import type { AccountId } from "../domain/ids.js";
import type { ReferenceCase } from "./reference.js";
import type { Script } from "./script.js";
import { amendmentData } from "../store/amendments/rows.js";
import { decodeColumn } from "../store/decode.js";

type Ref = ReferenceCase & { secretariat: AccountId };

/** How the committee words the survivors' consultation in OP2, merging the two delegations' amendments. */
export const OP2_COMPROMISE =
  "Urges parliaments to adopt gender-responsive and survivor-centred legislation and policies that put the rights of girls and boys front and centre and prioritize children's rights, voices and security when they alert and report online sexual exploitation, and to consult survivors, with their consent, when such legislation is drafted;";

/** The committee's wording of the second group's new paragraph, accepted as revised. */
export const CHILDREN_CAMPAIGNS_REVISED = "تدعو البرلمانات إلى إشراك الأطفال في تصميم حملات التوعية بمخاطر الاستغلال الجنسي عبر الإنترنت؛";

/**
 * Stage "adopted": the committee (its secretariat recording) decides each amendment in voting order, merges the two
 * OP2 amendments into a compromise, produces the revised draft and adopts the resolution.
 */
export const runAdopted = async (script: Script, ref: Ref): Promise<void> => {
  const db = script.store.db;
  const label = await paragraphLabels(db, await script.principal(ref.secretariat), ref.draftId);
  const tabled = await db
    .selectFrom("amendments")
    .select(["id", "number", "language", "action", "data", "parent_amendment_id"])
    .where("draft_id", "=", ref.draftId)
    .where("status", "=", "submitted")
    .orderBy("number")
    .execute();
  const byAuthor = (author: string, language?: string) =>
    tabled.find(
      (a) =>
        decodeColumn(amendmentData, a.data, "amendments", a.id).author === author && (language === undefined || a.language === language),
    )!.id;
  const decide = async (id: string, transition: AmendmentTransition) => {
    const { version } = await db.selectFrom("amendments").select("version").where("id", "=", id).executeTakeFirstOrThrow();
    await script.as(ref.secretariat, (ctx, p) =>
      decideForCommittee(ctx, p, id, { version, transition, bodyId: ref.committeeId, decision: { method: "consensus" } }),
    );
  };
  script.at("2021-11-28T08:30:00Z");
  const forum = "Forum of Women Parliamentarians";
  const forumAmendments = tabled.filter((a) => decodeColumn(amendmentData, a.data, "amendments", a.id).author === forum);
  await decide(byAuthor("Portugal"), { type: "reject" });
  await decide(byAuthor("France"), { type: "accept" });
  for (const a of forumAmendments)
    await decide(a.id, a.language === "ar" ? { type: "accept_as_revised", revisedText: CHILDREN_CAMPAIGNS_REVISED } : { type: "accept" });
  await decide(byAuthor("Egypt"), { type: "reject" });
  const { compromise } = await script.as(ref.secretariat, (ctx, p) =>
    createCompromise(ctx, p, ref.draftId, {
      target: label("OP2"),
      text: OP2_COMPROMISE,
      language: "en",
      merge: [byAuthor("South Africa"), byAuthor("Mexico")],
      bodyId: ref.committeeId,
      decision: { method: "consensus" },
      justification: "Both delegations asked that survivors be heard; the committee keeps consultation and consent.",
    }),
  );
  await decide(compromise.amendment.id, { type: "accept" });
  await decide(byAuthor("Tunisia"), { type: "reject" });

  script.at("2021-11-28T11:00:00Z");
  const draft = await db.selectFrom("draft_resolutions").select("version").where("id", "=", ref.draftId).executeTakeFirstOrThrow();
  const revised = await script.as(ref.secretariat, (ctx, p) => reviseDraft(ctx, p, ref.draftId, draft.version));
  const revisedId = revised.revision.toDraftId;
  script.at("2021-11-28T15:00:00Z");
  const next = await db.selectFrom("draft_resolutions").select("version").where("id", "=", revisedId).executeTakeFirstOrThrow();
  await script.as(ref.secretariat, (ctx, p) =>
    adoptResolution(ctx, p, revisedId, {
      version: next.version,
      bodyId: ref.committeeId,
      decision: { method: "show_of_hands", for: 27, against: 0, abstain: 2 },
    }),
  );
};

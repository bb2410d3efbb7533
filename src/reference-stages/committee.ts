import { setDeadline, ON_TIME } from "../commands/amendments/deadline.js";
import { proposeAmendment, type ProposalInput } from "../commands/amendments/propose.js";
import { submitAdoption, submitAmendment } from "../commands/amendments/submit.js";
import { adoptBodySet } from "../commands/recommendations/adopt-body-set.js";
import { asId, type AccountId, type AmendmentId, type ParagraphId } from "../domain/ids.js";
import { adoptionPlan } from "../commands/recommendations/adoption-plan.js";
import { visibleDraft } from "../commands/drafts/read.js";
import { CAST, type CastKey } from "./cast.js";
import { answerCosponsorship } from "../commands/amendments/cosponsors.js";
import { cosponsorshipsOf } from "../store/amendments/cosponsors.js";
import { DELEGATE_AMENDMENTS } from "./committee-wording.js";
import { paragraphLabels, type People } from "./people.js";
import type { ReferenceCase } from "./reference.js";
import type { Script } from "./script.js";

type Ref = ReferenceCase & { secretariat: AccountId };

/**
 * Stage "committee": the Forum adopts one set of amendments from the groups' recommendations (the secretariat
 * presiding for it), delegates table their own (some in Arabic, one a sub-amendment), and all go to the committee.
 */
export const runCommittee = async (script: Script, ref: Ref, people: People): Promise<void> => {
  const db = script.store.db;
  const staff = await script.principal(ref.secretariat);
  const label = await paragraphLabels(db, staff, ref.draftId);
  script.at("2021-11-26T11:56:00Z");
  const plan = await adoptionPlan(db, staff, ref.forumId, ref.draftId);
  const conflicts = plan.places.filter((p) => p.conflict);
  if (conflicts.length > 0) throw new Error(`The groups' proposals conflict at ${conflicts.length} place(s); the reference case has none`);
  const adoption = await script.as(ref.secretariat, (ctx, p) =>
    adoptBodySet(ctx, p, ref.forumId, {
      draftId: ref.draftId,
      recommendationIds: plan.recommendations.map((r) => r.recommendation.id),
      resolutions: {},
      leaveOut: [],
      decision: { method: "show_of_hands", for: 41, against: 2, abstain: 3 },
    }),
  );
  script.at("2021-11-26T12:10:00Z");
  await script.as(ref.secretariat, (ctx, p) =>
    setDeadline(ctx, p, ref.draftId, { local: "2021-11-27T18:00", timeZone: null, version: null }),
  );
  script.at("2021-11-27T09:00:00Z");
  await script.as(ref.secretariat, (ctx, p) => submitAdoption(ctx, p, adoption.id, ON_TIME));

  const arabic =
    (await visibleDraft(db, staff, ref.draftId)).text.paragraphs.find((p) => p.id === label("OP6"))?.text.versions.ar?.text ?? "";
  const tabled = new Map<CastKey, AmendmentId>();
  for (const d of DELEGATE_AMENDMENTS) {
    script.later(25 * 60);
    const author = people.account(d.by);
    const input: ProposalInput = {
      action: d.action,
      ...(d.action === "insert"
        ? { after: asId<ParagraphId>(label(d.label)), kind: "operative" as const }
        : { target: asId<ParagraphId>(label(d.label)) }),
      text: d.text(arabic),
      language: d.language,
      author: d.parliament,
      coSponsors: [...d.coSponsors],
      justification: d.justification,
      provenance: null,
      parent: d.amends ? tabled.get(d.amends)! : null,
      submit: false,
    };
    const stored = await script.as(author, async (ctx, p) => proposeAmendment(ctx, p, await visibleDraft(ctx.trx, p, ref.draftId), input));
    tabled.set(d.by, stored.amendment.id);
    script.later(10 * 60);
    await script.as(author, (ctx, p) => submitAmendment(ctx, p, stored.amendment.id, stored.version, ON_TIME));
    // The delegations invited to co-sponsor accept, each through its delegate.
    for (const c of await cosponsorshipsOf(db, stored.amendment.id)) {
      const sponsor = CAST.find((x) => x.parliament === c.delegation);
      if (!sponsor) continue;
      script.later(5 * 60);
      await script.as(people.account(sponsor.key), (ctx, p) => answerCosponsorship(ctx, p, c.id, "accept", c.version));
    }
  }
};

import { decideDesignation } from "../commands/designations/decide.js";
import { recommend } from "../commands/designations/recommend.js";
import { contribute } from "../commands/groups/contributions.js";
import { joinGroup } from "../commands/groups/membership.js";
import { loadGroupFloor } from "../commands/groups/floor.js";
import { readList } from "../store/group-work/lists.js";
import { runSpeakersCommand, type SpeakersCommandInput } from "../commands/speakers/run.js";
import type { AccountId } from "../domain/ids.js";
import { CAST, type CastKey } from "./cast.js";
import { GROUP_WORK } from "./groups-wording.js";
import { findPeople, importCast, paragraphLabels, type People } from "./people.js";
import type { ReferenceCase } from "./reference.js";
import type { Script } from "./script.js";

type Ref = ReferenceCase & { secretariat: AccountId };

/**
 * Stage "groups": the cast imported, chairs and rapporteurs recommended by the Bureau and designated by the
 * Forum, members joined, and both groups run: question by question, turns in the hall and remote, contributions.
 */
export const runGroups = async (script: Script, ref: Ref): Promise<void> => {
  script.at("2021-11-26T09:00:00Z");
  await importCast(script, ref);
  const people = (await findPeople(script.store.db, ref.eventId))!;
  await designate(script, ref, people);
  script.at("2021-11-26T10:40:00Z");
  for (const c of CAST.filter((m) => m.office === null)) {
    const group = ref.groups[c.group - 1]!;
    const assigned = c.key === "aisha";
    const actor = assigned ? ref.secretariat : people.account(c.key);
    await script.as(actor, async (ctx, p) => joinGroup(ctx, p, group.id, people.account(c.key)));
  }
  const label = await paragraphLabels(script.store.db, await script.principal(ref.secretariat), ref.draftId);
  for (const [index, work] of GROUP_WORK.entries()) {
    script.at(index === 0 ? "2021-11-26T10:45:00Z" : "2021-11-26T10:46:00Z");
    const group = ref.groups[index]!;
    const chair = people.account(work.chair);
    const command = (who: AccountId, c: SpeakersCommandInput, asChair = true) =>
      script.as(who, async (ctx, p) => {
        const floor = await loadGroupFloor(ctx.trx, p, group.id);
        const version = asChair ? (await readList(ctx.trx, floor)).list.version : undefined;
        return runSpeakersCommand(ctx, p, floor, { command: c, version });
      });
    await command(chair, { type: "set_time_limit", seconds: 180 });
    for (const [q, turns] of work.questions.entries()) {
      await command(chair, { type: "set_question", questionId: group.questions[q]! });
      for (const turn of turns) {
        const speaker = people.account(turn.speaker);
        await command(speaker, { type: "request_floor", remote: turn.remote ?? false, pointOfOrder: false }, false);
        await command(chair, { type: "call_next" });
        script.later(turn.seconds);
        await command(chair, { type: "end_turn" });
        await script.as(speaker, async (ctx, p) =>
          contribute(ctx, p, group.id, {
            text: turn.text,
            questionId: group.questions[q]!,
            paragraphIds: turn.paragraphs.map(label),
          }),
        );
      }
    }
  }
};

/** The Bureau (through the secretariat) recommends each group's chair and rapporteur; the Forum designates them at the sitting. */
const designate = async (script: Script, ref: Ref, people: People): Promise<void> => {
  script.at("2021-11-26T09:30:00Z");
  const offices = CAST.filter((c) => c.office !== null);
  const recommended = [];
  for (const c of offices)
    recommended.push(
      await script.as(ref.secretariat, (ctx, p) =>
        recommend(ctx, p, {
          groupId: ref.groups[c.group - 1]!.id,
          function: c.office!,
          participantId: people.participant(c.key as CastKey),
          note: null,
        }),
      ),
    );
  script.at("2021-11-26T10:35:00Z");
  for (const d of recommended)
    await script.as(ref.secretariat, (ctx, p) =>
      decideDesignation(ctx, p, d.designation.id, d.version, {
        type: "designate",
        sittingId: ref.sittingId,
        date: "2021-11-26",
        method: { kind: "consensus" },
      }),
    );
};

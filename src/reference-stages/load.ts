import type { Kysely } from "kysely";
import type { Store } from "../store/database.js";
import type { Schema } from "../store/schema.js";
import { runAdopted } from "./adopted.js";
import { exclusive } from "./exclusive.js";
import { runCommittee } from "./committee.js";
import { runGroups } from "./groups.js";
import { findPeople, type People } from "./people.js";
import { runPlenary } from "./plenary.js";
import type { AccountId } from "../domain/ids.js";
import { findReferenceCase, type ReferenceCase } from "./reference.js";
import { Script } from "./script.js";
import { REFERENCE_STAGES, reachedBy, type ReferenceStage } from "./stages.js";

type Ref = ReferenceCase & { secretariat: AccountId };

/** How far the reference case has gone in this store, read from what its people recorded. */
export const stageOf = async (db: Kysely<Schema>, ref: ReferenceCase): Promise<ReferenceStage> => {
  const revised = await db
    .selectFrom("draft_versions")
    .innerJoin("draft_resolutions", "draft_resolutions.id", "draft_versions.to_draft_id")
    .select("draft_resolutions.stage")
    .where("draft_versions.from_draft_id", "=", ref.draftId)
    .where("draft_versions.stage", "=", "revised")
    .executeTakeFirst();
  if (revised?.stage === "adopted") return "adopted";
  if (await db.selectFrom("body_adoptions").select("id").where("draft_id", "=", ref.draftId).executeTakeFirst()) return "committee";
  if (
    await db
      .selectFrom("recommendations")
      .select("id")
      .where("draft_id", "=", ref.draftId)
      .where("status", "=", "presented")
      .executeTakeFirst()
  )
    return "plenary";
  if (await findPeople(db, ref.eventId)) return "groups";
  return "before";
};

const STEPS: Record<Exclude<ReferenceStage, "before">, (script: Script, ref: Ref, people: () => Promise<People>) => Promise<void>> = {
  groups: (script, ref) => runGroups(script, ref),
  plenary: async (script, ref, people) => runPlenary(script, ref, await people()),
  committee: async (script, ref, people) => runCommittee(script, ref, await people()),
  adopted: (script, ref) => runAdopted(script, ref),
};

/**
 * Brings the reference case to a stage by playing every step after the one the store is at, as the people of the
 * story would, through the same commands as the screens. A store at or past the stage is left alone; instances
 * starting together play it once.
 * Returns what was done, in a sentence for the log.
 */
export const loadReferenceStage = (store: Store, target: ReferenceStage): Promise<string> => exclusive(store, () => play(store, target));

const play = async (store: Store, target: ReferenceStage): Promise<string> => {
  const ref = await findReferenceCase(store.db);
  if (!ref) return `The reference case is not in this database; stage "${target}" was not loaded.`;
  const current = await stageOf(store.db, ref);
  if (reachedBy(current, target)) return `The reference case is already at stage "${current}"; nothing loaded.`;
  const { secretariat } = ref;
  if (secretariat === null)
    throw new Error("The reference stages are played with the secretariat account: create it first (rapporteur create-admin)");
  const script = await Script.resume(store);
  const people = async () => (await findPeople(store.db, ref.eventId)) ?? Promise.reject(new Error("The reference cast is missing"));
  const steps = REFERENCE_STAGES.slice(REFERENCE_STAGES.indexOf(current) + 1, REFERENCE_STAGES.indexOf(target) + 1) as Exclude<
    ReferenceStage,
    "before"
  >[];
  for (const step of steps) {
    try {
      await STEPS[step](script, { ...ref, secretariat }, people);
    } catch (error) {
      throw new Error(`Could not bring the reference case to stage "${step}": ${(error as Error).message}`, { cause: error });
    }
  }
  return `Loaded the reference case at stage "${target}" (${steps.join(", ")}), dated as in Madrid, 26–28 November 2021.`;
};

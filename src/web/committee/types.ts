import type { z } from "zod";
import type { decisionInput, decisionOutput, compilationSchema, versionsSchema } from "../../api/committee.js";
import type { ParagraphProvenance } from "../../api/provenance.js";
import type { adoptionPlanSchema, adoptionSchema, groupAmendmentSchema, recommendationSchema } from "../../api/recommendations.js";
import type { deadlineSchema } from "../../api/submissions.js";
import type { tasksSchema } from "../../api/tasks.js";
import type { voteSchema } from "../../api/votes.js";

/** The recommendation, vote, submission, committee and provenance answers as the web app reads them: the contract's types, never a copy. */

/** A decision the committee screens let a person enter: by consensus or a show of hands (a roll call is the API's alone). */
export type DecisionInput = Extract<z.input<typeof decisionInput>, { readonly method: "consensus" | "show_of_hands" }>;
export type Decision = z.output<typeof decisionOutput>;

/** A recommendation with the reader's permissions, as the API answers it. */
export type Recommendation = z.output<typeof recommendationSchema>;
export type GroupAmendment = z.output<typeof groupAmendmentSchema>;
export type Vote = z.output<typeof voteSchema>;
export type AdoptionPlan = z.output<typeof adoptionPlanSchema>;
export type Adoption = z.output<typeof adoptionSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type Compilation = z.output<typeof compilationSchema>;
export type DraftVersion = z.output<typeof versionsSchema>["versions"][number];
export type Provenance = ParagraphProvenance;
export type Trace = Provenance["amendments"][number];

/** What waits for the reader on the start page, as the tasks answer gives it. */
export type Tasks = z.output<typeof tasksSchema>;
export type Task = Tasks["tasks"][number];

import type { z } from "zod";
import type { designationSchema } from "../../api/designations.js";
import type { delegationListSchema, importReportSchema, participantSchema } from "../../api/participants.js";
import type {
  documentSchema,
  eventSchema,
  groupSchema,
  revisionListSchema,
  revisionParams,
  setupTreeSchema,
  sittingSchema,
} from "../../api/setup.js";

/** The set-up API's answers as the set-up screens read them: the contract's types, never a copy. */

export type SetupEvent = z.output<typeof eventSchema>;
export type SetupBody = SetupEvent["bodies"][number];
export type Translations = Partial<SetupEvent["translations"]>;
export type SetupSitting = z.output<typeof sittingSchema>;
export type SetupAgendaItem = SetupSitting["agenda"][number];
export type SetupDocument = z.output<typeof documentSchema>;
export type SetupGroup = z.output<typeof groupSchema>;
export type SetupTree = z.output<typeof setupTreeSchema>;
export type SittingTree = SetupTree["sittings"][number];

export type RevisionKind = z.output<typeof revisionParams>["kind"];
export type Revision = z.output<typeof revisionListSchema>["revisions"][number];

export type ImportReport = z.output<typeof importReportSchema>;
export type ImportProblem = ImportReport["problems"][number];
export type Invitation = ImportReport["invitations"][number];
export type Participant = z.output<typeof participantSchema>;
export type Delegation = z.output<typeof delegationListSchema>["delegations"][number];

export type Designation = z.output<typeof designationSchema>;
export type DecisionMethod = NonNullable<Designation["decision"]>["method"];

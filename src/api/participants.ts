import { z } from "zod";
import { id, version } from "./common.js";
import { ROLES } from "../domain/authorization.js";
import { LANGUAGES } from "../domain/language.js";
import { GENDERS } from "../domain/model.js";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const eventParams = z.strictObject({ id });

/** Import options in the query string: the way to set them when the body is the CSV file itself. */
export const importQuery = z.strictObject({ onlyValidRows: flag.optional(), dryRun: flag.optional(), sendMail: flag.optional() });

/** The body: `{csv, onlyValidRows, dryRun}` as JSON, or the file's bytes sent as text/csv (seen here as `file`). */
export const importBody = z.preprocess(
  (v) => (v instanceof Uint8Array ? { file: v } : v),
  z
    .strictObject({
      file: z.instanceof(Uint8Array).optional(),
      csv: z.string().optional(),
      onlyValidRows: z.boolean().default(false),
      dryRun: z.boolean().default(false),
      /** Queue each new participant's invitation by mail, in their language. */
      sendMail: z.boolean().default(false),
    })
    .refine((v) => (v.file === undefined) !== (v.csv === undefined), {
      message: 'send the file as {"csv": "…"} or as a text/csv body',
      path: ["csv"],
    }),
);

/** A row's problem: `problem` in English (for the CLI and older clients), `because` as a code and values each interface words. */
const problem = z.strictObject({
  row: z.number().int(),
  column: z.string().nullable(),
  problem: z.string(),
  because: z.strictObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
});
const invitation = z.strictObject({
  participantId: z.string(),
  accountId: z.string(),
  email: z.string(),
  name: z.string(),
  link: z.string(),
  expiresAt: z.string(),
});

export const importReportSchema = z.strictObject({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int(),
  problems: z.array(problem),
  participants: z.array(
    z.strictObject({ id: z.string(), row: z.number().int(), name: z.string(), delegationId: z.string(), accountId: z.string().nullable() }),
  ),
  delegations: z.array(z.strictObject({ id: z.string(), name: z.string(), parliament: z.string() })),
  invitations: z.array(invitation),
  /** How many invitations were queued by mail. */
  mailed: z.number().int().optional(),
});

export const invitationSchema = invitation.extend({ mailed: z.boolean().optional() });

export const participantListSchema = z.strictObject({
  participants: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      parliament: z.string(),
      gender: z.string(),
      birthYear: z.number().int().nullable(),
      ageBand: z.string().nullable(),
      languages: z.array(z.string()),
      delegation: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
      accountId: z.string().nullable(),
      email: z.string().nullable(),
      signedUp: z.boolean(),
      roles: z.array(z.strictObject({ role: z.string(), scope: z.string().nullable() })),
      /** False once the secretariat deactivated them: signed out, their links void. */
      active: z.boolean(),
      version: z.number().int(),
    }),
  ),
});

export const participantSchema = participantListSchema.shape.participants.element;

/** A participant as the secretariat enters them on screen. */
export const participantFields = z.strictObject({
  name: z.string().max(400),
  parliament: z.string().max(400),
  /** The delegation's name; empty: the parliament's. */
  delegation: z.string().max(400).default(""),
  email: z.string().max(400).nullable().default(null),
  gender: z.enum(GENDERS),
  birthYear: z.number().int().nullable().default(null),
  ageBand: z.string().max(20).nullable().default(null),
  languages: z.array(z.enum(LANGUAGES)).max(4).default([]),
  /** Roles of the participants screen; a presiding officer's scope is `body:ID`. */
  roles: z
    .array(z.strictObject({ role: z.enum(ROLES), scope: z.string().max(100).nullable() }))
    .max(20)
    .default([]),
});

export const participantParams = z.strictObject({ id });
export const createParticipantBody = participantFields;
export const editParticipantBody = participantFields.extend({ version });
export const activationBody = z.strictObject({ version, active: z.boolean() });

/** Which participants' links to issue: the whole event, or one delegation. */
export const invitationsBody = z.strictObject({ delegationId: z.string().max(100).optional() });
export const csvText = z.string();

export const delegationListSchema = z.strictObject({
  delegations: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      parliament: z.string(),
      members: z.array(z.strictObject({ id: z.string(), name: z.string(), gender: z.string() })),
      byGender: z.record(z.string(), z.number().int()),
    }),
  ),
});

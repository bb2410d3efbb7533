import { z } from "zod";
import { COSPONSOR_STATUSES, COSPONSOR_STEPS } from "../domain/cosponsors/cosponsorship.js";
import { AMENDMENT_STATUSES, AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { languageSchema } from "./multilingual.js";

export const cosponsorshipParams = z.strictObject({ id: z.string().min(1).max(100) });

/** Whom the author invites: delegations of the event, each as a whole or through one member (by account). */
export const inviteBody = z.strictObject({
  invitations: z
    .array(
      z.strictObject({ delegation: z.string().trim().min(1).max(200), accountId: z.string().min(1).max(100).nullable().default(null) }),
    )
    .min(1)
    .max(50),
});

/** The invited delegation accepts or declines; the author, the secretariat or a co-sponsor withdraws. */
export const answerBody = z.strictObject({ step: z.enum(COSPONSOR_STEPS), version: z.number().int().positive() });

export const cosponsorshipSchema = z.strictObject({
  id: z.string(),
  amendmentId: z.string(),
  delegation: z.string(),
  /** The member invited by name; null when the whole delegation is invited. */
  invitedAccountId: z.string().nullable(),
  status: z.enum(COSPONSOR_STATUSES),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
  version: z.number().int(),
  /** The steps the reader may take on it now. */
  permissions: z.strictObject({ accept: z.boolean(), decline: z.boolean(), withdraw: z.boolean() }),
});

/** An amendment's co-sponsorships, every step kept; only the accepted ones name their delegation on the amendment. */
export const amendmentCosponsorsSchema = z.strictObject({
  amendmentId: z.string(),
  number: z.number().int(),
  cosponsorships: z.array(cosponsorshipSchema),
  /** The delegations of the event the reader may invite (none when the reader may not invite). */
  choices: z.array(z.string()),
  permissions: z.strictObject({ invite: z.boolean() }),
});

/** The invitations waiting for the reader's answer, each with the amendment it concerns. */
export const invitationListSchema = z.strictObject({
  invitations: z.array(
    cosponsorshipSchema.extend({
      amendment: z.strictObject({
        id: z.string(),
        draftId: z.string(),
        number: z.number().int(),
        status: z.enum(AMENDMENT_STATUSES),
        author: z.string().nullable(),
        action: z.enum(AMENDMENT_ACTIONS),
        targetLabel: z.string().nullable(),
        language: languageSchema,
        text: z.string().nullable(),
      }),
    }),
  ),
  /** The sittings whose live `amendment.*` events change these invitations. */
  sittings: z.array(z.string()),
});

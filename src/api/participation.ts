import { z } from "zod";

const row = z.strictObject({
  category: z.string(),
  members: z.number().int(),
  memberShare: z.number(),
  present: z.number().int(),
  speakers: z.number().int(),
  turns: z.number().int(),
  speakingSeconds: z.number().int(),
  speakingShare: z.number(),
});

/** Speakers and speaking time by gender and by age band (under 45 / 45 and over / unknown), against the membership. */
export const figuresSchema = z.strictObject({
  members: z.number().int(),
  present: z.number().int(),
  speakers: z.number().int(),
  turns: z.number().int(),
  speakingSeconds: z.number().int(),
  byGender: z.array(row).readonly(),
  byAge: z.array(row).readonly(),
});

export const groupParticipationSchema = z.strictObject({ groupId: z.string(), sittingId: z.string(), figures: figuresSchema });

export const sittingParticipationSchema = z.strictObject({
  sittingId: z.string(),
  sitting: figuresSchema,
  groups: z.array(z.strictObject({ groupId: z.string(), number: z.number().int(), figures: figuresSchema })),
  plenary: figuresSchema,
});

export const csvSchema = z.string();

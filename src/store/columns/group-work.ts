import { GENDERS } from "../../domain/model.js";
import { z } from "zod";
import { asId, type AccountId } from "../../domain/ids.js";
import type { Speaker, TurnRef } from "../../domain/speakers/types.js";

/** `speaker_requests.speaker`: the facts about a speaker kept with the request, as they were when the floor was asked. */
export const speakerData: z.ZodType<Speaker> = z.object({
  accountId: z.string().transform((s) => asId<AccountId>(s)),
  name: z.string(),
  parliament: z.string(),
  gender: z.enum(GENDERS),
  birthYear: z.number().int().nullable(),
  ageBand: z.string().nullable(),
}) as unknown as z.ZodType<Speaker>;

/** `contributions.paragraph_ids`: the paragraphs a contribution concerns. */
export const contributionParagraphs = z.array(z.string());

/** `speaker_requests.reply_to`: the turn a right of reply answered, as it was named then (migration 014). */
export const turnRefData: z.ZodType<TurnRef> = z.object({
  requestId: z.string(),
  accountId: z.string(),
  name: z.string(),
  parliament: z.string(),
}) as unknown as z.ZodType<TurnRef>;

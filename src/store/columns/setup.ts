import { z } from "zod";
import type { DesignationId } from "../../domain/designations/designation.js";
import { asId, type AccountId, type SittingId } from "../../domain/ids.js";
import { LANGUAGES } from "../../domain/language.js";
import { multilingualDecoder as ml } from "../decode.js";

/** `meeting_events.data`: the event's names, dates, zone and working languages. */
export const eventData = z.looseObject({
  name: ml,
  place: ml,
  organisation: ml,
  tagline: ml,
  hashtag: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  timeZone: z.string(),
  workingLanguages: z.array(z.enum(LANGUAGES)),
});

/** `bodies.data`: the body's name. */
export const bodyData = z.looseObject({ name: ml });

/** `sittings.data`: venue and title. */
export const sittingData = z.looseObject({ venue: ml, title: ml });

/** `agenda_items.data`: the item's title. */
export const agendaItemData = z.looseObject({ title: ml });

/** `documents.data`: title, subtitle, sections and footnotes. */
export const documentData = z.looseObject({
  title: ml,
  subtitle: ml.nullable(),
  sections: z.array(z.object({ key: z.string(), heading: ml, paragraphs: z.array(ml) })),
  footnotes: z.array(z.object({ number: z.number(), text: ml, url: z.string().nullable() })),
});

/** `discussion_groups.data`: title, description and room. */
export const groupData = z.looseObject({
  title: ml,
  description: z.array(ml),
  room: z.object({ hall: ml, floor: ml, building: ml, capacity: z.number().int().nonnegative() }),
});

/** `guiding_questions.data`: the question. */
export const guidingQuestionData = z.looseObject({ text: ml });

/** `participants.languages`: the languages a participant works in. */
export const participantLanguages = z.array(z.string());

const count = z.number().int().nonnegative();
const accountId = z.string().transform((s) => asId<AccountId>(s));

/** `designations.data`: the Bureau's recommendation, the body's decision, the replacements and a withdrawal. */
export const designationData = z.looseObject({
  recommendation: z.object({ by: accountId.nullable(), at: z.string(), note: z.string().nullable() }),
  decision: z
    .object({
      date: z.string(),
      sittingId: z.string().transform((s) => asId<SittingId>(s)),
      method: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("consensus") }),
        z.object({ kind: z.literal("show_of_hands"), for: count, against: count, abstain: count }),
        z.object({ kind: z.literal("roll_call"), for: count, against: count, abstain: count }),
      ]),
      by: accountId.nullable(),
    })
    .nullable(),
  replaces: z
    .string()
    .transform((s) => asId<DesignationId>(s))
    .nullable(),
  replacedBy: z
    .string()
    .transform((s) => asId<DesignationId>(s))
    .nullable(),
  withdrawal: z.object({ at: z.string(), reason: z.string().nullable(), by: accountId.nullable() }).nullable(),
});

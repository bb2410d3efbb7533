import { z } from "zod";
import { languageSchema, multilingualSchema, textInLanguageSchema } from "./multilingual.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
export { idParams, langQuery } from "./common.js";

/** A text with every language version, or one language when the caller asked for `?lang=`. */
const text = z.union([multilingualSchema, textInLanguageSchema]);

export const eventSchema = z.strictObject({
  id: z.string(),
  name: text,
  place: text,
  organisation: text,
  tagline: text,
  hashtag: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  timeZone: z.string(),
  workingLanguages: z.array(languageSchema),
  published: z.boolean(),
});

export const bodySchema = z.strictObject({ id: z.string(), kind: z.string(), name: text });

export const sittingSummarySchema = z.strictObject({
  id: z.string(),
  eventId: z.string(),
  body: bodySchema,
  number: z.number().int(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.string(),
  venue: text,
  title: text,
  published: z.boolean(),
  version: z.number().int(),
});

const documentSchema = z.strictObject({
  id: z.string(),
  symbol: z.string(),
  kind: z.string(),
  date: z.string(),
  title: text,
  subtitle: text.nullable(),
  sections: z.array(z.strictObject({ key: z.string(), heading: text, paragraphs: z.array(text) })),
  footnotes: z.array(z.strictObject({ number: z.number().int(), text, url: z.string().nullable() })),
});

const groupSchema = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  title: text,
  description: z.array(text),
  room: z.strictObject({ hall: text, floor: text, building: text, capacity: z.number().int() }),
  version: z.number().int(),
  guidingQuestions: z.array(z.strictObject({ id: z.string(), position: z.number().int(), text })),
});

/** A draft resolution as a sitting lists and links it; its paragraphs are read with `draftTextsSchema`. */
const draftSchema = z.strictObject({
  id: z.string(),
  symbol: z.string(),
  title: text,
  illustrative: z.boolean(),
  note: text.nullable(),
  stage: z.string(),
  version: z.number().int(),
  committee: bodySchema.nullable(),
});

/** The labelled paragraphs and sub-paragraphs of a sitting's draft resolutions, for the screens that show or name them. */
export const draftTextsSchema = z.strictObject({
  drafts: z.array(
    z.strictObject({
      id: z.string(),
      symbol: z.string(),
      version: z.number().int(),
      paragraphs: z.array(
        z.strictObject({
          id: z.string(),
          label: z.string(),
          kind: z.enum(PARAGRAPH_KINDS),
          text,
          subParagraphs: z.array(z.strictObject({ id: z.string(), label: z.string(), text })),
        }),
      ),
    }),
  ),
});

export const sittingDetailSchema = z.strictObject({
  sitting: sittingSummarySchema,
  event: eventSchema,
  agenda: z.array(z.strictObject({ id: z.string(), number: z.string(), title: text, documents: z.array(documentSchema) })),
  groups: z.array(groupSchema),
  draftResolutions: z.array(draftSchema),
});

export const sittingListSchema = z.strictObject({ sittings: z.array(sittingSummarySchema) });
export const eventListSchema = z.strictObject({ events: z.array(eventSchema) });
export const eventDetailSchema = z.strictObject({
  event: eventSchema,
  bodies: z.array(bodySchema),
  sittings: z.array(sittingSummarySchema),
});

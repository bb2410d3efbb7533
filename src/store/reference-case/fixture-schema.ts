import { BODY_KINDS, DOCUMENT_KINDS } from "../../domain/model.js";
import { PARAGRAPH_KINDS } from "../../domain/text/paragraph.js";
import { z } from "zod";
import { languageSchema, multilingualSchema as ml } from "../../api/multilingual.js";

const isoDate = z.iso.date();
const time = z.string().regex(/^\d{2}:\d{2}$/);

const roomSchema = z.strictObject({ hall: ml, floor: ml, building: ml, capacity: z.number().int().positive() });

const groupSchema = z.strictObject({
  number: z.number().int().positive(),
  title: ml,
  description: z.array(ml),
  room: roomSchema,
  guidingQuestions: z.array(ml).min(1),
});

const paragraphSchema = z.strictObject({
  kind: z.enum(PARAGRAPH_KINDS),
  text: ml,
  subParagraphs: z.array(ml).default([]),
});

/** The shape of a meeting fixture such as the reference case: what the loader accepts, strictly. */
export const meetingFixtureSchema = z.strictObject({
  event: z.strictObject({
    key: z.string().min(1),
    organisation: ml,
    tagline: ml,
    name: ml,
    place: ml,
    startDate: isoDate,
    endDate: isoDate,
    timeZone: z.string().min(1),
    workingLanguages: z.array(languageSchema).min(1),
    hashtag: z.string().nullable().default(null),
  }),
  bodies: z.array(
    z.strictObject({
      key: z.string().min(1),
      kind: z.enum(BODY_KINDS),
      name: ml,
      parent: z.string().nullable(),
    }),
  ),
  sittings: z.array(
    z.strictObject({
      key: z.string().min(1),
      body: z.string(),
      number: z.number().int().positive(),
      date: isoDate,
      startTime: time,
      endTime: time,
      venue: ml,
      title: ml,
      agenda: z.array(z.strictObject({ number: z.string(), title: ml, documents: z.array(z.string()) })),
      groups: z.array(groupSchema),
    }),
  ),
  documents: z.array(
    z.strictObject({
      symbol: z.string().min(1),
      kind: z.enum(DOCUMENT_KINDS),
      date: isoDate,
      title: ml,
      subtitle: ml.nullable(),
      sections: z.array(z.strictObject({ key: z.string(), heading: ml, paragraphs: z.array(ml) })),
      footnotes: z.array(z.strictObject({ number: z.number().int().positive(), text: ml, url: z.string().nullable() })),
    }),
  ),
  draftResolution: z.strictObject({
    symbol: z.string().min(1),
    title: ml,
    committee: z.string(),
    illustrative: z.boolean(),
    note: ml.nullable(),
    paragraphs: z.array(paragraphSchema),
  }),
});

export type MeetingFixture = z.infer<typeof meetingFixtureSchema>;

import { z } from "zod";
import { BODY_KINDS, DOCUMENT_KINDS } from "../domain/model.js";
import { LANGUAGES } from "../domain/language.js";
import { languageSchema, multilingualSchema as ml } from "./multilingual.js";
import { id, version } from "./common.js";
import { LANGUAGE_VERSION_STATUSES } from "../domain/multilingual.js";
import { REVISION_KINDS } from "../domain/setup/revisions.js";
export { idParams } from "./common.js";

const key = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, dot, dash and underscore only");
const isoDate = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM");
const bodyKind = z.enum(BODY_KINDS);
const documentKind = z.enum(DOCUMENT_KINDS);
const status = z.enum(LANGUAGE_VERSION_STATUSES);

/** An edit must change something besides naming the version it saw. */
const somethingToChange = <T extends z.ZodObject>(schema: T) =>
  schema.refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "name at least one field to change", path: [] });

export const revisionParams = z.strictObject({ kind: z.enum(REVISION_KINDS), id });

const eventFields = {
  name: ml,
  place: ml,
  organisation: ml,
  tagline: ml,
  hashtag: z.string().trim().max(100).nullable(),
  startDate: isoDate,
  endDate: isoDate,
  timeZone: z.string().min(1).max(64),
  workingLanguages: z.array(languageSchema).min(1).max(LANGUAGES.length),
};
export const createEventBody = z.strictObject({
  key,
  ...eventFields,
  tagline: ml.nullable().default(null),
  hashtag: eventFields.hashtag.default(null),
});
export const editEventBody = somethingToChange(
  z
    .strictObject({ version, ...eventFields })
    .partial()
    .required({ version: true }),
);
/** Publishing or withdrawing; withdrawing from publication says why (recorded with who did it). */
export const publicationBody = z.strictObject({
  version,
  published: z.boolean(),
  reason: z.string().trim().max(2_000).nullable().optional(),
});

const bodyFields = { kind: bodyKind, name: ml, parentId: id.nullable() };
export const createBodyBody = z.strictObject({ version, key, ...bodyFields, parentId: id.nullable().default(null) });
export const editBodyBody = somethingToChange(
  z
    .strictObject({ version, ...bodyFields })
    .partial()
    .required({ version: true }),
);

const sittingFields = {
  bodyId: id,
  number: z.number().int().positive().max(100_000),
  date: isoDate,
  startTime: time,
  endTime: time,
  timeZone: z.string().min(1).max(64),
  venue: ml,
  title: ml,
};
export const createSittingBody = z.strictObject({ ...sittingFields, timeZone: sittingFields.timeZone.nullable().default(null) });
export const editSittingBody = somethingToChange(
  z
    .strictObject({ version, ...sittingFields })
    .partial()
    .required({ version: true }),
);

const itemNumber = z.string().trim().min(1).max(20);
export const createAgendaItemBody = z.strictObject({ version, number: itemNumber, title: ml });
export const editAgendaItemBody = somethingToChange(z.strictObject({ version, number: itemNumber.optional(), title: ml.optional() }));

const documentFields = {
  symbol: z.string().trim().min(1).max(100),
  kind: documentKind,
  date: isoDate,
  agendaItemId: id.nullable(),
  title: ml,
  subtitle: ml.nullable(),
  sections: z.array(z.strictObject({ key: z.string().trim().min(1).max(100), heading: ml, paragraphs: z.array(ml).max(500) })).max(200),
  footnotes: z
    .array(z.strictObject({ number: z.number().int().positive().max(10_000), text: ml, url: z.url().max(2_000).nullable().default(null) }))
    .max(500),
};
export const createDocumentBody = z.strictObject({
  ...documentFields,
  agendaItemId: id.nullable().default(null),
  subtitle: ml.nullable().default(null),
  sections: documentFields.sections.default([]),
  footnotes: documentFields.footnotes.default([]),
});
export const editDocumentBody = somethingToChange(
  z
    .strictObject({ version, ...documentFields })
    .partial()
    .required({ version: true }),
);

const room = z.strictObject({ hall: ml, floor: ml, building: ml, capacity: z.number().int().positive().max(100_000) });
const groupFields = { number: z.number().int().positive().max(1_000), title: ml, description: z.array(ml).max(20), room };
export const createGroupBody = z.strictObject({
  ...groupFields,
  description: groupFields.description.default([]),
  guidingQuestions: z.array(ml).max(50).default([]),
});
export const editGroupBody = somethingToChange(
  z
    .strictObject({ version, ...groupFields })
    .partial()
    .required({ version: true }),
);
export const questionBody = z.strictObject({ version, text: ml });
export const reorderBody = z.strictObject({ version, order: z.array(id).min(1).max(50) });

const translations = z.record(languageSchema, status);
const meta = { published: z.boolean(), version: z.number().int(), translations };

export const eventSchema = z.strictObject({
  id: z.string(),
  key: z.string(),
  ...eventFields,
  bodies: z.array(z.strictObject({ id: z.string(), key: z.string(), kind: bodyKind, name: ml, parentId: z.string().nullable() })),
  ...meta,
});
export const sittingSchema = z.strictObject({
  id: z.string(),
  eventId: z.string(),
  ...sittingFields,
  agenda: z.array(z.strictObject({ id: z.string(), number: z.string(), title: ml })),
  ...meta,
});
export const documentSchema = z.strictObject({
  id: z.string(),
  sittingId: z.string().nullable(),
  ...documentFields,
  footnotes: z.array(z.strictObject({ number: z.number().int(), text: ml, url: z.string().nullable() })),
  ...meta,
});
export const groupSchema = z.strictObject({
  id: z.string(),
  sittingId: z.string(),
  ...groupFields,
  guidingQuestions: z.array(z.strictObject({ id: z.string(), position: z.number().int(), text: ml })),
  ...meta,
});
export const eventListSchema = z.strictObject({ events: z.array(eventSchema) });
export const setupTreeSchema = z.strictObject({
  event: eventSchema,
  sittings: z.array(sittingSchema.extend({ documents: z.array(documentSchema), groups: z.array(groupSchema) })),
});
export const revisionListSchema = z.strictObject({
  subject: z.string(),
  revisions: z.array(
    z.strictObject({
      version: z.number().int(),
      time: z.string(),
      actor: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
      published: z.boolean(),
      changes: z.array(z.string()),
      data: z.unknown(),
    }),
  ),
});

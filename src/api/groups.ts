import { z } from "zod";
import { languageSchema, multilingualSchema, textInLanguageSchema } from "./multilingual.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
import { AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { CHANGE_OPS } from "../domain/text/diff.js";
import { GENDERS } from "../domain/model.js";
import { FLOOR_KINDS, REQUEST_KINDS } from "../domain/speakers/types.js";
import { GROUP_ROLES } from "../domain/groups/membership.js";
export { idParams, langQuery } from "./common.js";

/** A text with every language version, or one language when the caller asked for `?lang=`. */
export const textSchema = z.union([multilingualSchema, textInLanguageSchema]);
export const memberParams = z.strictObject({ id: z.string().min(1).max(100), accountId: z.string().min(1).max(100) });
export const genderSchema = z.enum(GENDERS);

const roomSchema = z.strictObject({ hall: textSchema, floor: textSchema, building: textSchema, capacity: z.number().int() });

/** Join a group yourself (no accountId), or, for the secretariat, assign someone to it. */
export const joinBody = z.strictObject({ accountId: z.string().min(1).max(100).optional() });

export const moveSchema = z.strictObject({ groupId: z.string(), from: z.string().nullable(), members: z.number().int() });

/** What the reader may do on a floor (a group or the plenary), as the server decides: the screens show or hide actions from it. */
const floorPermissions = z.strictObject({
  follow: z.boolean(),
  run: z.boolean(),
  takePart: z.boolean(),
  readParticipation: z.boolean(),
});

export const occupancySchema = z.strictObject({
  sittingId: z.string(),
  groups: z.array(
    z.strictObject({
      groupId: z.string(),
      number: z.number().int(),
      capacity: z.number().int(),
      members: z.number().int(),
      permissions: floorPermissions.extend({ role: z.enum(GROUP_ROLES).nullable() }),
    }),
  ),
  permissions: z.strictObject({ plenary: floorPermissions, assignMembers: z.boolean() }),
});

export const membersSchema = z.strictObject({
  groupId: z.string(),
  capacity: z.number().int(),
  members: z.array(
    z.strictObject({
      accountId: z.string(),
      name: z.string(),
      parliament: z.string(),
      role: z.enum(GROUP_ROLES),
    }),
  ),
});

export const historySchema = z.strictObject({
  groupId: z.string(),
  history: z.array(
    z.strictObject({
      accountId: z.string(),
      joinedAt: z.string(),
      joinedHow: z.string(),
      joinedBy: z.string().nullable(),
      leftAt: z.string().nullable(),
      leftHow: z.string().nullable(),
    }),
  ),
});

export const contributionBody = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  questionId: z.string().min(1).max(100).optional(),
  paragraphIds: z.array(z.string().min(1).max(100)).max(20).default([]),
});
export const contributionQuery = z.strictObject({ questionId: z.string().min(1).max(100).optional() });

export const contributionSchema = z.strictObject({
  id: z.string(),
  groupId: z.string(),
  questionId: z.string(),
  accountId: z.string(),
  author: z.string(),
  text: z.string(),
  paragraphIds: z.array(z.string()),
  createdAt: z.string(),
});
export const contributionListSchema = z.strictObject({ contributions: z.array(contributionSchema) });

export const publicationBody = z.strictObject({ published: z.boolean() });
export const publicationSchema = z.strictObject({ key: z.string(), projectorPublished: z.boolean() });

const onScreen = {
  requestId: z.string(),
  name: z.string(),
  parliament: z.string(),
  kind: z.enum(REQUEST_KINDS),
  remote: z.boolean(),
};
const changes = z.array(z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() }));

/** The hall's screen: current speaker with the turn's start and limit, next speakers, question, paragraph with tracked changes. */
export const projectorSchema = z.strictObject({
  kind: z.enum(FLOOR_KINDS),
  sittingId: z.string(),
  groupId: z.string().nullable(),
  groupNumber: z.number().int().nullable(),
  title: textSchema,
  room: roomSchema.nullable(),
  published: z.boolean(),
  version: z.number().int(),
  serverTime: z.string(),
  currentSpeaker: z.strictObject({ ...onScreen, startedAt: z.string(), timeLimitSeconds: z.number().int().nullable() }).nullable(),
  nextSpeakers: z.array(z.strictObject(onScreen)),
  waiting: z.number().int(),
  question: z.strictObject({ id: z.string(), position: z.number().int(), text: textSchema }).nullable(),
  paragraph: z
    .strictObject({
      id: z.string(),
      draftId: z.string(),
      label: z.string(),
      kind: z.enum(PARAGRAPH_KINDS),
      text: textSchema,
      subParagraphs: z.array(z.strictObject({ id: z.string(), label: z.string(), text: textSchema })),
      amendments: z.array(
        z.strictObject({
          id: z.string(),
          number: z.number().int(),
          action: z.enum(AMENDMENT_ACTIONS),
          status: z.string(),
          target: z.string().nullable(),
          targetLabel: z.string().nullable(),
          author: z.string().nullable(),
          language: languageSchema,
          changes,
          html: z.string(),
        }),
      ),
    })
    .nullable(),
});

import { asId, type AccountId, type GuidingQuestionId, type ParagraphId } from "../ids.js";
import { EMPTY_SPEAKERS_LIST, type SpeakerRequest, type SpeakersList, type TurnRef } from "./types.js";

type Stored = Partial<Omit<SpeakersList, "version">>;

const gender = (g: unknown): SpeakersList["lastSpeakerGender"] => (g === "woman" || g === "man" ? g : null);

const object = (x: unknown): Record<string, unknown> | null =>
  typeof x === "object" && x !== null ? (x as Record<string, unknown>) : null;

/** A stored request of any earlier shape, with the fields added since filled in. */
const restoreRequest = (x: unknown): SpeakerRequest => {
  const r = object(x) ?? {};
  return {
    ...(r as unknown as SpeakerRequest),
    replyTo: (object(r.replyTo) as TurnRef | null) ?? null,
    skipped: r.skipped === true,
    addedBy: typeof r.addedBy === "string" ? asId<AccountId>(r.addedBy) : null,
  };
};

const seconds = (x: unknown): Record<string, number> =>
  Object.fromEntries(Object.entries(object(x) ?? {}).filter((e): e is [string, number] => typeof e[1] === "number" && e[1] >= 0));

/** Turns a stored list (JSON of any earlier shape) and its version back into a SpeakersList, defaults filled in. */
export const restoreSpeakersList = (stored: unknown, version: number): SpeakersList => {
  const s = (object(stored) ?? {}) as Stored;
  const requests = (x: unknown): SpeakerRequest[] => (Array.isArray(x) ? x.map(restoreRequest) : []);
  return {
    ...EMPTY_SPEAKERS_LIST,
    version,
    currentQuestionId: (s.currentQuestionId ?? null) as GuidingQuestionId | null,
    paragraphId: (s.paragraphId ?? null) as ParagraphId | null,
    alternation: s.alternation === true,
    timeLimitSeconds: typeof s.timeLimitSeconds === "number" ? s.timeLimitSeconds : null,
    lastSpeakerGender: gender(s.lastSpeakerGender),
    speaking: s.speaking ? restoreRequest(s.speaking) : null,
    queue: requests(s.queue),
    closed: s.closed === true,
    delegationQuotaSeconds: typeof s.delegationQuotaSeconds === "number" ? s.delegationQuotaSeconds : null,
    usedSeconds: seconds(s.usedSeconds),
    lastTurn: (object(s.lastTurn) as TurnRef | null) ?? null,
  };
};

/** The stored form of a list: everything but the version, which has its own column. */
export const storedSpeakersList = ({ version: _v, ...rest }: SpeakersList): string => JSON.stringify(rest);

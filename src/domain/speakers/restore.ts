import type { GuidingQuestionId, ParagraphId } from "../ids.js";
import { EMPTY_SPEAKERS_LIST, type SpeakerRequest, type SpeakersList } from "./types.js";

type Stored = Partial<Omit<SpeakersList, "version">>;

const gender = (g: unknown): SpeakersList["lastSpeakerGender"] => (g === "woman" || g === "man" ? g : null);

/** Turns a stored list (JSON of any earlier shape) and its version back into a SpeakersList, defaults filled in. */
export const restoreSpeakersList = (stored: unknown, version: number): SpeakersList => {
  const s = (typeof stored === "object" && stored !== null ? stored : {}) as Stored;
  const requests = (x: unknown): SpeakerRequest[] => (Array.isArray(x) ? (x as SpeakerRequest[]) : []);
  return {
    ...EMPTY_SPEAKERS_LIST,
    version,
    currentQuestionId: (s.currentQuestionId ?? null) as GuidingQuestionId | null,
    paragraphId: (s.paragraphId ?? null) as ParagraphId | null,
    alternation: s.alternation === true,
    timeLimitSeconds: typeof s.timeLimitSeconds === "number" ? s.timeLimitSeconds : null,
    lastSpeakerGender: gender(s.lastSpeakerGender),
    speaking: s.speaking ?? null,
    queue: requests(s.queue),
  };
};

/** The stored form of a list: everything but the version, which has its own column. */
export const storedSpeakersList = ({ version: _v, ...rest }: SpeakersList): string => JSON.stringify(rest);

import type { AccountId } from "../ids.js";
import { GENDERS } from "../model.js";
import type { Gender } from "../model.js";
import { AGE_BANDS, ageBandAt, type AgeBand } from "./age-band.js";

/** What the figures need to know about a person. */
export interface PersonFacts {
  readonly accountId: AccountId;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
}

/** A finished turn: who spoke and for how many whole seconds. */
export interface TurnFacts {
  readonly person: PersonFacts;
  readonly seconds: number;
}

/** One category (a gender or an age band): its share of the membership against its share of the floor. */
export interface ParticipationRow<C extends string = string> {
  readonly category: C;
  readonly members: number;
  /** members / all members, 0 when there are none. */
  readonly memberShare: number;
  /** Members of this category checked in at the sitting, in the hall or remote. */
  readonly present: number;
  /** Distinct people of this category who spoke. */
  readonly speakers: number;
  readonly turns: number;
  readonly speakingSeconds: number;
  /** speakingSeconds / all speaking seconds, 0 when nobody spoke. */
  readonly speakingShare: number;
}

/** Participation by gender and by age band, against the membership. */
export interface ParticipationFigures {
  readonly members: number;
  /** Members checked in at the sitting, in the hall or remote. */
  readonly present: number;
  readonly speakers: number;
  readonly turns: number;
  readonly speakingSeconds: number;
  readonly byGender: readonly ParticipationRow<Gender>[];
  readonly byAge: readonly ParticipationRow<AgeBand>[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

const rows = <C extends string>(
  categories: readonly C[],
  of: (p: PersonFacts) => C,
  members: readonly PersonFacts[],
  turns: readonly TurnFacts[],
  present: ReadonlySet<AccountId>,
) => {
  const totalMembers = members.length;
  const totalSeconds = turns.reduce((s, t) => s + t.seconds, 0);
  return categories.map((category): ParticipationRow<C> => {
    const mine = turns.filter((t) => of(t.person) === category);
    const seconds = mine.reduce((s, t) => s + t.seconds, 0);
    const count = members.filter((m) => of(m) === category).length;
    return {
      category,
      members: count,
      memberShare: share(count, totalMembers),
      present: members.filter((m) => of(m) === category && present.has(m.accountId)).length,
      speakers: new Set(mine.map((t) => t.person.accountId)).size,
      turns: mine.length,
      speakingSeconds: seconds,
      speakingShare: share(seconds, totalSeconds),
    };
  });
};

/**
 * Who spoke and for how long, by gender and by age band at the sitting's date, compared with the membership:
 * the gender perspective applied to the meeting itself. A speaker counts with the facts of their first turn.
 */
export const participationFigures = (
  members: readonly PersonFacts[],
  turns: readonly TurnFacts[],
  sittingDate: string,
  present: ReadonlySet<AccountId> = new Set(),
): ParticipationFigures => {
  const first = new Map<AccountId, PersonFacts>();
  for (const t of turns) if (!first.has(t.person.accountId)) first.set(t.person.accountId, t.person);
  const settled = turns.map((t) => ({ ...t, person: first.get(t.person.accountId) ?? t.person }));
  const band = (p: PersonFacts) => ageBandAt(p, sittingDate);
  return {
    members: members.length,
    present: members.filter((m) => present.has(m.accountId)).length,
    speakers: first.size,
    turns: turns.length,
    speakingSeconds: turns.reduce((s, t) => s + t.seconds, 0),
    byGender: rows(GENDERS, (p) => p.gender, members, settled, present),
    byAge: rows(AGE_BANDS, band, members, settled, present),
  };
};

import { asId, type AccountId } from "../ids.js";
import type { Gender } from "../model.js";
import type { SpeakersCommand } from "./commands.js";
import type { RequestKind, Speaker, SpeakerRequestId } from "./types.js";

/** A speaker for tests, named after their account. */
export const speaker = (account: string, gender: Gender = "woman", extra: Partial<Speaker> = {}): Speaker => ({
  accountId: asId<AccountId>(account),
  name: account,
  parliament: "Spain",
  gender,
  birthYear: null,
  ageBand: null,
  ...extra,
});

/** A request_floor command whose request id is `r-<account>`. */
export const ask = (account: string, gender: Gender = "woman", kind: RequestKind = "floor", remote = false): SpeakersCommand => ({
  type: "request_floor",
  id: asId<SpeakerRequestId>(`r-${account}`),
  speaker: speaker(account, gender),
  kind,
  remote,
});

export const rid = (account: string): SpeakerRequestId => asId<SpeakerRequestId>(`r-${account}`);

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

/** The id `ask` gives a request: `r-<account>` for an intervention, `r-<account>-<kind>` for the other kinds. */
export const rid = (account: string, kind: RequestKind = "floor"): SpeakerRequestId =>
  asId<SpeakerRequestId>(kind === "floor" ? `r-${account}` : `r-${account}-${kind}`);

/** A request_floor command whose request id is `rid(account, kind)`; a reply names the turn it answers. */
export const ask = (
  account: string,
  gender: Gender = "woman",
  kind: RequestKind = "floor",
  remote = false,
  replyTo: SpeakerRequestId | null = null,
): SpeakersCommand => ({
  type: "request_floor",
  id: rid(account, kind),
  speaker: speaker(account, gender),
  kind,
  remote,
  replyTo,
});

/** The chair puts a person on the list on their behalf (request id `rid(account, kind)`). */
export const addOnBehalf = (account: string, gender: Gender = "woman", kind: RequestKind = "floor", remote = false): SpeakersCommand => ({
  type: "add_speaker",
  id: rid(account, kind),
  speaker: speaker(account, gender),
  kind,
  remote,
  addedBy: asId<AccountId>("chair"),
});

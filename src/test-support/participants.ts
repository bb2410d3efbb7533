import type { Principal } from "../domain/authorization.js";
import { asId, type AccountId } from "../domain/ids.js";
import type { ParticipantFields } from "../domain/participants/access.js";
import { createParticipant, setParticipantActive } from "../commands/participants/participant.js";
import { accountWith, type TestApp } from "./app.js";

/** A participant's fields as the secretariat enters them: Leila Mansour of Jordan, unless OVER says otherwise. */
export const participantFields = (over: Partial<ParticipantFields> = {}): ParticipantFields => ({
  name: "Leila Mansour",
  parliament: "Jordan",
  delegation: "",
  email: "leila.mansour@example.org",
  gender: "woman",
  birthYear: null,
  ageBand: "<45",
  languages: ["ar", "en"],
  roles: [],
  ...over,
});

/**
 * Leila Mansour, made a participant of the reference event by a secretariat account: her account, and `deactivate`,
 * which takes her off the event as the secretariat does.
 */
export const eventParticipant = async (t: TestApp) => {
  const secretariat: Principal = {
    accountId: await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]),
    roles: [{ role: "secretariat", scope: null }],
  };
  const eventId = (await t.store.db.selectFrom("meeting_events").select("id").executeTakeFirstOrThrow()).id;
  const { result } = await t.writer.run(secretariat.accountId, (ctx) => createParticipant(ctx, secretariat, eventId, participantFields()));
  return {
    account: asId<AccountId>(result.accountId!),
    deactivate: async (): Promise<void> => {
      await t.writer.run(secretariat.accountId, (ctx) => setParticipantActive(ctx, secretariat, result.id, 1, false));
    },
  };
};

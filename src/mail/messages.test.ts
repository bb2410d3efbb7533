import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multilingual } from "../domain/multilingual.js";
import type { Principal } from "../domain/authorization.js";
import { createAccount } from "../store/accounts.js";
import { createEvent } from "../commands/setup/events.js";
import { Writer } from "../store/write.js";
import { freshStore, storeKinds, type TestStore } from "../test-support/stores.js";
import { queueNotice, recipientLanguage } from "./messages.js";
import { asId, type AccountId, type ParticipantId } from "../domain/ids.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

describe.each(storeKinds())("mail to a person on %s", (kind) => {
  let store: TestStore;
  let writer: Writer;
  beforeAll(async () => {
    store = await freshStore(kind);
    writer = new Writer(store);
  });
  afterAll(async () => store.dispose());

  it("queues a notice in the first working language the participant list gives, in the same transaction", async () => {
    const { result: account } = await writer.run(null, async (ctx) => {
      const text = multilingual("en", { en: "143rd IPU Assembly" });
      const event = await createEvent(ctx, SECRETARIAT, {
        key: "ipu-143",
        name: text,
        place: text,
        organisation: text,
        tagline: text,
        hashtag: null,
        startDate: "2021-11-26",
        endDate: "2021-11-30",
        timeZone: "Europe/Madrid",
        workingLanguages: ["en", "ar"],
      });
      const id = await createAccount(ctx, {
        email: "karim@example.org",
        name: "Karim Haddad",
        roles: [{ role: "participant", scope: null }],
      });
      await ctx.trx
        .insertInto("participants")
        .values({
          id: asId<ParticipantId>("p1"),
          event_id: event.id,
          account_id: id,
          name: "Karim Haddad",
          parliament: "Lebanon",
          gender: "man",
          birth_year: null,
          age_band: null,
          languages: '["de","ar","fr"]',
          delegation_id: null,
        })
        .execute();
      return { id, email: "karim@example.org", name: "Karim Haddad" };
    });
    expect(await recipientLanguage(store.db, account.id)).toBe("ar");
    expect(await recipientLanguage(store.db, asId<AccountId>("nobody"), "es")).toBe("es");

    const notice = {
      title: (l: string) => (l === "ar" ? "تم البت في تعديلك" : "Your amendment was decided"),
      paragraphs: () => ["OP4"],
      link: "https://rapporteur.example.org/drafts/d1",
    };
    await expect(
      writer.run(null, async (ctx) => {
        await queueNotice(ctx, account, notice);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await store.db.selectFrom("outbox").select("id").execute()).toEqual([]);

    await writer.run(null, (ctx) => queueNotice(ctx, account, notice));
    const rows = await store.db.selectFrom("outbox").select(["kind", "language", "subject", "state", "recipient"]).execute();
    expect(rows).toEqual([
      { kind: "notice", language: "ar", subject: "تم البت في تعديلك", state: "queued", recipient: "karim@example.org" },
    ]);
    const events = await store.db.selectFrom("events").select(["type", "scope"]).where("type", "=", "mail.queued").execute();
    expect(events).toEqual([{ type: "mail.queued", scope: "staff" }]);
  });
});

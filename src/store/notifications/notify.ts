import type { FollowTarget } from "../../domain/notifications/kinds.js";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import type { NewEvent } from "../../domain/events.js";
import type { AccountId } from "../../domain/ids.js";
import { isLanguage, type Language } from "../../domain/language.js";
import { EMAIL_BY_DEFAULT } from "../../domain/notifications/kinds.js";
import {
  mayReceive,
  noticesOf,
  onceKey,
  onePerPerson,
  type Audience,
  type Notice,
  type NoticeIntent,
} from "../../domain/notifications/rule.js";
import { callingOrder } from "../../domain/speakers/order.js";
import { restoreSpeakersList } from "../../domain/speakers/restore.js";
import { noticeWords } from "../../mail/notices.js";
import { composeMail } from "../../mail/templates.js";
import { accountView, principalOf } from "../accounts.js";
import { groupMemberIds } from "../group-work/membership.js";
import { isMailAddress, queueMail } from "../mail/outbox.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";

/** Where mail links point: the deployment's public address. */
export interface NotifyOptions {
  readonly publicUrl: string;
}

/** An audience's accounts, with a particular that makes a notice once-only (the speaker request now first). */
interface Reached {
  readonly accountIds: readonly AccountId[];
  readonly particular: string | null;
}

const followers = async (db: Kysely<Schema>, target: FollowTarget, id: string): Promise<AccountId[]> =>
  (await db.selectFrom("follows").select("account_id").where("target", "=", target).where("target_id", "=", id).execute()).map(
    (r) => r.account_id,
  );

/** The accounts with a participant record in the event a draft is discussed in. */
const participantsOfDraft = async (db: Kysely<Schema>, draftId: string): Promise<AccountId[]> => {
  const rows = await db
    .selectFrom("draft_resolutions as d")
    .innerJoin("sittings as s", "s.id", "d.sitting_id")
    .innerJoin("participants as p", "p.event_id", "s.event_id")
    .select("p.account_id")
    .where("d.id", "=", draftId)
    .where("p.account_id", "is not", null)
    .where("p.deactivated_at", "is", null)
    .execute();
  return rows.map((r) => r.account_id!);
};

/** Looks up who an audience is, from the store's facts as the transaction sees them. */
export const reach = async (db: Kysely<Schema>, audience: Audience): Promise<Reached> => {
  switch (audience.kind) {
    case "amendment_author": {
      const row = await db.selectFrom("amendments").select("created_by").where("id", "=", audience.amendmentId).executeTakeFirst();
      return { accountIds: row?.created_by ? [row.created_by] : [], particular: null };
    }
    case "next_speaker": {
      const row = await db.selectFrom("speakers_lists").select(["data", "version"]).where("id", "=", audience.listId).executeTakeFirst();
      const next = row ? callingOrder(restoreSpeakersList(JSON.parse(row.data), Number(row.version)))[0] : undefined;
      return next ? { accountIds: [next.speaker.accountId], particular: next.id } : { accountIds: [], particular: null };
    }
    case "group_members":
      return { accountIds: (await groupMemberIds(db, [audience.groupId])).get(audience.groupId) ?? [], particular: null };
    case "draft_followers":
      return { accountIds: await followers(db, "draft", audience.draftId), particular: null };
    case "group_followers":
      return { accountIds: await followers(db, "group", audience.groupId), particular: null };
    case "draft_proposers": {
      const all = [...(await participantsOfDraft(db, audience.draftId)), ...(await followers(db, "draft", audience.draftId))];
      return { accountIds: [...new Set(all)], particular: null };
    }
  }
};

/** A person's first working language among those the participant list gives, else English. */
const languageOf = async (db: Kysely<Schema>, accountId: AccountId): Promise<Language> => {
  const row = await db.selectFrom("participants").select("languages").where("account_id", "=", accountId).executeTakeFirst();
  try {
    const listed: unknown = row ? JSON.parse(row.languages) : [];
    return (Array.isArray(listed) ? listed.find(isLanguage) : undefined) ?? "en";
  } catch {
    return "en";
  }
};

const wantsMail = async (db: Kysely<Schema>, accountId: AccountId, kind: Notice["kind"]): Promise<boolean> => {
  const row = await db
    .selectFrom("notification_preferences")
    .select("email")
    .where("account_id", "=", accountId)
    .where("kind", "=", kind)
    .executeTakeFirst();
  return row ? row.email === 1 : EMAIL_BY_DEFAULT[kind];
};

/**
 * Gives notices: each is written for its person (a once-only notice already given is skipped), announced on the
 * live channel as an event of the person's own scope, and copied by e-mail in their language if they chose so —
 * all in the caller's transaction. Returns the notices given.
 */
export const giveNotices = async (ctx: WriteContext, notices: readonly (Notice & { particular: string | null })[], o: NotifyOptions) => {
  const given: Notice[] = [];
  for (const n of notices) {
    const id = randomUUID();
    const inserted = await ctx.trx
      .insertInto("notifications")
      .values({
        id,
        account_id: n.accountId,
        kind: n.kind,
        subject: n.subject,
        link: n.link,
        params: JSON.stringify(n.params),
        once_key: onceKey(n, n.particular),
        created_at: ctx.now,
        read_at: null,
      })
      .onConflict((oc) => oc.columns(["account_id", "once_key"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) continue;
    given.push(n);
    ctx.record({
      type: "notification.created",
      subject: `notification:${id}`,
      sittingId: null,
      scope: `account:${n.accountId}`,
      payload: { id, kind: n.kind, subject: n.subject, link: n.link, params: n.params, createdAt: ctx.now },
    });
    if (!(await wantsMail(ctx.trx, n.accountId, n.kind))) continue;
    const account = await ctx.trx.selectFrom("accounts").select(["email", "name"]).where("id", "=", n.accountId).executeTakeFirst();
    if (!account || !isMailAddress(account.email)) continue;
    const language = await languageOf(ctx.trx, n.accountId);
    const words = noticeWords(n.kind, n.params, language);
    const content = composeMail(
      { kind: "notice", name: account.name, title: words.title, paragraphs: words.paragraphs, link: `${o.publicUrl}${n.link}` },
      language,
    );
    await queueMail(ctx, { kind: "notice", recipient: account.email, accountId: n.accountId, language, content });
  }
  return given;
};

/** Who of an intent's audience may receive it, as principals read in the transaction (cached per step). */
export const recipientsOf = async (
  db: Kysely<Schema>,
  intent: NoticeIntent,
  event: (Pick<NewEvent, "scope"> & { actor: AccountId | null }) | null,
  principals: Map<AccountId, Principal>,
): Promise<(Notice & { particular: string | null })[]> => {
  const { accountIds, particular } = await reach(db, intent.audience);
  const out: (Notice & { particular: string | null })[] = [];
  for (const accountId of accountIds) {
    let p = principals.get(accountId);
    if (!p) principals.set(accountId, (p = principalOf(await accountView(db, accountId))));
    if (mayReceive(p, intent, event)) out.push({ ...intent, accountId, particular });
  }
  return out;
};

/**
 * The step of every write that turns the events just recorded into notices, before they commit. It runs in
 * `Writer.run` rather than in each command, so that no caller (a route, the command line, a reference stage)
 * can change something without telling those concerned, and a rolled-back change tells nobody.
 */
export const notifyFrom = async (ctx: WriteContext, events: readonly NewEvent[], o: NotifyOptions): Promise<void> => {
  const principals = new Map<AccountId, Principal>();
  for (const e of events) {
    const intents = noticesOf(e);
    if (intents.length === 0) continue;
    const candidates: (Notice & { particular: string | null })[] = [];
    for (const intent of intents)
      candidates.push(...(await recipientsOf(ctx.trx, intent, { scope: e.scope, actor: ctx.actor }, principals)));
    const chosen = onePerPerson(candidates) as (Notice & { particular: string | null })[];
    await giveNotices(ctx, chosen, o);
  }
};

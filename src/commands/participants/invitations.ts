import type { Principal, RoleAssignment } from "../../domain/authorization.js";
import { isLanguage, type Language } from "../../domain/language.js";
import { queueInvitationMails } from "../../mail/messages.js";
import { issueSignInToken } from "../../store/accounts.js";
import { assertEvent, INVITATION_HOURS, reissueInvitation, voidSignInLinks, type Invitation } from "../../store/setup/participants.js";
import type { WriteContext } from "../../store/write-context.js";
import { forbidUnlessSecretariat } from "./participant.js";
import type { ParticipantId } from "../../domain/ids.js";
import { participantLanguages } from "../../store/columns/setup.js";
import { decodeColumn } from "../../store/decode.js";

/**
 * Re-issues a participant's sign-in link (the earlier ones stop working) and, when asked, queues it by mail
 * in the participant's language through the outbox, in the same transaction.
 */
export const reinviteParticipant = async (
  ctx: WriteContext,
  p: Principal,
  participantId: ParticipantId,
  options: { readonly sendMail: boolean; readonly publicUrl: string },
): Promise<Invitation & { mailed: boolean }> => {
  forbidUnlessSecretariat(p, "invites participants");
  const invitation = await reissueInvitation(ctx, participantId);
  if (!options.sendMail) return { ...invitation, mailed: false };
  const { event_id } = await ctx.trx
    .selectFrom("participants")
    .select("event_id")
    .where("id", "=", participantId)
    .executeTakeFirstOrThrow();
  await queueInvitationMails(ctx, event_id, [invitation], options.publicUrl);
  return { ...invitation, mailed: true };
};

/** A participant's fresh invitation with what a list or an access slip shows beside it. */
export interface IssuedInvitation extends Invitation {
  readonly delegation: string;
  readonly parliament: string;
  readonly language: Language;
  readonly roles: readonly RoleAssignment[];
}

/**
 * Issues a fresh sign-in link to every active participant of the event who has an account (or those of one
 * delegation): the secretariat exports them or prints them as access slips. Links are stored only as hashes,
 * so a list of links is always a list of new links, and the links issued before stop working.
 */
export const issueEventInvitations = async (
  ctx: WriteContext,
  p: Principal,
  eventId: string,
  options: { readonly delegationId?: string | undefined; readonly fallbackLanguage: Language },
): Promise<IssuedInvitation[]> => {
  forbidUnlessSecretariat(p, "exports invitation links");
  await assertEvent(ctx.trx, eventId);
  let query = ctx.trx
    .selectFrom("participants")
    .innerJoin("accounts", "accounts.id", "participants.account_id")
    .leftJoin("delegations", "delegations.id", "participants.delegation_id")
    .select([
      "participants.id",
      "participants.name",
      "participants.parliament",
      "participants.languages",
      "accounts.id as account_id",
      "accounts.email",
      "delegations.name as delegation",
    ])
    .where("participants.event_id", "=", eventId)
    .where("participants.deactivated_at", "is", null);
  if (options.delegationId !== undefined) query = query.where("participants.delegation_id", "=", options.delegationId);
  const rows = await query.orderBy("delegations.name").orderBy("participants.name").execute();
  const roles = rows.length
    ? await ctx.trx
        .selectFrom("role_assignments")
        .select(["account_id", "role", "scope"])
        .where(
          "account_id",
          "in",
          rows.map((r) => r.account_id),
        )
        .execute()
    : [];
  const expiresAt = new Date(Date.parse(ctx.now) + INVITATION_HOURS * 3_600_000).toISOString();
  const issued: IssuedInvitation[] = [];
  for (const r of rows) {
    await voidSignInLinks(ctx, r.account_id);
    const token = await issueSignInToken(ctx, r.account_id, INVITATION_HOURS);
    const language = decodeColumn(participantLanguages, r.languages, "participants", r.id).find(isLanguage) ?? options.fallbackLanguage;
    issued.push({
      participantId: r.id,
      accountId: r.account_id,
      email: r.email,
      name: r.name,
      token,
      expiresAt,
      delegation: r.delegation ?? r.parliament,
      parliament: r.parliament,
      language,
      roles: roles.filter((x) => x.account_id === r.account_id).map((x) => ({ role: x.role as RoleAssignment["role"], scope: x.scope })),
    });
  }
  ctx.record({
    type: "invitations.issued",
    subject: `event:${eventId}`,
    sittingId: null,
    scope: "staff",
    payload: { count: issued.length, delegationId: options.delegationId ?? null },
  });
  return issued;
};

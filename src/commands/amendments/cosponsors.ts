import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import {
  OPEN_TO_COSPONSORS,
  stands,
  takeCosponsorStep,
  type CosponsorParty,
  type CosponsorStep,
} from "../../domain/cosponsors/cosponsorship.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { AccountId, SittingId } from "../../domain/ids.js";
import type { EventScope } from "../../domain/events.js";
import { authorChoices } from "../../store/amendments/authors.js";
import {
  cosponsorshipsOf,
  delegationMembers,
  findCosponsorship,
  isInvited,
  sittingOfAmendment,
  type StoredCosponsorship,
} from "../../store/amendments/cosponsors.js";
import { amendmentScope, encodeAmendmentData, findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { visibleTo } from "./read.js";
import type { WriteContext } from "../../store/write-context.js";

/** Whom the author asks to co-sign: a delegation of the event, or one member of it by account. */
export interface CosponsorInvitation {
  readonly delegation: string;
  readonly accountId?: AccountId | null;
}

const key = (name: string): string => name.trim().normalize("NFC").toLocaleLowerCase("en");
const refuse = (path: string, message: string) => new DomainError("validation_failed", message, [{ path, message }]);

const isAuthor = (p: Principal, a: StoredAmendment): boolean => a.createdBy !== null && a.createdBy === p.accountId;

/** Invitations reach the author alone while the amendment is a draft, the members of the event afterwards. */
const invitationScope = (a: StoredAmendment): EventScope => (a.amendment.status === "draft" ? amendmentScope(a) : "members");

const recordStep = (ctx: WriteContext, a: StoredAmendment, sittingId: SittingId | null, c: StoredCosponsorship, from: string | null) =>
  ctx.record({
    type: `amendment.cosponsor_${c.status}`,
    subject: `amendment:${a.amendment.id}`,
    sittingId,
    scope: c.status === "invited" ? invitationScope(a) : amendmentScope(a),
    payload: {
      cosponsorshipId: c.id,
      draftId: a.draftId,
      number: a.number,
      delegation: c.delegation,
      invitedAccountId: c.invitedAccountId,
      from,
      to: c.status,
    },
  });

/**
 * The author (or the secretariat) invites delegations of the event to co-sponsor an amendment, each as a whole or
 * through one of its members; each invitation is recorded. The author's own delegation, a name outside the data
 * and a delegation already invited or co-sponsoring are refused.
 */
export const inviteCosponsors = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  invitations: readonly CosponsorInvitation[],
): Promise<StoredCosponsorship[]> => {
  const current = await findAmendment(ctx.trx, amendmentId);
  if (!current || !visibleTo(p, current)) throw notFound("Amendment", amendmentId);
  if (!isAuthor(p, current) && !can(p, { kind: "manage_meeting" }))
    throw new DomainError("forbidden", "Only the amendment's author or the secretariat invites co-sponsors");
  return inviteTo(ctx, p, current, invitations);
};

/** Records invitations to an amendment the caller may invite to: its proposer's, from the proposal itself, or as above. */
export const inviteTo = async (
  ctx: WriteContext,
  p: Principal,
  current: StoredAmendment,
  invitations: readonly CosponsorInvitation[],
): Promise<StoredCosponsorship[]> => {
  const amendmentId = current.amendment.id as string;
  if (!OPEN_TO_COSPONSORS.includes(current.amendment.status))
    throw new DomainError(
      "invalid_transition",
      `Amendment ${current.number} is ${current.amendment.status.replace(/_/g, " ")}: it takes no more co-sponsors`,
    );
  if (invitations.length === 0) throw refuse("invitations", "Name at least one delegation to invite");
  const sittingId = await sittingOfAmendment(ctx.trx, amendmentId);
  const choices = await authorChoices(ctx.trx, p, { sittingId });
  const existing = await cosponsorshipsOf(ctx.trx, amendmentId);
  const author = key(current.amendment.author ?? "");
  const invited: StoredCosponsorship[] = [];
  for (const [i, invitation] of invitations.entries()) {
    const delegation = choices.delegations.find((d) => key(d) === key(invitation.delegation));
    if (!delegation) throw refuse(`invitations.${i}.delegation`, `"${invitation.delegation.trim()}" is not a delegation of this event`);
    if (key(delegation) === author) throw refuse(`invitations.${i}.delegation`, `${delegation} is the amendment's author`);
    const accountId = invitation.accountId ?? null;
    if (accountId !== null && !(await delegationMembers(ctx.trx, sittingId, delegation)).includes(accountId))
      throw refuse(`invitations.${i}.accountId`, `The member invited does not belong to ${delegation}`);
    if ([...existing, ...invited].some((c) => key(c.delegation) === key(delegation) && stands(c.status)))
      throw new DomainError("conflict", `${delegation} is already invited to co-sponsor amendment ${current.number}`);
    const c: StoredCosponsorship = {
      id: randomUUID(),
      amendmentId,
      delegation,
      invitedAccountId: accountId,
      status: "invited",
      invitedBy: ctx.actor,
      invitedAt: ctx.now,
      respondedBy: null,
      respondedAt: null,
      version: 1,
    };
    await ctx.trx
      .insertInto("amendment_cosponsors")
      .values({
        id: c.id,
        amendment_id: amendmentId,
        delegation,
        invited_account_id: accountId,
        status: c.status,
        invited_by: ctx.actor,
        invited_at: ctx.now,
        responded_by: null,
        responded_at: null,
        version: 1,
      })
      .execute();
    recordStep(ctx, current, sittingId, c, null);
    invited.push(c);
  }
  return invited;
};

/** Names the delegation on the amendment, or takes it off, bumping the amendment's version in the same transaction. */
const sign = async (ctx: WriteContext, a: StoredAmendment, delegation: string, on: boolean): Promise<StoredAmendment> => {
  const others = (a.amendment.coSponsors ?? []).filter((d) => key(d) !== key(delegation));
  const amendment = { ...a.amendment, coSponsors: on ? [...others, delegation] : others };
  const updated = await ctx.trx
    .updateTable("amendments")
    .set({ data: encodeAmendmentData(amendment), version: a.version + 1 })
    .where("id", "=", a.amendment.id)
    .where("version", "=", a.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `Amendment ${a.number} changed meanwhile`);
  return { ...a, amendment, version: a.version + 1 };
};

/**
 * Takes one step of the co-sponsorship table: the invited delegation accepts or declines (nobody on its behalf),
 * the author or the secretariat takes an invitation back, a co-sponsor takes its name off. Accepting names the
 * delegation on the amendment; withdrawing an acceptance takes it off.
 */
export const answerCosponsorship = async (
  ctx: WriteContext,
  p: Principal,
  cosponsorshipId: string,
  step: CosponsorStep,
  expectedVersion: number,
): Promise<{ cosponsorship: StoredCosponsorship; amendment: StoredAmendment }> => {
  const current = await findCosponsorship(ctx.trx, cosponsorshipId);
  const amendment = current ? await findAmendment(ctx.trx, current.amendmentId) : undefined;
  const invited = current ? await isInvited(ctx.trx, p, current) : false;
  if (!current || !amendment || (!invited && !visibleTo(p, amendment))) throw notFound("Co-sponsorship", cosponsorshipId);
  const parties: CosponsorParty[] = [
    ...(invited ? (["invited"] as const) : []),
    ...(isAuthor(p, amendment) ? (["author"] as const) : []),
    ...(can(p, { kind: "manage_meeting" }) ? (["secretariat"] as const) : []),
  ];
  const status = takeCosponsorStep(current.status, step, parties, amendment.amendment.status);
  if (current.version !== expectedVersion)
    throw new DomainError("stale_version", `This invitation to co-sponsor changed since you loaded it`, [], { current: current.version });
  const updated = await ctx.trx
    .updateTable("amendment_cosponsors")
    .set({ status, responded_by: ctx.actor, responded_at: ctx.now, version: current.version + 1 })
    .where("id", "=", current.id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", "This invitation to co-sponsor changed meanwhile");
  const cosponsorship: StoredCosponsorship = {
    ...current,
    status,
    respondedBy: ctx.actor,
    respondedAt: ctx.now,
    version: current.version + 1,
  };
  const signed = status === "accepted" || current.status === "accepted";
  const after = signed ? await sign(ctx, amendment, current.delegation, status === "accepted") : amendment;
  recordStep(ctx, after, await sittingOfAmendment(ctx.trx, amendment.amendment.id), cosponsorship, current.status);
  return { cosponsorship, amendment: after };
};

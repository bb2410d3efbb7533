import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { mayTakeStep, OPEN_TO_COSPONSORS, type CosponsorParty } from "../../domain/cosponsors/cosponsorship.js";
import { notFound } from "../../domain/errors.js";
import { labelAll } from "../../domain/text/labels.js";
import { authorChoices } from "../../store/amendments/authors.js";
import {
  cosponsorshipsOf,
  invitationsFor,
  isInvited,
  sittingOfAmendment,
  type StoredCosponsorship,
} from "../../store/amendments/cosponsors.js";
import { findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { visibleTo } from "./read.js";
import { visibleDraft } from "../drafts/read.js";
import type { Schema } from "../../store/schema.js";

const key = (name: string): string => name.trim().normalize("NFC").toLocaleLowerCase("en");

/** A co-sponsorship with the steps the reader may take on it now, from the workflow's table. */
const withPermissions = async (db: Kysely<Schema>, p: Principal, a: StoredAmendment, c: StoredCosponsorship) => {
  const parties: CosponsorParty[] = [];
  if (await isInvited(db, p, c)) parties.push("invited");
  if (a.createdBy !== null && a.createdBy === p.accountId) parties.push("author");
  if (can(p, { kind: "manage_meeting" })) parties.push("secretariat");
  const open = OPEN_TO_COSPONSORS.includes(a.amendment.status);
  return {
    id: c.id,
    amendmentId: c.amendmentId,
    delegation: c.delegation,
    invitedAccountId: c.invitedAccountId as string | null,
    status: c.status,
    invitedAt: c.invitedAt,
    respondedAt: c.respondedAt,
    version: c.version,
    permissions: {
      accept: open && mayTakeStep(c.status, "accept", parties),
      decline: open && mayTakeStep(c.status, "decline", parties),
      withdraw: mayTakeStep(c.status, "withdraw", parties),
    },
  };
};

/**
 * An amendment's co-sponsorships for whoever may see the amendment, with the delegations its author (or the
 * secretariat) may still invite: the event's, less the author and those invited or co-sponsoring.
 */
export const amendmentCosponsors = async (db: Kysely<Schema>, p: Principal, amendmentId: string) => {
  const a = await findAmendment(db, amendmentId);
  if (!a || !visibleTo(p, a)) throw notFound("Amendment", amendmentId);
  const all = await cosponsorshipsOf(db, amendmentId);
  const invite =
    ((a.createdBy !== null && a.createdBy === p.accountId) || can(p, { kind: "manage_meeting" })) &&
    OPEN_TO_COSPONSORS.includes(a.amendment.status);
  const taken = new Set([
    key(a.amendment.author ?? ""),
    ...all.filter((c) => c.status === "invited" || c.status === "accepted").map((c) => key(c.delegation)),
  ]);
  const choices = invite
    ? (await authorChoices(db, p, { sittingId: await sittingOfAmendment(db, amendmentId) })).delegations.filter((d) => !taken.has(key(d)))
    : [];
  return {
    amendmentId,
    number: a.number,
    cosponsorships: await Promise.all(all.map((c) => withPermissions(db, p, a, c))),
    choices,
    permissions: { invite },
  };
};

/** The invitations waiting for the reader's answer, each with what the amendment says and where. */
export const cosponsorInvitations = async (db: Kysely<Schema>, p: Principal) => {
  const waiting = await invitationsFor(db, p);
  const invitations = [];
  const sittings = new Set<string>();
  for (const c of waiting) {
    const a = await findAmendment(db, c.amendmentId);
    if (!a) continue;
    const staff: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };
    const draft = await visibleDraft(db, staff, a.draftId);
    if (draft.sittingId) sittings.add(draft.sittingId);
    const place = a.amendment.target ?? a.amendment.after ?? null;
    invitations.push({
      ...(await withPermissions(db, p, a, c)),
      amendment: {
        id: a.amendment.id as string,
        draftId: a.draftId,
        number: a.number,
        status: a.amendment.status,
        author: a.amendment.author ?? null,
        action: a.amendment.action,
        targetLabel: place ? (labelAll(draft.text.paragraphs).get(place) ?? null) : null,
        language: a.amendment.language,
        text: a.amendment.text ?? null,
      },
    });
  }
  return { invitations, sittings: [...sittings] };
};

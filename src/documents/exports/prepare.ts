import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { authorizeTableExport } from "../../commands/exports/authorize.js";
import { notFound } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import { inLanguage } from "../../domain/multilingual.js";
import { labelAll } from "../../domain/text/labels.js";
import { CHOICES, VOTE_KINDS, VOTE_STATUSES } from "../../domain/votes/vote.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import type { StoredDraft } from "../../store/drafts.js";
import { listAmendments } from "../../commands/amendments/read.js";
import { voteData } from "../../store/columns/committee.js";
import { decisionsOn } from "../../store/committee/committee.js";
import { bodyName, groupContext } from "../../store/committee/context.js";
import { decodeColumn, oneOf } from "../../store/decode.js";
import { visibleDraft } from "../../commands/drafts/read.js";
import type { Schema } from "../../store/schema.js";
import { listParticipants } from "../../store/setup/participants.js";
import { amendmentSheet, type AmendmentRow } from "./amendments.js";
import { participantSheet } from "./participants.js";
import { TABLE_CONTENT_TYPES, type TableFormat, type TableJob } from "./table.js";
import { positionOf, voteSheets, type VoteRow, type VoterRow } from "./votes.js";
import type { AccountId, SittingId } from "../../domain/ids.js";

/** A table read from the data and ready to be written on a document thread. */
export interface PreparedTable {
  readonly job: TableJob;
  readonly fileName: string;
  readonly contentType: string;
}

const fileName = (base: string, language: Language, format: TableFormat) =>
  `${base.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || "table"}-${language}.${format}`;

const prepared = (base: string, language: Language, format: TableFormat, sheets: TableJob["sheets"]): PreparedTable => ({
  job: { kind: "table", format, sheets },
  fileName: fileName(base, language, format),
  contentType: TABLE_CONTENT_TYPES[format],
});

/**
 * The amendments to a draft the reader may see (with `only`, those a filter left), each with its place, accepted
 * co-sponsors, status and the committee's last decision on it.
 */
export const prepareAmendmentTable = async (
  db: Kysely<Schema>,
  p: Principal,
  draftId: string,
  format: TableFormat,
  language: Language,
  only?: (draft: StoredDraft, all: StoredAmendment[]) => StoredAmendment[],
): Promise<PreparedTable> => {
  const draft = await visibleDraft(db, p, draftId);
  const all = await listAmendments(db, p, draft.id);
  const shown = only ? only(draft, all) : all;
  const labels = labelAll(draft.text.paragraphs);
  const numbers = new Map(all.map((s) => [s.amendment.id as string, s.number]));
  const decisions = await decisionsOn(
    db,
    shown.map((s) => s.amendment.id),
  );
  const last = new Map(decisions.map((d) => [d.amendmentId, d.decision]));
  const rows: AmendmentRow[] = shown.map((s) => {
    const a = s.amendment;
    const place = a.target ?? (a.action === "insert" ? a.after : undefined);
    return {
      amendment: a,
      number: s.number,
      label: place ? (labels.get(place) ?? null) : null,
      amends: a.parent ? (numbers.get(a.parent) ?? null) : null,
      // A reopened amendment awaits a decision again: the one taken before is not its decision.
      decision: ["accepted", "rejected", "accepted_as_revised", "merged"].includes(a.status) ? (last.get(a.id) ?? null) : null,
    };
  });
  return prepared(`${draft.symbol}-amendments`, language, format, [amendmentSheet(rows, language)]);
};

/** The participants of an event, for the secretariat. */
export const prepareParticipantTable = async (
  db: Kysely<Schema>,
  p: Principal,
  eventId: string,
  format: TableFormat,
  language: Language,
): Promise<PreparedTable> => {
  authorizeTableExport(p, "the participant list");
  const event = await db.selectFrom("meeting_events").select(["id", "key"]).where("id", "=", eventId).executeTakeFirst();
  if (!event) throw notFound("Event", eventId);
  const people = await listParticipants(db, eventId);
  const rows = people.map((x) => ({
    name: x.name,
    delegation: x.delegation?.name ?? null,
    parliament: x.parliament,
    gender: x.gender,
    birthYear: x.birthYear,
    ageBand: x.ageBand,
    languages: x.languages,
    roles: [...new Set(x.roles.map((r) => r.role))],
    email: x.email,
    active: x.active,
  }));
  return prepared(`${event.key}-participants`, language, format, [participantSheet(rows, language)]);
};

/** Names and delegations of voters by account, from the event's participants (the account's name otherwise). */
const votersByAccount = async (db: Kysely<Schema>, accountIds: readonly AccountId[]) => {
  const names = new Map<AccountId, { voter: string; delegation: string | null }>();
  if (accountIds.length === 0) return names;
  const accounts = await db
    .selectFrom("accounts")
    .select(["id", "name"])
    .where("id", "in", [...accountIds])
    .execute();
  for (const a of accounts) names.set(a.id, { voter: a.name, delegation: null });
  const people = await db
    .selectFrom("participants")
    .leftJoin("delegations", "delegations.id", "participants.delegation_id")
    .select(["participants.account_id", "participants.name", "participants.parliament", "delegations.name as delegation"])
    .where("participants.account_id", "in", [...accountIds])
    .execute();
  for (const x of people) if (x.account_id) names.set(x.account_id, { voter: x.name, delegation: x.delegation ?? x.parliament });
  return names;
};

/**
 * The votes of a sitting, for the secretariat: its groups' votes (the ballots of an electronic vote by name) and
 * the committee's decisions on the amendments to its drafts (the names of a roll call).
 */
export const prepareVoteTable = async (
  db: Kysely<Schema>,
  p: Principal,
  sittingId: SittingId,
  format: TableFormat,
  language: Language,
): Promise<PreparedTable> => {
  authorizeTableExport(p, "the votes");
  const sitting = await db.selectFrom("sittings").select(["id", "number"]).where("id", "=", sittingId).executeTakeFirst();
  if (!sitting) throw notFound("Sitting", sittingId);
  const rows: VoteRow[] = [];
  const groups = await db.selectFrom("discussion_groups").select("id").where("sitting_id", "=", sittingId).orderBy("number").execute();
  for (const g of groups) {
    const group = await groupContext(db, g.id);
    const where = inLanguage(group.title, language).text ?? String(group.number);
    const votes = await db.selectFrom("votes").selectAll().where("group_id", "=", g.id).orderBy("created_at").execute();
    for (const v of votes) {
      const ballots = await db
        .selectFrom("ballots")
        .select(["voter_id", "choice"])
        .where("vote_id", "=", v.id)
        .where("round", "=", v.round)
        .execute();
      const names = await votersByAccount(
        db,
        ballots.map((b) => b.voter_id),
      );
      const voters: VoterRow[] = ballots
        .map((b) => ({
          ...(names.get(b.voter_id) ?? { voter: b.voter_id, delegation: null }),
          vote: positionOf(oneOf(CHOICES, b.choice, `ballots.choice of vote ${v.id}`)),
        }))
        .sort((a, b) => a.voter.localeCompare(b.voter, language));
      rows.push({
        source: "group",
        where,
        subject: v.subject,
        kind: oneOf(VOTE_KINDS, v.kind, `votes.kind of ${v.id}`),
        status: oneOf(VOTE_STATUSES, v.status, `votes.status of ${v.id}`),
        round: v.round,
        counts: decodeColumn(voteData, v.data, "votes", v.id).counts,
        voters,
      });
    }
  }
  const drafts = await db.selectFrom("draft_resolutions").select("id").where("sitting_id", "=", sittingId).execute();
  const staff: Principal = { accountId: p.accountId, roles: p.roles };
  for (const d of drafts) {
    const amendments = await listAmendments(db, staff, d.id);
    const numbers = new Map(amendments.map((s) => [s.amendment.id as string, s.number]));
    for (const decision of await decisionsOn(
      db,
      amendments.map((s) => s.amendment.id),
    )) {
      const voters: VoterRow[] =
        decision.decision.method === "roll_call"
          ? decision.decision.votes.map((v) => ({ voter: v.voter, delegation: null, vote: v.vote }))
          : [];
      rows.push({
        source: "committee",
        where: await bodyName(db, decision.bodyId),
        amendment: numbers.get(decision.amendmentId) ?? 0,
        decision: decision.decision,
        voters,
      });
    }
  }
  return prepared(`sitting-${sitting.number}-votes`, language, format, voteSheets(rows, language));
};

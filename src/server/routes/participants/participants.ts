import type { FastifyInstance } from "fastify";
import { DomainError } from "../../../domain/errors.js";
import { parseCsv } from "../../../domain/participants/csv.js";
import { assertCsvSize, checkCsvText, CSV_LIMITS, decodeCsvBytes } from "../../../domain/participants/encoding.js";
import { toIssues, validateParticipantRows } from "../../../domain/participants/rows.js";
import type { Store } from "../../../store/database.js";
import { lockLog } from "../../../store/events.js";
import { signInLink } from "../../../store/first-start.js";
import {
  assertEvent,
  importParticipants,
  listDelegations,
  listParticipants,
  loadExisting,
  reissueInvitation,
  type Invitation,
} from "../../../store/setup/participants.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import {
  delegationListSchema,
  eventParams,
  importBody,
  importQuery,
  importReportSchema,
  invitationSchema,
  participantListSchema,
} from "../../../api/participants.js";
import { guard } from "../setup/present.js";
import { sendMailBody } from "../../../api/mail.js";
import { queueInvitationMails } from "../../../mail/messages.js";

/** A JSON body may escape every character of a 5 MB file; the file's own limit is checked after decoding. */
const BODY_LIMIT = 4 * CSV_LIMITS.bytes;
const MAX_ISSUES = 1000;

/**
 * Participants: CSV import with a row-by-row report, invitations by sign-in link, delegations.
 * Links are relative to `publicUrl` (empty: the client prefixes its own origin).
 */
export const registerParticipantRoutes = (app: FastifyInstance, store: Store, writer: Writer, publicUrl = ""): void => {
  /** Mail needs whole addresses: the default PUBLIC_URL when the app was given none. */
  const mailUrl = publicUrl || "http://localhost:3000";
  const link = (i: Invitation) => ({
    participantId: i.participantId,
    accountId: i.accountId,
    email: i.email,
    name: i.name,
    link: signInLink(publicUrl, i.token),
    expiresAt: i.expiresAt,
  });

  void app.register(async (scope) => {
    scope.addContentTypeParser(["text/csv", "text/plain"], { parseAs: "buffer", bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    defineRoute(scope, {
      method: "POST",
      url: "/api/v1/setup/events/{id}/participants/import",
      summary: "Import participants from CSV: all rows or none, unless onlyValidRows; dryRun only reports",
      tag: "participants",
      params: eventParams,
      query: importQuery,
      body: importBody,
      bodyLimit: BODY_LIMIT,
      response: importReportSchema,
      handler: async ({ raw, principal, params, query, body }) => {
        const account = requireAccount(raw);
        guard(principal, { kind: "manage_accounts" }, "Only the secretariat imports participants");
        const options = { onlyValidRows: body.onlyValidRows, dryRun: body.dryRun, sendMail: body.sendMail, ...query };
        let text: string;
        if (body.file !== undefined) text = decodeCsvBytes(body.file);
        else {
          const csv = body.csv ?? "";
          assertCsvSize(Buffer.byteLength(csv, "utf8"));
          text = checkCsvText(csv);
        }
        const records = parseCsv(text, { maxRecords: CSV_LIMITS.rows + 1 });
        const { result } = await writer.run(account.id, async (ctx) => {
          await lockLog(ctx.trx);
          await assertEvent(ctx.trx, params.id);
          const report = validateParticipantRows(records, await loadExisting(ctx.trx, params.id), new Date(ctx.now).getUTCFullYear());
          const summary = { rows: report.rows, valid: report.valid.length, problems: [...report.problems] };
          if (report.problems.length > 0 && !options.onlyValidRows && !options.dryRun)
            throw new DomainError(
              "validation_failed",
              `${report.problems.length} problem(s) in ${new Set(report.problems.map((p) => p.row)).size} row(s); nothing was imported. Correct them, or import only the valid rows`,
              toIssues(report.problems.slice(0, MAX_ISSUES)),
              summary,
            );
          if (options.dryRun || report.valid.length === 0)
            return { ...summary, dryRun: options.dryRun, imported: 0, participants: [], delegations: [], invitations: [] };
          const done = await importParticipants(ctx, params.id, report.valid);
          const mailed = options.sendMail ? await queueInvitationMails(ctx, params.id, done.invitations, mailUrl) : 0;
          return {
            mailed,
            ...summary,
            dryRun: false,
            imported: done.participants.length,
            participants: done.participants,
            delegations: done.newDelegations,
            invitations: done.invitations.map(link),
          };
        });
        return result;
      },
    });
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/setup/events/{id}/participants",
    summary: "The participants of an event with their delegation, account, roles and whether they signed up",
    tag: "participants",
    params: eventParams,
    response: participantListSchema,
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      guard(principal, { kind: "read_participants" }, "Only the secretariat and the Bureau see the list of participants");
      await assertEvent(store.db, params.id);
      return { participants: await listParticipants(store.db, params.id) };
    },
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/setup/events/{id}/delegations",
    summary: "The delegations of an event's member parliaments, with their members",
    tag: "participants",
    params: eventParams,
    response: delegationListSchema,
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      guard(principal, { kind: "read_participants" }, "Only the secretariat and the Bureau see the delegations");
      await assertEvent(store.db, params.id);
      return { delegations: await listDelegations(store.db, params.id) };
    },
  });

  defineRoute(app, {
    method: "POST",
    url: "/api/v1/setup/participants/{id}/invitation",
    summary: "Issue a fresh sign-in link for a participant with an account; sendMail queues it by mail in the participant's language",
    tag: "participants",
    params: eventParams,
    body: sendMailBody,
    response: invitationSchema,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      guard(principal, { kind: "manage_accounts" }, "Only the secretariat invites participants");
      const { result } = await writer.run(account.id, async (ctx) => {
        const invitation = await reissueInvitation(ctx, params.id);
        if (!body.sendMail) return invitation;
        const { event_id } = await ctx.trx
          .selectFrom("participants")
          .select("event_id")
          .where("id", "=", invitation.participantId)
          .executeTakeFirstOrThrow();
        await queueInvitationMails(ctx, event_id, [invitation], mailUrl);
        return invitation;
      });
      return { ...link(result), mailed: body.sendMail };
    },
  });
};

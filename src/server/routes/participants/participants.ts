import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { DomainError } from "../../../domain/errors.js";
import { parseCsv } from "../../../domain/participants/csv.js";
import { assertCsvSize, checkCsvText, CSV_LIMITS, decodeCsvBytes } from "../../../domain/participants/encoding.js";
import { toIssues, validateParticipantRows } from "../../../domain/participants/rows.js";
import type { Store } from "../../../store/database.js";
import { lockLog } from "../../../store/events.js";
import { signInLink } from "../../../store/first-start.js";
import { assertEvent, importParticipants, loadExisting, type Invitation } from "../../../store/setup/participants.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import type { Principal } from "../../../domain/authorization.js";
import { LANGUAGES, type Language } from "../../../domain/language.js";
import { inLanguage } from "../../../domain/multilingual.js";
import { participantTemplateCsv } from "../../../domain/participants/access.js";
import { csvField } from "../../../domain/participation/csv.js";
import { createParticipant, editParticipant, setParticipantActive } from "../../../commands/participants/participant.js";
import { issueEventInvitations, reinviteParticipant } from "../../../commands/participants/invitations.js";
import type { AccessSlip, DelegationSlips } from "../../../documents/access-slips.js";
import { loadEvent } from "../../../store/setup/meeting-events.js";
import type { DocumentPool } from "../../../workers/documents.js";
import { authorizeParticipantImport, readEventDelegations, readEventParticipants } from "../../../commands/participants/read.js";
import { queueInvitationMails } from "../../../mail/messages.js";
import { asId, type ParticipantId } from "../../../domain/ids.js";

/** A JSON body may escape every character of a 5 MB file; the file's own limit is checked after decoding. */
const BODY_LIMIT = 4 * CSV_LIMITS.bytes;
const MAX_ISSUES = 1000;

/**
 * Participants: CSV import with a row-by-row report, invitations by sign-in link, delegations.
 * Links are relative to `publicUrl` (empty: the client prefixes its own origin).
 */
export const registerParticipantRoutes = (
  app: FastifyInstance,
  store: Store,
  writer: Writer,
  documents: DocumentPool,
  publicUrl = "",
): void => {
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

    defineRoute(scope, routes.participants.import, {
      summary: "Import participants from CSV: all rows or none, unless onlyValidRows; dryRun only reports",
      tag: "participants",
      bodyLimit: BODY_LIMIT,
      handler: async ({ raw, principal, params, query, body }) => {
        const account = requireAccount(raw);
        authorizeParticipantImport(principal);
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

  defineRoute(app, routes.participants.list, {
    summary: "The participants of an event with their delegation, account, roles and whether they signed up",
    tag: "participants",
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      return { participants: await readEventParticipants(store.db, principal, params.id) };
    },
  });

  defineRoute(app, routes.participants.delegations, {
    summary: "The delegations of an event's member parliaments, with their members",
    tag: "participants",
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      return { delegations: await readEventDelegations(store.db, principal, params.id) };
    },
  });

  defineRoute(app, routes.participants.invite, {
    summary:
      "Issue a fresh sign-in link for a participant with an account (the earlier links stop working); sendMail queues it by mail in the participant's language",
    tag: "participants",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        reinviteParticipant(ctx, principal, asId<ParticipantId>(params.id), { sendMail: body.sendMail, publicUrl: mailUrl }),
      );
      return { ...link(result), mailed: result.mailed };
    },
  });

  defineRoute(app, routes.participants.create, {
    summary: "Add one participant: delegation (made when new), email, gender, age band or birth year, languages, roles",
    tag: "participants",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => createParticipant(ctx, principal, params.id, body))).result;
    },
  });

  defineRoute(app, routes.participants.edit, {
    summary: "Edit a participant at the version read: facts, delegation, email and roles (presiding officer, Bureau, translator, observer)",
    tag: "participants",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...fields } = body;
      return (await writer.run(account.id, (ctx) => editParticipant(ctx, principal, asId<ParticipantId>(params.id), version, fields)))
        .result;
    },
  });

  defineRoute(app, routes.participants.activate, {
    summary: "Deactivate a participant (signed out everywhere, links void) or reactivate them, at the version read",
    tag: "participants",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (
        await writer.run(account.id, (ctx) =>
          setParticipantActive(ctx, principal, asId<ParticipantId>(params.id), body.version, body.active),
        )
      ).result;
    },
  });

  const issue = async (raw: Parameters<typeof requireAccount>[0], principal: Principal, eventId: string, delegationId?: string) => {
    const account = requireAccount(raw);
    return (
      await writer.run(account.id, async (ctx) => {
        const event = await loadEvent(ctx.trx, eventId);
        const issued = await issueEventInvitations(ctx, principal, eventId, {
          delegationId,
          fallbackLanguage: event.workingLanguages[0] ?? "en",
        });
        return { event, issued };
      })
    ).result;
  };

  defineRoute(app, routes.participants.invitationsCsv, {
    summary:
      "Fresh sign-in links of every active participant with an account (or of one delegation) as CSV; the links issued before stop working",
    tag: "participants",
    handler: async ({ raw, principal, params, body, reply }) => {
      const { issued } = await issue(raw, principal, params.id, body.delegationId);
      const lines = [["delegation", "parliament", "name", "email", "language", "roles", "link", "expires_at"].join(",")];
      for (const i of issued)
        lines.push(
          [
            i.delegation,
            i.parliament,
            i.name,
            i.email,
            i.language,
            i.roles.map((r) => r.role).join(" "),
            signInLink(mailUrl, i.token),
            i.expiresAt,
          ]
            .map(csvField)
            .join(","),
        );
      reply.type("text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="invitations.csv"');
      reply.header("cache-control", "no-store");
      return lines.join("\r\n") + "\r\n";
    },
  });

  defineRoute(app, routes.participants.accessSlips, {
    summary:
      "Access slips as PDF: one page per delegation, a slip per active participant with an account, in their language, with a QR code of a fresh sign-in link",
    tag: "participants",
    handler: async ({ raw, principal, params, body, reply }) => {
      const { event, issued } = await issue(raw, principal, params.id, body.delegationId);
      const names: Partial<Record<Language, string>> = {};
      for (const language of LANGUAGES) {
        const text = inLanguage(event.name, language).text;
        if (text) names[language] = text;
      }
      const delegations: DelegationSlips[] = [];
      for (const i of issued) {
        let page = delegations.at(-1);
        if (page?.delegation !== i.delegation) delegations.push((page = { delegation: i.delegation, parliament: i.parliament, slips: [] }));
        (page.slips as AccessSlip[]).push({
          name: i.name,
          email: i.email,
          roles: i.roles.map((r) => r.role),
          link: signInLink(mailUrl, i.token),
          expiresAt: i.expiresAt,
          language: i.language,
        });
      }
      if (delegations.length === 0) throw new DomainError("conflict", "No active participant with an account to print an access slip for");
      const bytes = await documents.render({ kind: "access-slips", event: names, delegations });
      reply.type("application/pdf").header("content-disposition", 'attachment; filename="access-slips.pdf"');
      reply.header("cache-control", "no-store");
      return bytes;
    },
  });

  defineRoute(app, routes.participants.template, {
    summary: "A CSV template for the participant import: the columns, then comment lines naming the accepted values",
    tag: "participants",
    handler: async ({ reply }) => {
      reply.type("text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="participants-template.csv"');
      return participantTemplateCsv();
    },
  });
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createDocument, editDocument, setDocumentPublished } from "../../../commands/setup/documents.js";
import {
  addGuidingQuestion,
  createGroup,
  editGroup,
  editGuidingQuestion,
  reorderGuidingQuestions,
} from "../../../commands/setup/groups.js";
import type { WriteContext } from "../../../store/write-context.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { withTranslations } from "./present.js";
import { asId, type DiscussionGroupId, type SittingId, type GuidingQuestionId } from "../../../domain/ids.js";

/** Set-up of a sitting's content: documents, discussion groups with their rooms and guiding questions. */
export const registerSetupContentRoutes = (app: FastifyInstance, writer: Writer): void => {
  const tag = "set-up";
  const write = async <T extends object>(raw: FastifyRequest, command: (ctx: WriteContext) => Promise<T>) => {
    const account = requireAccount(raw);
    return withTranslations((await writer.run(account.id, command)).result);
  };

  defineRoute(app, routes.setup.createDocument, {
    summary: "Create a document of a sitting (unpublished): symbol, kind, date, title, sections, footnotes",
    tag,
    status: 201,
    handler: ({ raw, principal, params, body }) => write(raw, (ctx) => createDocument(ctx, principal, asId<SittingId>(params.id), body)),
  });
  defineRoute(app, routes.setup.editDocument, {
    summary: "Edit a document",
    tag,
    handler: ({ raw, principal, params, body: { version, ...patch } }) =>
      write(raw, (ctx) => editDocument(ctx, principal, params.id, version, patch)),
  });
  defineRoute(app, routes.setup.publishDocument, {
    summary: "Publish or unpublish a document",
    tag,
    handler: ({ raw, principal, params, body }) =>
      write(raw, (ctx) => setDocumentPublished(ctx, principal, params.id, body.version, body.published, body.reason ?? null)),
  });
  defineRoute(app, routes.setup.createGroup, {
    summary: "Create a discussion group with its room and guiding questions",
    tag,
    status: 201,
    handler: ({ raw, principal, params, body }) => write(raw, (ctx) => createGroup(ctx, principal, asId<SittingId>(params.id), body)),
  });
  defineRoute(app, routes.setup.editGroup, {
    summary: "Edit a group's number, title, description or room",
    tag,
    handler: ({ raw, principal, params, body: { version, ...patch } }) =>
      write(raw, (ctx) => editGroup(ctx, principal, asId<DiscussionGroupId>(params.id), version, patch)),
  });
  defineRoute(app, routes.setup.addQuestion, {
    summary: "Add a guiding question after the others (names the group's version)",
    tag,
    status: 201,
    handler: ({ raw, principal, params, body }) =>
      write(raw, (ctx) => addGuidingQuestion(ctx, principal, asId<DiscussionGroupId>(params.id), body.version, body.text)),
  });
  defineRoute(app, routes.setup.editQuestion, {
    summary: "Edit a guiding question (names its group's version)",
    tag,
    handler: ({ raw, principal, params, body }) =>
      write(raw, (ctx) => editGuidingQuestion(ctx, principal, asId<GuidingQuestionId>(params.id), body.version, body.text)),
  });
  defineRoute(app, routes.setup.orderQuestions, {
    summary: "Put a group's guiding questions in a new order (every id once)",
    tag,
    handler: ({ raw, principal, params, body }) =>
      write(raw, (ctx) =>
        reorderGuidingQuestions(ctx, principal, asId<DiscussionGroupId>(params.id), body.version, body.order.map(asId<GuidingQuestionId>)),
      ),
  });
};

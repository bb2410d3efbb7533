import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { registerDraftImportRoutes } from "./import.js";
import { registerDraftViewRoutes } from "./view.js";

/** The draft page's routes: the draft with its language versions, translations, and the import. */
export const registerDraftPageRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  registerDraftViewRoutes(app, store, writer);
  registerDraftImportRoutes(app, writer);
};

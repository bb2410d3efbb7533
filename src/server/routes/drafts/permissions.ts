import { can, type Principal } from "../../../domain/authorization.js";

/** What the reader may do on a draft's page, for the screen to show or hide its actions. */
export const draftPermissions = (p: Principal) => ({
  propose: can(p, { kind: "propose_amendment" }),
  decide: can(p, { kind: "decide_amendments" }),
  translate: can(p, { kind: "translate_draft" }),
  importDraft: can(p, { kind: "import_draft" }),
  setDeadline: can(p, { kind: "manage_meeting" }),
  submitForAuthors: can(p, { kind: "manage_meeting" }),
});

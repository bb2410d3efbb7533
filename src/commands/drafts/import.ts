import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";

/** Importing a draft resolution (its preview and its saving) is the secretariat's: asked before the file is read. */
export const authorizeDraftImport = (p: Principal): void => {
  if (!can(p, { kind: "import_draft" })) throw new DomainError("forbidden", "Only the secretariat imports draft resolutions");
};

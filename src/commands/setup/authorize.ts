import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";

export const SETUP_ONLY = "Only the secretariat sets up events, sittings, documents and groups";

/** Set-up is the secretariat's: anyone else gets 403, whoever calls the command (a route, the command line, a test). */
export const authorizeSetup = (p: Principal): void => {
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", SETUP_ONLY);
};

import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";

/** The participant and vote tables are the secretariat's to export: the public is asked to sign in, anyone else refused. */
export const authorizeTableExport = (p: Principal, what: string): void => {
  if (p.accountId === null) throw new DomainError("unauthenticated", "Sign in first");
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", `Only the secretariat exports ${what}`);
};

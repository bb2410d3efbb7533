import { can, type Action, type Principal } from "../../../domain/authorization.js";
import { DomainError } from "../../../domain/errors.js";
import { translationStatus } from "../../../domain/setup/revisions.js";

/** Adds how far each language is to a set-up subject. */
export const withTranslations = <T extends object>(subject: T) => ({ ...subject, translations: translationStatus(subject) });

/** Throws 403 unless the caller may take the action. */
export const guard = (principal: Principal, action: Action, message: string): void => {
  if (!can(principal, action)) throw new DomainError("forbidden", message);
};

export { SETUP_ONLY } from "../../../commands/setup/authorize.js";

import { translationStatus } from "../../../domain/setup/revisions.js";

/** Adds how far each language is to a set-up subject. */
export const withTranslations = <T extends object>(subject: T) => ({ ...subject, translations: translationStatus(subject) });

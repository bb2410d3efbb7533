import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components";
import { useLanguage } from "../i18n/index.js";

/**
 * Gives React Aria the interface language, so that its own words (a select's "Select an item", a dialog's
 * dismiss button), number and date formats and reading direction follow the language the person chose.
 */
export const InterfaceLocale = ({ children }: { children: ReactNode }) => <I18nProvider locale={useLanguage()}>{children}</I18nProvider>;

import type { ReactNode } from "react";
import { directionOf } from "../../domain/language.js";
import { useLanguage } from "../i18n/index.js";

/** Interface words inside a text column of another language keep the interface's language and direction. */
export const UiText = ({ children }: { children: ReactNode }) => {
  const language = useLanguage();
  return (
    <span lang={language} dir={directionOf(language)}>
      {children}
    </span>
  );
};

import { useEffect } from "react";

/** Names the browser tab after the page, so screen-reader users hear where they landed. */
export const usePageTitle = (title: string | null): void => {
  useEffect(() => {
    document.title = title ? `${title} · Rapporteur` : "Rapporteur";
  }, [title]);
};

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { InterfaceLocale } from "./app/InterfaceLocale.js";
import { initI18n } from "./i18n/index.js";

/** Draws the app once the interface's words are in (`main.ts` asked for them before this code arrived). */
export const start = async (): Promise<void> => {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element.");
  await initI18n();
  createRoot(root).render(
    <StrictMode>
      <InterfaceLocale>
        <App />
      </InterfaceLocale>
    </StrictMode>,
  );
};

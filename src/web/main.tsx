import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prefetchFor } from "./api/early.js";
import { App } from "./app/App.js";
import { InterfaceLocale } from "./app/InterfaceLocale.js";
import { initI18n } from "./i18n/index.js";
import "./styles/index.css";

// The page's data is asked for while its code and the interface's words load.
prefetchFor(window.location.pathname);

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <InterfaceLocale>
        <App />
      </InterfaceLocale>
    </StrictMode>,
  ),
);

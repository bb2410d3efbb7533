import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { prefetchFor } from "./api/early.js";
import { App } from "./app/App.js";
import { InterfaceLocale } from "./app/InterfaceLocale.js";
import { startPageCode } from "./app/page-code.js";
import { parseRoute } from "./app/router.js";
import { initI18n } from "./i18n/index.js";
import "./styles/index.css";

// The interface's words are asked for first (nothing shows without them), then the page's code and its data.
const words = initI18n();
startPageCode(parseRoute(window.location.pathname + window.location.search));
prefetchFor(window.location.pathname);

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

void words.then(() =>
  createRoot(root).render(
    <StrictMode>
      <InterfaceLocale>
        <App />
      </InterfaceLocale>
    </StrictMode>,
  ),
);

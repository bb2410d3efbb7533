import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { InterfaceLocale } from "./app/InterfaceLocale.js";
import { initI18n } from "./i18n/index.js";
import "./styles/index.css";

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

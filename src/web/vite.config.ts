import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressPlugin } from "./precompress-plugin.js";
import { routeTablePlugin } from "./route-table-plugin.js";

/** The modules of the app's first script (`main.ts` and what it imports). */
const BOOT = [
  "/src/web/main.ts",
  "/src/web/api/early.ts",
  "/src/web/api/client.ts",
  "/src/api/routes.ts",
  "/src/web/app/router.ts",
  "/src/web/app/page-code.ts",
  "/src/web/setup/paths.ts",
  "/src/web/i18n/messages.ts",
  "/src/domain/language.ts",
];

const here = fileURLToPath(new URL(".", import.meta.url));
const apiTarget = process.env.RAPPORTEUR_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root: here,
  plugins: [react(), routeTablePlugin(), precompressPlugin()],
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Pages load their code when first shown, but every stylesheet arrives with the app, in one file and one order:
    // stylesheets of pages loaded later would otherwise come in another order and override the controls' styles.
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          // The app's first script and what it imports, in one file without React (see main.test.ts): it runs as soon
          // as it arrives.
          if (BOOT.some((path) => id.endsWith(path)) || id.includes("vite/preload-helper")) return "boot";
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return "react";
          if (/node_modules\/(i18next|react-i18next)\//.test(id)) return "i18n";
          // The controls' library and the app's own shared code (components, API client, words, domain rules) in one
          // file each: every page uses most of them, and a page then arrives in a handful of requests.
          if (
            /node_modules\/(react-aria|react-aria-components|@react-aria|@react-stately|@react-types|@internationalized|@swc|clsx|client-only)\//.test(
              id,
            )
          )
            return "controls";
          if (/\/src\/domain\//.test(id) || /\/src\/web\/(components|api|app|live|i18n)\/[^/]+\.tsx?$/.test(id)) return "app";
          // Other libraries go with the pages that use them.
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
});

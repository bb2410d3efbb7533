import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressPlugin } from "./precompress-plugin.js";
import { routeTablePlugin } from "./route-table-plugin.js";

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
        // Shared pieces smaller than this go into a chunk that imports them: a page arrives in a few requests, not
        // forty, over a venue's six connections.
        experimentalMinChunkSize: 20_000,
        manualChunks: (id) => {
          if (!id.includes("node_modules")) return undefined;
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return "react";
          if (/node_modules\/(i18next|react-i18next)\//.test(id)) return "i18n";
          // Other libraries go with the pages that use them, so a page loads only the components it shows.
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

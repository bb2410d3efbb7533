import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
const apiTarget = process.env.RAPPORTEUR_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (!id.includes("node_modules")) return undefined;
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return "react";
          if (/node_modules\/(i18next|react-i18next)\//.test(id)) return "i18n";
          if (
            /node_modules\/(@react-aria|@react-stately|@react-types|@internationalized|react-aria|react-aria-components|react-stately)\//.test(
              id,
            )
          )
            return "react-aria";
          return "vendor";
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

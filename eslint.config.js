import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/** An ESLint block that forbids files of one layer to import the named folders of src. */
const boundary = (files, forbidden, message, more = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: forbidden.map((f) => `**/${f}/**`), message }, ...more] }] },
});

const STORE_FORBIDS = ["server", "web", "live", "commands", "documents", "cli"];
const STORE_MESSAGE = "The store reads and writes rows; commands, the server and the screens sit above it.";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["bin/**/*.js", "eslint.config.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The domain core is pure: no I/O, no server, store or UI code.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "http", "net", "child_process", "crypto", "os"], message: "The domain core does no I/O." },
            {
              group: ["**/store/**", "**/server/**", "**/live/**", "**/web/**", "**/cli/**", "**/documents/**"],
              message: "The domain core imports nothing around it.",
            },
            {
              group: ["kysely", "fastify", "pg", "better-sqlite3", "ioredis", "react", "ws", "mammoth", "docx", "pino"],
              message: "The domain core imports no I/O library.",
            },
          ],
        },
      ],
    },
  },
  // Layers import inward only: web and documents never reach the server; the store never reaches the commands above it.
  boundary(["src/store/**/*.ts"], STORE_FORBIDS, STORE_MESSAGE, [
    {
      group: ["**/domain/authorization.js"],
      importNames: ["can"],
      message: "The store reads rows whoever asks: who may do or see what is decided by the commands and their read functions.",
    },
  ]),
  boundary(
    ["src/commands/**/*.ts"],
    ["server", "web", "live", "cli"],
    "Commands run for every caller (routes, the command line, imports): no HTTP, live channel or screens.",
  ),
  boundary(
    ["src/reference-stages/**/*.ts"],
    ["server", "web", "live", "cli"],
    "The reference stages play the story through the commands, as the screens would, never through HTTP.",
  ),
  boundary(
    ["src/documents/**/*.ts"],
    ["server", "web", "cli"],
    "Documents are built from the store and the domain, not from the server or the screens.",
  ),
  boundary(
    ["src/live/**/*.ts"],
    ["web", "commands", "cli"],
    "The live channel sends recorded events; it runs no command and knows no screen.",
  ),
  boundary(
    ["src/web/**/*.{ts,tsx}"],
    ["server", "store", "commands", "documents", "cli"],
    "The web app speaks to the server through the API contract in src/api only.",
  ),
  {
    // Thin routes: the commands and their read functions query and write the store; a route calls them.
    files: ["src/server/routes/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]",
          message:
            "Routes build no query: they call a command (src/commands/<feature>/) inside writer.run, or a read function beside the commands.",
        },
      ],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);

#!/usr/bin/env node
// Builds the server and the web app only when their sources changed since the last build,
// so `npm start` on an unchanged checkout starts in seconds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, URL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stampFile = join(root, "dist", ".sources.sha256");
const inputs = ["src", "package-lock.json", "package.json", "tsconfig.json", "tsconfig.build.json"];

/** Every file under a path, in a stable order. */
const filesUnder = (path) => {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
};

const hash = createHash("sha256");
for (const file of inputs.flatMap((input) => filesUnder(join(root, input)))) {
  hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}
const digest = hash.digest("hex");
const built = existsSync(join(root, "dist", "cli", "main.js")) && existsSync(join(root, "dist", "web", "index.html"));

if (built && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === digest) {
  console.log("Rapporteur is built from these sources already.");
} else {
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, `${digest}\n`);
}

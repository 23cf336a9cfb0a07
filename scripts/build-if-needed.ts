// `npm start` step 2: builds the app when there is no production build or the sources are newer
// than it, so the README's one command works on a fresh clone and after a pull.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = [
  "app",
  "components",
  "i18n",
  "lib",
  "messages",
  "server",
  "proxy.ts",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
];
const buildId = path.resolve(".next", "BUILD_ID");

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || Math.max(...sources.map(newestChange)) > builtAt) {
  console.log("[start] building the app (next build)…");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
} else {
  console.log("[start] production build is up to date");
}

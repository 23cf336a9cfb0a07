// The app's HTTP server: `npm start` and `npm run dev`. Every request passes the front door
// (server/http/front-door.ts) before Next sees it; Next then runs proxy.ts and the routes as under `next start`.
// PORT (default 3000) and HOSTNAME (default: every interface) as for `next start`; `--dev` for the dev server.
import { createServer } from "node:http";
import next from "next";
import { answerClientError, answerConnect } from "./server/http/client-error.ts";
import { trustedProxiesFromEnv } from "./server/http/client-address.ts";
import { frontDoor } from "./server/http/front-door.ts";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
// Next reads NODE_ENV to pick its production or development build.
Object.assign(process.env, { NODE_ENV: isDev ? "development" : "production" });

// "localhost", whatever address we listen on: Next builds the URL proxy.ts sees on localhost, and compares a rewrite's
// origin (next-intl rewrites a path it re-encodes, e.g. "%41" → "A") with this one; when they differ it treats the
// rewrite as external and proxies it over HTTP to itself, which fails (a 500) behind an https proxy. The development
// server gets the address it listens on instead: its hot-reload socket accepts only pages from that origin.
const app = next({ dev: isDev, hostname: isDev ? (hostname ?? "localhost") : "localhost", port });
const handle = app.getRequestHandler();

async function main() {
  // prepare() loads .env files (AUTH_TRUSTED_PROXIES may be in .env.local); instrumentation.ts (the start-up
  // database check) runs as under `next start`.
  await app.prepare();
  let trust;
  try {
    trust = trustedProxiesFromEnv(process.env.AUTH_TRUSTED_PROXIES);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78);
  }
  const server = createServer(frontDoor(trust, (request, response) => handle(request, response)));
  server.on("clientError", answerClientError);
  server.on("connect", answerConnect);
  server.listen(port, hostname, () => {
    console.log(`> Parallel ready on http://${hostname ?? "localhost"}:${port}${isDev ? " (development)" : ""}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm run bench:reader`: requests/s and p99 latency of the reader page (longest seed article with
// a translation, side by side) against the same server sending a static file of the same size.
// Runs the production build on a freshly seeded SQLite database (or BENCH_DATABASE_URL).
import autocannon from "autocannon";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const port = Number(process.env.BENCH_PORT ?? 3200);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const origin = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };

if (databaseUrl.startsWith("file:"))
  for (const s of ["", "-wal", "-shm"]) rmSync(databaseUrl.slice(5) + s, { force: true });
execFileSync("npx", ["tsx", "scripts/build-if-needed.ts"], { stdio: "inherit", env });
execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/setup.ts"], { stdio: "inherit", env });

// The data layer reads DATABASE_URL on first use: the benchmark's database.
process.env.DATABASE_URL = databaseUrl;
const { findLongestTranslatedArticle } = await import("../server/articles/queries.ts");
const { disconnectDb } = await import("../server/db.ts");
const target = await findLongestTranslatedArticle();
await disconnectDb();
if (!target) throw new Error("no translated article: run without PARALLEL_SKIP_DEMO");
const readerPath = `/en/articles/${encodeURIComponent(target.slug)}?lang=${target.language}&mode=side`;

const staticDir = path.resolve("public", "bench");
const staticPath = "/bench/reader-size.html";
// next start lists public/ once at startup: fetch the page, write its twin, then start again.
let server = startServer();
try {
  await waitFor(`${origin}/en`);
  const page = await (await fetch(origin + readerPath)).text();
  if (!page.includes('data-side="translation"')) throw new Error("the reader page did not render a translation");
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, "reader-size.html"), page);
  await stopServer(server);
  server = startServer();
  await waitFor(origin + staticPath);

  const reader = await run(origin + readerPath);
  const staticFile = await run(origin + staticPath);
  const result = {
    article: target.slug,
    translation: target.language,
    bytes: Buffer.byteLength(page),
    connections,
    durationSeconds: duration,
    reader,
    staticFile,
    ratio: {
      requestsPerSecond: +(staticFile.requestsPerSecond / reader.requestsPerSecond).toFixed(1),
      p99: +(reader.p99 / Math.max(staticFile.p99, 1)).toFixed(1),
    },
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/reader.json", JSON.stringify(result, null, 2));
  console.log(
    `reader page   ${reader.requestsPerSecond} req/s, p99 ${reader.p99} ms (${result.bytes} bytes: ${target.slug}, ${target.language})`,
  );
  console.log(`static file   ${staticFile.requestsPerSecond} req/s, p99 ${staticFile.p99} ms`);
  console.log(
    `ratio         static/reader throughput ×${result.ratio.requestsPerSecond}, reader/static p99 ×${result.ratio.p99}`,
  );
} finally {
  await stopServer(server);
  rmSync(staticDir, { recursive: true, force: true });
}

function startServer() {
  // The production server as `npm start` runs it: the front door (server.ts) before Next.
  return spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: "ignore",
    detached: true,
  });
}

async function stopServer(child: ReturnType<typeof spawn>) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

async function run(url: string) {
  const result = await autocannon({ url, connections, duration });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: Math.round(result.requests.average), p99: result.latency.p99, p50: result.latency.p50 };
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

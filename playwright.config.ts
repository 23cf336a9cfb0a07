import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot work on this network.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const resultsFile = process.env.PLAYWRIGHT_JSON ?? "test-results/playwright.json";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Creates the run's admin with `npm run user:create` (e2e/global-setup.ts).
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: resultsFile }]],
  outputDir: "test-results/playwright-artifacts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build behind the front door, as `npm start` serves it (server.ts).
    command: "node --import tsx server.ts",
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      // The specs stand in for a load balancer on this machine: each browser context sends its own
      // X-Forwarded-For, so that the per-IP limits count each test on its own. A request from another loopback
      // address (e2e/hardening.spec.ts) is a client that nothing vouches for.
      AUTH_TRUSTED_PROXIES: "127.0.0.1",
      // better-auth accepts POSTs only from its own origin: the browser's origin here.
      BETTER_AUTH_URL: baseURL,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});

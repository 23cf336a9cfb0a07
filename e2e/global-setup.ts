// Playwright global setup: an admin of the run's own, made the way an operator makes one
// (`npm run user:create`, against the same DATABASE_URL as the server), before any test signs
// up; so web sign-ups are readers, as on an install that has its admin. Specs read the
// credentials from E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD (pages/account-pages.ts adminCredentials).
import { createAccount } from "./fixtures/operator";

export default function globalSetup() {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e-admin-${id}@example.org`;
  const password = `admin passphrase ${id}`;
  createAccount({ email, password, name: `Admin ${id}` }, "admin");
  process.env.E2E_ADMIN_EMAIL = email;
  process.env.E2E_ADMIN_PASSWORD = password;
}

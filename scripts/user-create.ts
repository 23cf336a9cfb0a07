// `npm run user:create -- --email a@b.org --password … --role admin [--name "Ada"]`
// Creates an account, for example the first admin of a server. Without --password, the first line
// of stdin is the password (`… --role admin < password.txt`). The password is never printed.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { authSettingsFromEnv, createAuth } from "../server/auth.ts";
import { authDatabase, disconnectDb } from "../server/db.ts";
import { createUser, CreateUserError, readPasswordFromStdin } from "./create-user.ts";

const usage =
  "usage: npm run user:create -- --email <address> [--password <password>] --role reader|contributor|editor|admin [--name <name>]";

// The same secret as the server, as `next start` would read it.
if (existsSync(".env.local")) process.loadEnvFile(".env.local");

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

try {
  const password = values.password ?? (await readPasswordFromStdin(process.stdin));
  // No request here, so no origin to derive: any base URL quiets better-auth's warning.
  const settings = authSettingsFromEnv();
  const auth = createAuth(await authDatabase(), { ...settings, baseURL: settings.baseURL ?? "http://localhost" });
  const user = await createUser(auth, { email: values.email, password, role: values.role, name: values.name });
  console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
} catch (error) {
  console.error(error instanceof CreateUserError ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}

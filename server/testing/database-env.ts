// Vitest setup file: the data layer reads DATABASE_URL on first use (server/db.ts), so every test
// file points it at this run's migrated database before any query module runs.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

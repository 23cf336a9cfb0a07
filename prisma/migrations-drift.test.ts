// The models are written once (prisma/models); each provider keeps its own migration history.
// This fails when a provider's migrations no longer produce the models (someone changed a model
// and wrote the migration for one provider only, or none). PostgreSQL is checked when the run has one.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";

function diff(provider: "sqlite" | "postgresql", databaseUrl: string): string {
  return execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-migrations",
      `prisma/${provider}/migrations`,
      "--to-schema-datamodel",
      `prisma/${provider}`,
      "--script",
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

const runUrl = inject("databaseUrl");
const providers = [
  { provider: "sqlite" as const, url: `file:${path.join(mkdtempSync(path.join(tmpdir(), "drift-")), "scratch.db")}` },
  ...(runUrl.startsWith("postgres") ? [{ provider: "postgresql" as const, url: runUrl }] : []),
];

describe("migrations match the shared models", () => {
  it.each(providers)(
    "$provider migrations are in sync",
    ({ provider, url }) => {
      expect(diff(provider, url)).toContain("This is an empty migration");
    },
    60_000,
  );

  it("both providers have the same migration names", () => {
    const names = (provider: string) =>
      execFileSync("ls", [`prisma/${provider}/migrations`], { encoding: "utf8" })
        .split("\n")
        .filter((n) => /^\d/.test(n));
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});

import { describe, expect, it } from "vitest";
import { describeDatabaseFailure, describeTarget, notMigrated, pendingMigrations } from "./database-failure";

/** An error shaped like Prisma's known request error carrying a driver adapter's cause. */
const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error("\nInvalid `db.article.count()` invocation:\n\nsomething"), {
    name: "PrismaClientKnownRequestError",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("describeDatabaseFailure", () => {
  const pg = "postgresql://app:secret@db.internal:5432/parallel";

  it("names the database without its password", () => {
    expect(describeTarget(pg)).toBe("the PostgreSQL database parallel at db.internal:5432");
    expect(describeTarget("file:./data/parallel.db")).toBe("the SQLite file ./data/parallel.db");
  });

  it.each([
    [{ kind: "DatabaseNotReachable", host: "db.internal", port: 5432 }, "unreachable", 69],
    [{ kind: "DatabaseDoesNotExist", db: "parallel" }, "missingDatabase", 78],
    [{ kind: "DatabaseAccessDenied" }, "accessDenied", 77],
    [{ kind: "AuthenticationFailed" }, "accessDenied", 77],
    [{ kind: "TableDoesNotExist", table: "main.Article" }, "notMigrated", 78],
    [{ kind: "SocketTimeout", originalCode: "SQLITE_BUSY" }, "locked", 75],
  ])("reads the adapter's cause %o as %s, exit %d", (cause, reason, exitCode) => {
    const failure = describeDatabaseFailure(adapterError(cause), pg);
    expect(failure).toMatchObject({ reason, exitCode });
    expect(failure?.sentence).not.toContain("secret");
    expect(failure?.sentence.split("\n")).toHaveLength(1);
  });

  it("reads Node's and SQLite's error codes, and our own DATABASE_URL error", () => {
    const fsError = Object.assign(new Error("ENOTDIR: not a directory"), { code: "ENOTDIR" });
    expect(describeDatabaseFailure(fsError, "file:/etc/passwd/x.db")?.reason).toBe("cannotOpen");
    const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    expect(describeDatabaseFailure(busy, "file:x.db")?.reason).toBe("locked");
    const badUrl = Object.assign(new Error("DATABASE_URL must start with file:"), { name: "DatabaseUrlError" });
    expect(describeDatabaseFailure(badUrl, "mysql://x")).toMatchObject({ reason: "badUrl", exitCode: 78 });
  });

  it("leaves an error it does not know to the caller", () => {
    expect(describeDatabaseFailure(new Error("boom"), pg)).toBeUndefined();
    expect(describeDatabaseFailure(adapterError({ kind: "UniqueConstraintViolation" }), pg)).toBeUndefined();
    expect(describeDatabaseFailure("not an error", pg)).toBeUndefined();
  });
});

describe("migrations", () => {
  it("lists the code's migrations the database has not applied, in order", () => {
    expect(pendingMigrations(["20260301_b", "20260101_a", "20260401_c"], ["20260101_a"])).toEqual([
      "20260301_b",
      "20260401_c",
    ]);
    expect(pendingMigrations(["a"], ["a", "from-a-newer-release"])).toEqual([]);
  });

  it("says how many are pending and what to run", () => {
    expect(notMigrated("the SQLite file x.db", ["20260301_b", "20260401_c"]).sentence).toBe(
      "The SQLite file x.db is missing migrations (2 pending, the first 20260301_b): run `npm run setup` (it applies them), then start again.",
    );
  });
});

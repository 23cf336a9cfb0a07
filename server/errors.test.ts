// Prisma failures map to error codes by their code, against the real database of the run.
import { describe, expect, it } from "vitest";
import { knownError } from "./errors.ts";
import { getTestDb, uniqueSuffix } from "./testing/test-db.ts";

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("knownError", () => {
  it("reads a foreign key that names no row (P2003) as NOT_FOUND", async () => {
    const db = await getTestDb();
    const suffix = uniqueSuffix();
    const error = await rejection(
      db.apiToken.create({
        data: { userId: `missing-${suffix}`, name: "orphan", tokenHash: `hash-${suffix}`, prefix: "prl_" },
      }),
    );
    expect((error as { code?: string }).code).toBe("P2003");
    expect(knownError(error)?.code).toBe("NOT_FOUND");
  });

  it("leaves an unexpected error unknown, for a 500", () => {
    expect(knownError(new Error("boom"))).toBeUndefined();
  });
});

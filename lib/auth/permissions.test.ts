import { describe, expect, it } from "vitest";
import { decide, roles, type Role, type Viewer } from "./permissions";

const viewer = (role: Role, isDisabled = false): Viewer => ({ id: `${role}-1`, role, isDisabled });

describe("decide", () => {
  it("refuses anonymous and disabled viewers as unauthenticated", () => {
    expect(decide(null, "profile.update")).toEqual({ allowed: false, reason: "UNAUTHENTICATED" });
    expect(decide(viewer("admin", true), "user.setRole")).toEqual({ allowed: false, reason: "UNAUTHENTICATED" });
  });

  it.each(roles.map((role) => [role, role === "admin"] as const))(
    "user administration for %s → %s",
    (role, allowed) => {
      for (const action of ["user.list", "user.setRole", "user.disable", "auditLog.read"] as const) {
        expect(decide(viewer(role), action).allowed).toBe(allowed);
      }
    },
  );

  it.each(roles)("glossary actions for %s: editors and admins change entries, contributors only propose", (role) => {
    const isEditor = role === "editor" || role === "admin";
    for (const action of [
      "glossary.create",
      "glossary.import",
      "concept.create",
      "concept.update",
      "concept.delete",
      "glossary.readDrafts",
      "glossary.publish",
    ] as const) {
      expect(decide(viewer(role), action).allowed).toBe(isEditor);
    }
    expect(decide(viewer(role), "term.propose").allowed).toBe(role !== "reader");
  });

  it("lets an editor delete the glossaries they created, and an admin any", () => {
    expect(decide(viewer("editor"), "glossary.delete", { ownerId: "editor-1" })).toEqual({ allowed: true });
    expect(decide(viewer("editor"), "glossary.delete", { ownerId: "someone" })).toEqual({
      allowed: false,
      reason: "FORBIDDEN",
    });
    expect(decide(viewer("admin"), "glossary.delete", { ownerId: "someone" })).toEqual({ allowed: true });
    expect(decide(viewer("contributor"), "glossary.delete", { ownerId: "contributor-1" })).toEqual({
      allowed: false,
      reason: "FORBIDDEN",
    });
  });

  it("lets everyone change their own profile but only admins someone else's", () => {
    expect(decide(viewer("reader"), "profile.update", { ownerId: "reader-1" }).allowed).toBe(true);
    expect(decide(viewer("editor"), "profile.update", { ownerId: "someone" })).toEqual({
      allowed: false,
      reason: "FORBIDDEN",
    });
    expect(decide(viewer("admin"), "apiToken.revoke", { ownerId: "someone" }).allowed).toBe(true);
  });

  it.each(["reader", "contributor", "editor"] as const)(
    "hides someone else's API token from a %s as NOT_FOUND, the answer for a missing id",
    (role) => {
      expect(decide(viewer(role), "apiToken.revoke", { ownerId: `${role}-1` })).toEqual({ allowed: true });
      expect(decide(viewer(role), "apiToken.revoke", { ownerId: "someone" })).toEqual({
        allowed: false,
        reason: "NOT_FOUND",
      });
    },
  );
});

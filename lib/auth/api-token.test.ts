import { describe, expect, it } from "vitest";
import {
  API_TOKEN_BYTES,
  bearerCredentials,
  displayPrefix,
  formatApiToken,
  hashApiToken,
  isApiTokenShaped,
} from "./api-token";

const bytes = (fill: number) => new Uint8Array(API_TOKEN_BYTES).fill(fill);

describe("formatApiToken", () => {
  it("is the prefix and 43 base64url characters, shaped as the parser expects", () => {
    const token = formatApiToken(bytes(255));
    expect(token).toBe(`prl_${"_".repeat(42)}8`);
    expect(isApiTokenShaped(token)).toBe(true);
    expect(displayPrefix(token)).toBe(`prl_${"_".repeat(8)}`);
  });

  it("refuses a short random source", () => {
    expect(() => formatApiToken(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe("hashApiToken", () => {
  it("is the hex SHA-256 of the token, never the token", () => {
    const token = formatApiToken(bytes(7));
    const hash = hashApiToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiToken(token));
    expect(hash).not.toBe(hashApiToken(formatApiToken(bytes(8))));
    // A known vector: sha256("abc").
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("bearerCredentials", () => {
  const token = formatApiToken(bytes(1));
  it.each([
    [null, { kind: "none" }],
    ["", { kind: "none" }],
    [`Bearer ${token}`, { kind: "token", token }],
    [`bearer  ${token} `, { kind: "token", token }],
    [`Basic ${token}`, { kind: "invalid" }],
    ["Bearer", { kind: "invalid" }],
    ["Bearer prl_short", { kind: "invalid" }],
    [`Bearer ${token}x`, { kind: "invalid" }],
    [`Bearer ${token} extra`, { kind: "invalid" }],
  ])("%j → %j", (header, expected) => {
    expect(bearerCredentials(header)).toEqual(expected);
  });
});

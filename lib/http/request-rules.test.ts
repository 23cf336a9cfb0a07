import { describe, expect, it } from "vitest";
import {
  bodyLimitOf,
  decodesAsAction,
  DEFAULT_BODY_LIMIT_BYTES,
  isAllowedMethod,
  isHttpsRequest,
  pathOf,
} from "./request-rules";

describe("isAllowedMethod", () => {
  it.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("allows %s", (method) => {
    expect(isAllowedMethod(method)).toBe(true);
  });
  it.each(["TRACE", "CONNECT", "PROPFIND", "get", "FOO", ""])("refuses %s", (method) => {
    expect(isAllowedMethod(method)).toBe(false);
  });
});

describe("bodyLimitOf", () => {
  it("leaves writes under /api/v1 to their route (streamed uploads have their own limit)", () => {
    for (const method of ["POST", "PUT", "PATCH"]) {
      expect(bodyLimitOf(method, "/api/v1/glossaries/g/imports")).toBeUndefined();
    }
  });
  it.each([
    ["POST", "/en/glossaries/x"],
    ["POST", "/api/auth/sign-in/email"],
    ["DELETE", "/api/v1/articles/x"],
    ["GET", "/api/v1/articles"],
    ["POST", "/api/v1"],
    ["POST", "/api/v10/x"],
  ])("limits %s %s to 1 MiB", (method, pathname) => {
    expect(bodyLimitOf(method, pathname)).toBe(DEFAULT_BODY_LIMIT_BYTES);
  });
});

describe("pathOf", () => {
  it("drops the query", () => {
    expect(pathOf("/en/articles?lang=fr")).toBe("/en/articles");
    expect(pathOf("/en")).toBe("/en");
  });
});

describe("isHttpsRequest", () => {
  it("believes a TLS socket", () => {
    expect(isHttpsRequest({ isTlsSocket: true, isFromTrustedProxy: false, forwardedProto: undefined })).toBe(true);
  });
  it("believes X-Forwarded-Proto from a trusted proxy only, by the value the proxy appended", () => {
    expect(isHttpsRequest({ isTlsSocket: false, isFromTrustedProxy: true, forwardedProto: "https" })).toBe(true);
    expect(isHttpsRequest({ isTlsSocket: false, isFromTrustedProxy: true, forwardedProto: "http, HTTPS" })).toBe(true);
    expect(isHttpsRequest({ isTlsSocket: false, isFromTrustedProxy: true, forwardedProto: "https, http" })).toBe(false);
    expect(isHttpsRequest({ isTlsSocket: false, isFromTrustedProxy: false, forwardedProto: "https" })).toBe(false);
    expect(isHttpsRequest({ isTlsSocket: false, isFromTrustedProxy: true, forwardedProto: undefined })).toBe(false);
  });
});

describe("decodesAsAction", () => {
  it("is an action call or a multipart POST, and only those", () => {
    const call = (method: string, nextAction: string | undefined, contentType: string | undefined) =>
      decodesAsAction({ method, nextAction, contentType });
    expect(call("POST", "abc", "text/plain;charset=UTF-8")).toBe(true);
    expect(call("POST", undefined, "Multipart/Form-Data; boundary=x")).toBe(true);
    expect(call("POST", undefined, "application/json")).toBe(false);
    expect(call("POST", undefined, undefined)).toBe(false);
    expect(call("PUT", undefined, "multipart/form-data")).toBe(false);
  });

  it("gives a multipart body the default limit even where a route limits its own body", () => {
    expect(bodyLimitOf("POST", "/api/v1/glossaries/g/imports", "multipart/form-data; boundary=x")).toBe(
      DEFAULT_BODY_LIMIT_BYTES,
    );
    expect(bodyLimitOf("POST", "/api/v1/glossaries/g/imports", "application/octet-stream")).toBeUndefined();
  });
});

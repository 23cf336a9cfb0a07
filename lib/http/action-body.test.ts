import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionBodyProblem, jsonDepth, MAX_JSON_DEPTH, MAX_MULTIPART_PARTS } from "./action-body";

const bytes = (text: string) => new TextEncoder().encode(text);
const plain = "text/plain;charset=UTF-8";
const multipart = (boundary: string) => `multipart/form-data; boundary=${boundary}`;

function form(boundary: string, fields: [string, string][]): string {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${boundary}--\r\n`;
}

describe("jsonDepth", () => {
  it.each([
    ["1", 0],
    ["[]", 1],
    ['[{"a":[1]}]', 3],
    ['["[[[[", {"b": "}}}"}]', 2],
    ['["\\"[[["]', 1],
  ])("%s is %i deep", (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it("agrees with the nesting of any JSON value", () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === "object" ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf)) : 0;
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonDepth(JSON.stringify(value)) === depthOf(value)));
  });
});

describe("actionBodyProblem", () => {
  it("accepts what React sends: a JSON array, an empty body, a form", () => {
    expect(actionBodyProblem(plain, bytes('["$K1",{"title":"Café 中文"}]'))).toBeUndefined();
    expect(actionBodyProblem(plain, bytes(""))).toBeUndefined();
    expect(actionBodyProblem("application/x-www-form-urlencoded", bytes("a=1&b=%ff"))).toBeUndefined();
    const boundary = "----WebKitFormBoundaryabc123";
    const body = form(boundary, [
      ["1_$ACTION_ID_abc", ""],
      ["1_title", "Glossaire"],
      ["0", '["$K1"]'],
    ]);
    expect(actionBodyProblem(multipart(boundary), bytes(body))).toBeUndefined();
    expect(actionBodyProblem(`multipart/form-data; boundary="${boundary}"`, bytes(body))).toBeUndefined();
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH}, in a body or a form field`, () => {
    const deep = "[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1);
    const limit = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    expect(actionBodyProblem(plain, bytes(limit))).toBeUndefined();
    expect(actionBodyProblem(plain, bytes(deep))).toBe("tooDeep");
    expect(actionBodyProblem(plain, bytes("[".repeat(5000)))).toBe("tooDeep");
    expect(actionBodyProblem(multipart("b"), bytes(form("b", [["0", deep]])))).toBe("tooDeep");
  });

  it("refuses invalid UTF-8 and what is not JSON", () => {
    expect(actionBodyProblem(plain, new Uint8Array([0x5b, 0xff, 0x5d]))).toBe("invalidUtf8");
    expect(actionBodyProblem(plain, bytes('["a",'))).toBe("invalidJson");
    expect(actionBodyProblem(undefined, bytes("hello"))).toBe("invalidJson");
  });

  it.each([
    ["no boundary", "multipart/form-data", form("b", [["a", "1"]])],
    ["wrong boundary", multipart("other"), form("b", [["a", "1"]])],
    ["cut off", multipart("b"), form("b", [["a", "1"]]).slice(0, -10)],
    ["no close delimiter", multipart("b"), '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'],
    ["part without a name", multipart("b"), "--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--"],
    ["part without a disposition", multipart("b"), "--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--"],
    ["headers never end", multipart("b"), '--b\r\nContent-Disposition: form-data; name="a"'],
    ["garbage after the delimiter", multipart("b"), "--bxyz"],
  ])("refuses a multipart body with %s", (_, contentType, body) => {
    expect(actionBodyProblem(contentType, bytes(body))).toBe("malformedMultipart");
  });

  it(`refuses more than ${MAX_MULTIPART_PARTS} parts`, () => {
    const fields = Array.from({ length: MAX_MULTIPART_PARTS + 1 }, (_, i): [string, string] => [`f${i}`, "x"]);
    expect(actionBodyProblem(multipart("b"), bytes(form("b", fields)))).toBe("malformedMultipart");
    expect(actionBodyProblem(multipart("b"), bytes(form("b", fields.slice(1))))).toBeUndefined();
  });

  it("takes one linear pass over a large hostile body", () => {
    const started = performance.now();
    actionBodyProblem(plain, bytes("[".repeat(1_000_000)));
    actionBodyProblem(multipart("b"), bytes(`--b\r\n${"x".repeat(1_000_000)}`));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.constantFrom(plain, multipart("b"), undefined), fc.uint8Array(), (type, body) => {
        const problem = actionBodyProblem(type, body);
        return problem === undefined || typeof problem === "string";
      }),
    );
  });
});

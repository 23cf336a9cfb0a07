import { describe, expect, it } from "vitest";
import { deepXml, manySiblingsXml } from "../../testing/hostile-inputs";
import { parseXml, xmlLimits } from "./xml-tree";

const seconds = (run: () => unknown) => {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
};

describe("parseXml limits", () => {
  it("reads a document exactly as deep as the limit and refuses one level more where it starts", () => {
    expect(parseXml(deepXml(xmlLimits.depth))).toHaveProperty("root");
    expect(parseXml(deepXml(xmlLimits.depth + 1))).toEqual({
      error: { code: "tooDeep", line: 1, detail: String(xmlLimits.depth) },
    });
  });

  it("refuses issue 10's 100,000-deep document at once instead of resolving namespaces for minutes", () => {
    let result: unknown;
    expect(seconds(() => (result = parseXml(deepXml(100_000))))).toBeLessThan(1);
    expect(result).toMatchObject({ error: { code: "tooDeep" } });
  });

  it("counts every element, self-closing ones too", { timeout: 60_000 }, () => {
    expect(parseXml(manySiblingsXml(xmlLimits.elements - 1))).toHaveProperty("root");
    expect(parseXml(manySiblingsXml(xmlLimits.elements))).toMatchObject({
      error: { code: "tooManyElements", detail: String(xmlLimits.elements) },
    });
  });

  it("applies smaller limits when given them", () => {
    const limits = { ...xmlLimits, elements: 3, textLength: 4 };
    expect(parseXml("<r><b/><b/></r>", limits)).toHaveProperty("root");
    expect(parseXml("<r><b/><b/><b/></r>", limits)).toMatchObject({ error: { code: "tooManyElements" } });
    // One text node, however many chunks (text and CDATA) it arrives in.
    expect(parseXml("<r>ab<![CDATA[cd]]></r>", limits)).toHaveProperty("root");
    expect(parseXml("<r>ab<![CDATA[cde]]></r>", limits)).toMatchObject({ error: { code: "textTooLong" } });
    expect(parseXml("<r>abcd<b/>abcd</r>", limits)).toHaveProperty("root");
  });
});

describe("parseXml namespaces", () => {
  it("resolves prefixes and the default namespace by scope, as the Namespaces in XML recommendation says", () => {
    const parsed = parseXml(
      '<r xmlns="urn:d" xmlns:p="urn:p"><p:a xml:lang="en"><b xmlns="" xmlns:p="urn:q"><p:c/></b></p:a><c/></r>',
    );
    if (!("root" in parsed)) throw new Error(JSON.stringify(parsed));
    const [a, c] = parsed.root.children as { uri: string; local: string; children: unknown[] }[];
    const b = a.children[0] as { uri: string; children: { uri: string; local: string }[] };
    expect(parsed.root.uri).toBe("urn:d");
    expect([a.uri, a.local]).toEqual(["urn:p", "a"]);
    expect(b.uri).toBe("");
    expect(b.children[0]).toMatchObject({ uri: "urn:q", local: "c" });
    expect(c.uri).toBe("urn:d");
  });

  it.each([
    ["an unbound element prefix", "<p:a/>", "unbound namespace prefix: p"],
    ["an unbound attribute prefix", '<a q:x="1"/>', "unbound namespace prefix: q"],
    ["a prefix out of scope", '<r><a xmlns:p="urn:p"/><p:b/></r>', "unbound namespace prefix: p"],
    ["a malformed name", "<a:b:c/>", "malformed name: a:b:c"],
    ["an undeclared prefix", '<a xmlns:p=""/>', "cannot undeclare the prefix p"],
    [
      "one attribute twice by two prefixes",
      '<a xmlns:p="urn:x" xmlns:q="urn:x" p:n="1" q:n="2"/>',
      "duplicate attribute: {urn:x}n",
    ],
  ])("refuses %s as malformed", (_, text, detail) => {
    expect(parseXml(text)).toEqual({ error: { code: "malformedXml", line: 1, detail } });
  });
});

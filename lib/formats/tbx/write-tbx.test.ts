// writeTbx on its own: well-formed XML, a lossless round trip through readTbx, ids made valid XML names. Whether the
// files are valid TBX-Basic is checked against LTAC's RelaxNG schema by the conformance suite (scripts/conformance/
// tbx.ts), which reads the schema from ../shared/conformance: the repository does not hold a copy of it.
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { readTbx } from "./read-tbx";
import { concepts, glossary, idCases } from "./write-tbx.fixtures";
import { writeTbx } from "./write-tbx";

/** libxml2's verdict (xmllint-wasm, no schema): "well-formed", or its parser errors. */
async function wellFormed(xml: string): Promise<string> {
  const result = await validateXML({ xml: { fileName: "export.tbx", contents: xml }, normalization: "c14n" });
  return result.valid ? "well-formed" : result.rawOutput;
}

describe("writeTbx", () => {
  it("writes well-formed XML that libxml2 parses", async () => {
    expect(await wellFormed(writeTbx(glossary, concepts))).toBe("well-formed");
  });

  it("round-trips concepts, terms, statuses and notes through readTbx", () => {
    const result = readTbx(writeTbx(glossary, concepts));
    expect(result.report).toEqual({ errors: [], warnings: [] });
    expect(result.concepts).toEqual(concepts);
    expect(result.glossary).toEqual({
      ...glossary,
      languages: ["en", "fr", "zh", "ru"],
      subjectFields: ["Places", "Initiatives"],
    });
  });

  it("writes forbidden as deprecated with the marker note, which TBX-Basic tools can read", () => {
    const xml = writeTbx(glossary, concepts);
    expect(xml).toContain(
      '<termNoteGrp>\n              <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>\n              <note>forbiddenTerm-admn-sts</note>',
    );
  });

  it.each(idCases)("keeps the file well-formed with %s", async (_, input, ids) => {
    const xml = writeTbx({ name: "", languages: [], subjectFields: [] }, input);
    expect(await wellFormed(xml)).toBe("well-formed");
    expect(readTbx(xml).concepts.map((concept) => concept.id)).toEqual(ids);
  });

  it("drops characters XML cannot carry instead of writing an unreadable file", () => {
    const xml = writeTbx(glossary, [
      { id: "c1", terms: [{ language: "en", text: "bell\u0007 and road", status: "preferred" }] },
    ]);
    expect(readTbx(xml).concepts[0].terms[0].text).toBe("bell and road");
  });
});

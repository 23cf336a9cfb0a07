import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Concept, Glossary } from "../../glossary/types";
import { readTbx } from "./read-tbx";
import { writeTbx } from "./write-tbx";

const conformance = path.resolve(process.cwd(), process.env.CONFORMANCE_DIR ?? "../shared/conformance");
const schema = path.join(conformance, "validators/tbx-basic/TBXcoreStructV03_TBX-Basic_integrated.rng");
const folder = mkdtempSync(path.join(tmpdir(), "write-tbx-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** xmllint's verdict on a file; the test fails, never skips, where xmllint is not installed. */
function validate(xml: string): string {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "xmllint is not installed: install Debian's libxml2-utils (apt-get install libxml2-utils) to validate TBX exports",
    );
  }
  if (!existsSync(schema))
    throw new Error(
      `TBX-Basic RelaxNG not found at ${schema}: put shared/ beside the repository or set CONFORMANCE_DIR`,
    );
  const file = path.join(folder, `export-${Math.random().toString(36).slice(2)}.tbx`);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--relaxng", schema, file], { stdio: "pipe" });
    return "valid";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const glossary: Glossary = {
  name: "China–Central Asia cooperation",
  description: "Starter glossary\nInitiatives, institutions, places",
  languages: ["en", "fr", "zh", "ru"],
  subjectFields: ["Places", "Initiatives"],
};

const concepts: Concept[] = [
  {
    id: "astana",
    subjectField: "Places",
    definition: "Capital of Kazakhstan since 1997.",
    definitionSource: "Britannica",
    note: "Renamed twice.\nSee also: Akmola",
    links: [{ type: "externalCrossReference", target: "https://en.wikipedia.org/wiki/Astana", text: "Wikipedia" }],
    transactions: [{ type: "origination", date: "2026-11-23", responsibility: "editor@example.org" }],
    perLanguage: {
      fr: { definition: "Capitale du Kazakhstan depuis 1997.", note: "Prononcé « astana »." },
      ru: { transactions: [{ type: "modification", date: "2026-11-24" }] },
    },
    terms: [
      {
        language: "en",
        text: "Astana",
        status: "preferred",
        partOfSpeech: "noun",
        usageExample: "The summit was held in Astana.",
        usageExampleSource: "Xinhua",
      },
      {
        language: "en",
        text: "Nur-Sultan",
        status: "superseded",
        statusNote: { date: "2022-09-17", text: "Renamed back to Astana.\nUsed from 2019-03-23." },
      },
      { language: "en", text: "Astana & Co <test>", status: "forbidden", note: 'Not a real name; "quoted".' },
      { language: "fr", text: "Astana", status: "preferred", grammaticalGender: "feminine", geographicalUsage: "FR" },
      { language: "zh", text: "阿斯塔纳", status: "preferred", termType: "fullForm" },
      { language: "ru", text: "Астана", status: "admitted", source: "Gazeta.kz" },
    ],
  },
  {
    id: "bri",
    subjectField: "Initiatives",
    terms: [
      {
        language: "en",
        text: "Belt and Road Initiative",
        status: "preferred",
        usageExample: "one\ntwo",
        usageExampleSource: "s1\ns2",
      },
      { language: "en", text: "BRI", status: "admitted", termType: "acronym" },
      { language: "en", text: "One Belt One Road", status: "deprecated" },
      { language: "fr", text: "l’initiative la Ceinture et la Route", status: "preferred" },
      { language: "zh", text: "一带一路", status: "preferred" },
    ],
  },
];

describe("writeTbx", () => {
  it("writes TBX-Basic that the RelaxNG schema accepts", () => {
    expect(validate(writeTbx(glossary, concepts))).toBe("valid");
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

  it.each([
    [
      "ids that are not XML names, and missing ids",
      [
        { id: "42 x", terms: [{ language: "en", text: "a", status: "preferred" }] },
        { terms: [{ language: "en", text: "b", status: "preferred" }] },
      ],
      ["c-42_x", "c2"],
    ],
    [
      "repeated ids",
      [
        { id: "c1", terms: [{ language: "en", text: "a", status: "preferred" }] },
        { id: "c1", terms: [{ language: "en", text: "b", status: "preferred" }] },
      ],
      ["c1", "c1-2"],
    ],
  ] as [string, Concept[], string[]][])("keeps the file valid with %s", (_, input, ids) => {
    const xml = writeTbx({ name: "", languages: [], subjectFields: [] }, input);
    expect(validate(xml)).toBe("valid");
    expect(readTbx(xml).concepts.map((concept) => concept.id)).toEqual(ids);
  });

  it("drops characters XML cannot carry instead of writing an unreadable file", () => {
    const xml = writeTbx(glossary, [
      { id: "c1", terms: [{ language: "en", text: "bell\u0007 and road", status: "preferred" }] },
    ]);
    expect(readTbx(xml).concepts[0].terms[0].text).toBe("bell and road");
  });
});

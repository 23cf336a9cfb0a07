import { describe, expect, it } from "vitest";
import { readTbx } from "./read-tbx";

const v3 = (body: string, style = "dca", extra = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="${style}" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"${extra}>
  <tbxHeader><fileDesc><titleStmt><title>Silk Road</title></titleStmt><sourceDesc><p>Test file</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>${body}</body></text>
</tbx>`;

const martif = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
<text><body>${body}</body></text></martif>`;

const dcaEntry = `<conceptEntry id="c1">
  <descrip type="subjectField">Cooperation</descrip>
  <langSec xml:lang="en">
    <descripGrp><descrip type="definition">A global infrastructure
      development strategy.</descrip><admin type="source">Wikipedia</admin></descripGrp>
    <termSec><term>Belt and Road Initiative</term>
      <termNote type="partOfSpeech">noun</termNote>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <descripGrp><descrip type="context">The Belt and Road Initiative links Asia and Europe.</descrip></descripGrp>
      <note>Launched in 2013.</note>
    </termSec>
    <termSec><term>One Belt One Road</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
  </langSec>
  <langSec xml:lang="fr"><termSec><term>initiative la Ceinture et la Route</term>
    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry>`;

const dctEntry = `<conceptEntry id="c1">
  <min:subjectField>Cooperation</min:subjectField>
  <langSec xml:lang="en">
    <descripGrp><basic:definition>A global infrastructure development strategy.</basic:definition><basic:source>Wikipedia</basic:source></descripGrp>
    <termSec><term>Belt and Road Initiative</term>
      <min:partOfSpeech>noun</min:partOfSpeech>
      <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
      <descripGrp><basic:context>The Belt and Road Initiative links Asia and Europe.</basic:context></descripGrp>
      <note>Launched in 2013.</note>
    </termSec>
    <termSec><term>One Belt One Road</term><min:administrativeStatus>supersededTerm-admn-sts</min:administrativeStatus></termSec>
  </langSec>
  <langSec xml:lang="fr"><termSec><term>initiative la Ceinture et la Route</term>
    <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec></langSec>
</conceptEntry>`;

const dctNamespaces = ' xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic"';

const v2Entry = `<termEntry id="c1">
  <descrip type="subjectField">Cooperation</descrip>
  <langSet xml:lang="en">
    <descripGrp><descrip type="definition">A global infrastructure development strategy.</descrip><admin type="source">Wikipedia</admin></descripGrp>
    <tig><term>Belt and Road Initiative</term>
      <termNote type="partOfSpeech">noun</termNote>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <descripGrp><descrip type="context">The Belt and Road Initiative links Asia and Europe.</descrip></descripGrp>
      <note>Launched in 2013.</note>
    </tig>
    <ntig><termGrp><term>One Belt One Road</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
  <langSet xml:lang="fr"><tig><term>initiative la Ceinture et la Route</term>
    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
</termEntry>`;

const expectedConcept = {
  id: "c1",
  subjectField: "Cooperation",
  perLanguage: { en: { definition: "A global infrastructure development strategy.", definitionSource: "Wikipedia" } },
  terms: [
    {
      language: "en",
      text: "Belt and Road Initiative",
      status: "preferred",
      partOfSpeech: "noun",
      usageExample: "The Belt and Road Initiative links Asia and Europe.",
      note: "Launched in 2013.",
    },
    { language: "en", text: "One Belt One Road", status: "superseded" },
    { language: "fr", text: "initiative la Ceinture et la Route", status: "preferred" },
  ],
};

describe("readTbx dialects", () => {
  it.each([
    ["TBX v3 DCA", v3(dcaEntry), { version: 3, type: "TBX-Basic", style: "dca" }],
    ["TBX v3 DCT", v3(dctEntry, "dct", dctNamespaces), { version: 3, type: "TBX-Basic", style: "dct" }],
    ["TBX 2008 martif with tig and ntig", martif(v2Entry), { version: 2, type: "TBX-Basic", style: "dca" }],
  ])("%s gives the same concept", (_, xml, dialect) => {
    const result = readTbx(xml);
    expect(result.report.errors).toEqual([]);
    expect(result.dialect).toEqual(dialect);
    expect(result.concepts).toEqual([expectedConcept]);
    expect(result.glossary).toMatchObject({ languages: ["en", "fr"], subjectFields: ["Cooperation"] });
  });

  it("reads the title and description of the header", () => {
    expect(readTbx(v3(dcaEntry)).glossary).toMatchObject({ name: "Silk Road", description: "Test file" });
  });
});

const term = (notes: string) =>
  v3(
    `<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Astana</term>${notes}</termSec></langSec></conceptEntry>`,
  );

describe("readTbx statuses", () => {
  it.each([
    [
      "v2/v3 TBX-Basic value",
      '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>',
      { status: "admitted" },
      [],
    ],
    [
      "deprecated",
      '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
      { status: "deprecated" },
      [],
    ],
    [
      "ISO 12620 normativeAuthorization",
      '<termNote type="normativeAuthorization">supersededTerm</termNote>',
      { status: "superseded" },
      [],
    ],
    [
      "standardized is approximated",
      '<termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote>',
      { status: "preferred" },
      ["valueMapped"],
    ],
    [
      "our forbidden convention",
      '<termNoteGrp><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>forbiddenTerm-admn-sts</note></termNoteGrp>',
      { status: "forbidden" },
      [],
    ],
    [
      "a dated status note",
      '<termNoteGrp><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote><note>2019-03-23 Renamed Nur-Sultan</note></termNoteGrp>',
      { status: "superseded", statusNote: { date: "2019-03-23", text: "Renamed Nur-Sultan" } },
      [],
    ],
    ["no status is admitted, reported once", "", { status: "admitted" }, ["statusMissing"]],
    [
      "an unknown status is reported",
      '<termNote type="administrativeStatus">maybe</termNote>',
      { status: "admitted" },
      ["statusMissing", "unknownValue"],
    ],
  ])("%s", (_, notes, expected, warnings) => {
    const result = readTbx(term(notes));
    expect(result.concepts[0].terms[0]).toMatchObject(expected);
    expect(result.report.warnings.map((warning) => warning.code).sort()).toEqual([...warnings].sort());
  });
});

describe("readTbx reports what it cannot take as it is", () => {
  it("merges a repeated language section and says where", () => {
    const xml = martif(`<termEntry id="c1">
      <langSet xml:lang="en"><ntig><termGrp><term>navigation trail</term></termGrp></ntig></langSet>
      <langSet xml:lang="en"><ntig><termGrp><term>branch</term><termNote type="partOfSpeech">nom</termNote></termGrp></ntig></langSet>
    </termEntry>`);
    const result = readTbx(xml);
    expect(result.concepts[0].terms.map((t) => [t.language, t.text, t.partOfSpeech])).toEqual([
      ["en", "navigation trail", undefined],
      ["en", "branch", "noun"],
    ]);
    expect(result.report.warnings).toContainEqual({
      code: "duplicateLanguageSection",
      line: 6,
      element: 'langSet xml:lang="en"',
      detail: "en",
    });
    expect(result.report.warnings).toContainEqual({
      code: "valueMapped",
      line: 6,
      element: 'termNote type="partOfSpeech"',
      detail: "nom → noun",
    });
  });

  it("refuses a language section with an invalid xml:lang, with its line and terms, and keeps the rest", () => {
    const xml = martif(`<termEntry id="c1">
      <langSet xml:lang="pt"><tig><term>Medo</term></tig></langSet>
      <langSet xml:lang="---"><tig><term>Fear</term></tig></langSet></termEntry>`);
    const result = readTbx(xml);
    expect(result.concepts[0].terms.map((t) => t.text)).toEqual(["Medo"]);
    expect(result.report.errors).toEqual([
      { code: "invalidLanguageTag", line: 6, element: 'langSet xml:lang="---"', detail: "---", terms: ["Fear"] },
    ]);
  });

  it.each([
    [
      "an entry left without terms",
      `<conceptEntry id="c1"><langSec xml:lang="!!"><termSec><term>x</term></termSec></langSec></conceptEntry>`,
      ["invalidLanguageTag", "conceptWithoutTerms"],
    ],
    [
      "an empty term",
      `<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term> </term></termSec><termSec><term>y</term></termSec></langSec></conceptEntry>`,
      ["emptyTerm"],
    ],
    ["a repeated concept id", `${dcaEntry}${dcaEntry}`, ["duplicateConceptId"]],
    [
      "a langSec without xml:lang",
      `<conceptEntry id="c1"><langSec><termSec><term>x</term></termSec></langSec><langSec xml:lang="en"><termSec><term>y</term></termSec></langSec></conceptEntry>`,
      ["missingLanguageTag"],
    ],
  ])("%s", (_, body, codes) => {
    const result = readTbx(v3(body));
    expect(result.report.errors.map((error) => error.code)).toEqual(codes);
    expect(result.glossary).not.toBeNull();
  });

  it("counts data categories it does not keep, once per kind", () => {
    const xml =
      v3(`<conceptEntry id="c1"><descrip type="relatedConcept">a</descrip><langSec xml:lang="en"><termSec><term>x</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><termNote type="termLocation">menuItem</termNote></termSec></langSec></conceptEntry>
      <conceptEntry id="c2"><descrip type="relatedConcept">b</descrip><langSec xml:lang="en"><termSec><term>y</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>`);
    expect(readTbx(xml).report.warnings).toEqual([
      {
        code: "unsupportedDataCategory",
        line: 4,
        element: 'descrip type="relatedConcept"',
        count: 2,
        detail: "concept",
      },
      { code: "unsupportedDataCategory", line: 5, element: 'termNote type="termLocation"', count: 1, detail: "term" },
    ]);
  });
});

const encode = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++)
    [bytes[2 + 2 * i], bytes[3 + 2 * i]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
  return bytes;
};
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const billionLaughs = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><tbx>&lol2;</tbx>`;
const externalEntity = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx>&xxe;</tbx>`;

describe("readTbx refuses whole files it cannot read cleanly, and returns nothing from them", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "empty"],
    ["a file of whitespace", "  \n ", "empty"],
    ["a file over the size limit", encode(v3(dcaEntry)), "tooLarge", { maxBytes: 100 }],
    ["malformed XML", v3(dcaEntry).replace("</termSec>", ""), "malformedXml"],
    ["bytes that are not UTF-8", latin1(v3(dcaEntry).replace("initiative", "initiative é")), "invalidEncoding"],
    [
      "UTF-8 declared as ISO-8859-1",
      encode(v3(dcaEntry).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("initiative", "é")),
      "encodingMismatch",
    ],
    ["a UTF-16 BOM with a UTF-8 declaration", utf16le(v3(dcaEntry)), "encodingMismatch"],
    [
      "an unknown encoding",
      encode(v3(dcaEntry).replace('encoding="UTF-8"', 'encoding="x-klingon"')),
      "unsupportedEncoding",
    ],
    ["entity declarations (billion laughs)", billionLaughs, "entityDeclaration"],
    ["an external entity", externalEntity, "entityDeclaration"],
    ["another XML vocabulary", "<html><body/></html>", "notTbx"],
  ] as [string, string | Uint8Array, string, { maxBytes?: number }?][])("%s", (_, input, code, options = {}) => {
    const result = readTbx(input, options);
    expect(result.report.errors.map((error) => error.code)).toEqual([code]);
    expect(result.glossary).toBeNull();
    expect(result.concepts).toEqual([]);
  });

  it("gives the line of a malformed element and of a bad byte", () => {
    expect(readTbx(v3(dcaEntry).replace("</termSec>", "")).report.errors[0].line).toBeGreaterThan(5);
    const bytes = latin1(v3(dcaEntry).replace("initiative", "é"));
    expect(readTbx(bytes).report.errors[0]).toMatchObject({ code: "invalidEncoding", line: 17 });
  });

  it.each([
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(v3(dcaEntry))])],
    [
      "UTF-16 with BOM and matching declaration",
      utf16le(v3(dcaEntry).replace('encoding="UTF-8"', 'encoding="UTF-16"')),
    ],
    [
      "ISO-8859-1 as declared",
      latin1(
        v3(dcaEntry).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("initiative la", "initiative lá"),
      ),
    ],
  ])("decodes %s", (_, bytes) => {
    const result = readTbx(bytes);
    expect(result.report.errors).toEqual([]);
    expect(result.concepts[0].terms).toHaveLength(3);
  });

  it("never fetches the DTD a TBX 2008 file names", () => {
    expect(readTbx(martif(v2Entry)).concepts).toEqual([expectedConcept]);
  });
});

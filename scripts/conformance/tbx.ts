// LTAC's TBX termbases through readTbx and writeTbx: the Astronomy termbase (TBX v3, DCA and DCT), CRITI's TBX 2008
// file and its v3 conversion, the IBM sample; every term of every file imported or reported, and our export of each
// valid against the TBX-Basic RelaxNG (libxml2 through xmllint-wasm) and read back unchanged; and the unit tests'
// glossary (every field writeTbx writes, ids to fix) exported valid against the same schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { validateXML } from "xmllint-wasm";
import type { Concept, Glossary } from "../../lib/glossary/types.ts";
import { readTbx } from "../../lib/formats/tbx/read-tbx.ts";
import type { TbxReadResult } from "../../lib/formats/tbx/tbx-types.ts";
import { writeTbx } from "../../lib/formats/tbx/write-tbx.ts";
import {
  concepts as fixtureConcepts,
  glossary as fixtureGlossary,
  idCases,
} from "../../lib/formats/tbx/write-tbx.fixtures.ts";
import { checkOf, type CheckResult } from "./check.ts";

const astronomyDca = "ltac-tbx-basic/Example_Astronomy_DCA_VALID.tbx";
const astronomyDct = "ltac-tbx-basic/Example_Astronomy_DCT_VALID.tbx";
const goodBasic = "ltac-tbx-converter/Good-Basic1.tbx";
const goodBasicV3 = "ltac-tbx-converter/converted-by-pl/Good-Basic1.tbx";
const ibm = "ltac-tbx-converter/Unknown-Dialect2_IBM-sample.tbx";
const ibmV3 = "ltac-tbx-converter/converted-by-pl/Unknown-Dialect2_IBM-sample.tbx";
const tbxBasicSchema = "validators/tbx-basic/TBXcoreStructV03_TBX-Basic_integrated.rng";

/** libxml2's RelaxNG verdict on a TBX file: "valid", or its first errors on one line. */
export async function validateTbxBasic(dir: string, xml: string): Promise<string> {
  const result = await validateXML({
    xml: { fileName: "export.tbx", contents: xml },
    schema: { fileName: "tbx-basic.rng", contents: readFileSync(path.join(dir, tbxBasicSchema), "utf8") },
    extension: "relaxng",
  });
  return result.valid
    ? "valid"
    : result.errors
        .slice(0, 3)
        .map((error) => error.rawMessage)
        .join(" ");
}

const termCount = (result: TbxReadResult) => result.concepts.reduce((sum, concept) => sum + concept.terms.length, 0);

/**
 * Every <term> of the file is imported, or named in an error, or reported as an identical repeat: nothing is lost
 * silently.
 */
function accountedFor(raw: string, result: TbxReadResult): string | null {
  const inFile = raw.match(/<term[\s>]/gu)?.length ?? 0;
  const refused = result.report.errors.reduce((sum, error) => sum + (error.terms?.length ?? 0), 0);
  const repeated = result.report.warnings.filter((warning) => warning.code === "duplicateTerm").length;
  return inFile === termCount(result) + refused + repeated
    ? null
    : `${inFile} <term> in the file, ${termCount(result)} imported + ${refused} refused + ${repeated} repeats`;
}

const issues = (result: TbxReadResult) =>
  [...result.report.errors, ...result.report.warnings].map(
    (issue) =>
      `${issue.code}${issue.line ? ` line ${issue.line}` : ""}${issue.element ? ` <${issue.element}>` : ""}${issue.count && issue.count > 1 ? ` ×${issue.count}` : ""}${issue.detail ? ` "${issue.detail}"` : ""}`,
  );

// The Astronomy files differ by themselves in a few entry- and language-level notes ("G-Source: …" placed in
// the langSec in DCA and in the conceptEntry in DCT, or present in DCA only). Everything else must be equal;
// for those notes, every note of the DCT file must be found in the same concept of the DCA file.
const withoutNotes = (concept: Concept) => ({
  ...concept,
  note: undefined,
  perLanguage: Object.fromEntries(
    Object.entries(concept.perLanguage ?? {})
      .map(([language, details]) => [language, { ...details, note: undefined }] as const)
      .filter(([, details]) => Object.values(details).some((value) => value !== undefined)),
  ),
});
const notesOf = (concept: Concept) =>
  [concept.note, ...Object.values(concept.perLanguage ?? {}).map((details) => details.note)].flatMap((note) =>
    note ? note.split("\n") : [],
  );

export async function runTbx(dir: string, log: (line: string) => void): Promise<CheckResult[]> {
  const raw = new Map<string, string>();
  const read = new Map<string, TbxReadResult>();
  for (const file of [astronomyDca, astronomyDct, goodBasic, goodBasicV3, ibm, ibmV3]) {
    const bytes = readFileSync(path.join(dir, "tbx", file));
    raw.set(file, bytes.toString("utf8"));
    read.set(file, readTbx(bytes));
  }
  const results: CheckResult[] = [];
  const check = (...args: Parameters<typeof checkOf>) => results.push(checkOf(...args));
  const importCheck = (
    file: string,
    concepts: number,
    terms: number,
    expectErrors: (result: TbxReadResult) => string | null,
  ) => {
    const result = read.get(file)!;
    check(
      `TBX import ${file}`,
      [
        result.concepts.length !== concepts && `${result.concepts.length} concepts, expected ${concepts}`,
        termCount(result) !== terms && `${termCount(result)} terms, expected ${terms}`,
        expectErrors(result),
        accountedFor(raw.get(file)!, result),
      ],
      `${result.concepts.length} concepts, ${termCount(result)} terms, ${result.dialect?.type} v${result.dialect?.version} ${result.dialect?.style}; ${issues(result).join(", ") || "no issues"}`,
    );
  };
  const noErrors = (result: TbxReadResult) =>
    result.report.errors.length ? `errors: ${issues(result).join(", ")}` : null;
  const invalidLanguage = (result: TbxReadResult) => {
    const errors = result.report.errors;
    const clear =
      errors.length === 2 &&
      errors.every(
        (error) =>
          error.code === "invalidLanguageTag" &&
          error.line &&
          error.element?.includes('xml:lang="---"') &&
          error.terms?.length,
      );
    return clear
      ? null
      : `expected two invalidLanguageTag errors with line, element and terms, got ${issues(result).join(", ")}`;
  };
  const duplicateLanguage = (result: TbxReadResult) => {
    const warning = result.report.warnings.find((issue) => issue.code === "duplicateLanguageSection");
    const merged = result.concepts
      .find((concept) => concept.id === "c1")
      ?.terms.filter((term) => term.language === "en")
      .map((term) => term.text);
    if (!warning?.line || !warning.element) return "the repeated langSet is not reported with its line";
    return isDeepStrictEqual(merged, ["navigation trail", "branch"])
      ? noErrors(result)
      : `c1 en terms ${JSON.stringify(merged)}`;
  };
  importCheck(astronomyDca, 45, 113, noErrors);
  importCheck(astronomyDct, 45, 113, noErrors);
  importCheck(goodBasic, 50, 127, invalidLanguage);
  importCheck(goodBasicV3, 50, 127, invalidLanguage);
  importCheck(ibm, 5, 11, duplicateLanguage);
  importCheck(ibmV3, 5, 11, duplicateLanguage);

  const [dca, dct] = [read.get(astronomyDca)!, read.get(astronomyDct)!];
  const byId = new Map(dca.concepts.map((concept) => [concept.id, concept]));
  const differing = dct.concepts.filter(
    (concept) => !isDeepStrictEqual(withoutNotes(concept), withoutNotes(byId.get(concept.id) ?? { terms: [] })),
  );
  const missingNotes = dct.concepts.flatMap((concept) =>
    notesOf(concept).filter((note) => !notesOf(byId.get(concept.id) ?? { terms: [] }).includes(note)),
  );
  const placement = (concept: Concept) => [
    concept.note,
    Object.entries(concept.perLanguage ?? {}).map(([language, details]) => [language, details.note]),
  ];
  for (const concept of dct.concepts) {
    const other = byId.get(concept.id);
    if (other && !isDeepStrictEqual(placement(concept), placement(other)))
      log(
        `  (info) ${concept.id}: entry/language notes differ between the files: DCA ${JSON.stringify(notesOf(other))}, DCT ${JSON.stringify(notesOf(concept))}`,
      );
  }
  check(
    "TBX Astronomy DCA and DCT give the same glossary",
    [
      dca.concepts.length !== dct.concepts.length && "concept counts differ",
      !isDeepStrictEqual({ ...dca.glossary, description: undefined }, { ...dct.glossary, description: undefined }) &&
        "glossary name, languages or subject fields differ",
      differing.length > 0 && `concepts differ: ${differing.map((concept) => concept.id).join(", ")}`,
      missingNotes.length > 0 && `DCT notes missing from DCA: ${missingNotes.join(" | ")}`,
    ],
    "same concepts, terms, statuses, parts of speech, definitions, contexts, transactions and links; entry/language notes of DCT all in DCA (the files place a few differently)",
  );

  const [v2, v3] = [read.get(goodBasic)!, read.get(goodBasicV3)!];
  check(
    "TBX Good-Basic1 (TBX 2008) and its v3 conversion give the same glossary",
    [
      !isDeepStrictEqual(v2.glossary, v3.glossary) && "glossaries differ",
      !isDeepStrictEqual(v2.concepts, v3.concepts) && "concepts differ",
      !isDeepStrictEqual(
        v2.report.errors.map((error) => error.terms),
        v3.report.errors.map((error) => error.terms),
      ) && "refused terms differ",
    ],
    `${v2.concepts.length} concepts, ${termCount(v2)} terms equal in every field`,
  );

  for (const [file, result] of read) {
    const exported = writeTbx(result.glossary!, result.concepts);
    const verdict = await validateTbxBasic(dir, exported);
    check(
      `TBX export of ${file} validates against TBX-Basic RelaxNG`,
      [verdict !== "valid" && verdict],
      `RelaxNG ${tbxBasicSchema}: ${verdict}`,
    );
    const again = readTbx(exported);
    check(
      `TBX export of ${file} reads back unchanged`,
      [
        !isDeepStrictEqual(again.concepts, result.concepts) && "concepts differ",
        !isDeepStrictEqual(again.glossary, result.glossary) && "glossary differs",
        (again.report.errors.length > 0 || again.report.warnings.length > 0) && `issues: ${issues(again).join(", ")}`,
      ],
      `${again.concepts.length} concepts, ${termCount(again)} terms`,
    );
  }

  // The unit tests' glossary (write-tbx.test.ts checks it is well-formed and reads back; the schema lives here).
  const fixtures: [string, Glossary, Concept[]][] = [
    ["every field writeTbx writes", fixtureGlossary, fixtureConcepts],
    ...idCases.map(([name, input]): [string, Glossary, Concept[]] => [
      name,
      { name: "", languages: [], subjectFields: [] },
      input,
    ]),
  ];
  for (const [name, glossary, input] of fixtures) {
    const verdict = await validateTbxBasic(dir, writeTbx(glossary, input));
    check(
      `TBX export of a glossary with ${name} validates against TBX-Basic RelaxNG`,
      [verdict !== "valid" && verdict],
      `RelaxNG ${tbxBasicSchema}: ${verdict}`,
    );
  }
  return results;
}

// The glossary uploads with every check passed: an editor of the install, so that hostile files reach the job
// worker and the import (route-handlers.test.ts mostly meets the refusals before them). Whatever the file and
// the query: no 5xx, no stack trace, and a refusal changes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  deepTbx,
  longCsvCell,
  manyAttributesTbx,
  manyTermsCsv,
  manyTermsTbx,
  spacedCsvCell,
} from "../../lib/testing/hostile-inputs.ts";
import { createConcept } from "../glossaries/concepts/mutations.ts";
import { getGlossaryVersion } from "../glossaries/queries.ts";
import { bodyArbitrary, queryArbitrary, rawBody } from "../testing/fuzz-requests.ts";
import { astanaConcept, createTestGlossary } from "../testing/glossary-fixtures.ts";
import { postImport, postImportPreview, type ImportCall } from "../testing/import-requests.ts";
import {
  createCallers,
  csvMapping,
  expectNoStackTrace,
  fuzzRuns,
  fuzzTimeout,
  knownCodes,
  tbxText,
  trackDatabase,
} from "./fuzz-harness.ts";

const files = [
  tbxText("Khorgos"),
  "language,term\nen,Khorgos\nfr,Khorgos\n",
  deepTbx(100),
  manyAttributesTbx(300),
  manyTermsTbx(1100),
  manyTermsCsv(1100),
  spacedCsvCell(5000),
  longCsvCell(2000),
];
type Query = Record<string, string>;
const validQueries: Query[] = [{ format: "tbx" }, { format: "csv", mapping: JSON.stringify(csvMapping) }];

let editor: string;
let glossary: { id: string; slug: string };

beforeAll(async () => {
  const callers = await createCallers("fuzz-upload");
  editor = callers.editor.authorization!;
  glossary = await createTestGlossary(callers.editor.viewer!.id, "Fuzz uploads");
  await createConcept({ glossaryId: glossary.id, concept: astanaConcept, actorId: null });
});

const queries = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...validQueries).map((query) => ({ query, isValid: true })) },
  queryArbitrary(validQueries).map((text) => ({
    query: Object.fromEntries(new URLSearchParams(text)),
    isValid: false,
  })),
);

describe.each([
  ["preview", postImportPreview],
  ["import", postImport],
] as const)("the glossary upload's %s", (route, post: (call: ImportCall) => Promise<Response>) => {
  it(
    "answers any file and query from an editor without a 5xx, and a refusal changes nothing",
    async () => {
      const database = await trackDatabase();
      const statuses = new Set<number>();
      const bodies = fc.oneof({ weight: 2, arbitrary: rawBody(files) }, bodyArbitrary({ raw: files }));
      await fc.assert(
        fc.asyncProperty(bodies, queries, async (body, { query, isValid }) => {
          // A valid import names the version the glossary is at, as the import page does after its preview.
          const version =
            route === "import" && isValid
              ? { expectedVersion: String(await getGlossaryVersion(glossary.id)), skipRejected: "true" }
              : {};
          const response = await post({
            idOrSlug: glossary.slug,
            body: body ?? null,
            query: { ...query, ...version },
            authorization: editor,
          });
          statuses.add(response.status);
          expect(response.status).toBeLessThan(500);
          const text = await response.text();
          expectNoStackTrace(text);
          if (response.status >= 400) expect(knownCodes).toContain(JSON.parse(text).error.code);
          await database.check(response.status >= 400);
        }),
        fuzzRuns(25),
      );
      // Some runs got through to the reader and the import, not only to the checks before them.
      expect([...statuses].some((status) => status < 400)).toBe(true);
    },
    fuzzTimeout,
  );
});

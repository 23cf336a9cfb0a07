// The glossary routes of the public API through their real handlers and database: a glossary imported through the
// import routes comes out as well-formed TBX and as CSV in both layouts, and each file imported again gives
// back the same entries; unknown glossaries are 404s and bad parameters 400s. That the TBX export is valid against
// the TBX-Basic RelaxNG schema (which the repository does not hold) is checked by the conformance suite, on LTAC's
// Astronomy termbase through this same route (scripts/conformance/glossary-db.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { suggestCsvMapping } from "../../lib/formats/csv/csv-mapping.ts";
import type { Concept } from "../../lib/glossary/types.ts";
import { uniqueSuffix } from "../testing/test-db.ts";
import { postImport, postImportPreview } from "../testing/import-requests.ts";
import { bearerFor, createTestUser, type TestUser } from "../testing/test-users.ts";
import { createGlossaryAction, setGlossaryPublishedAction } from "../glossaries/actions.ts";
import { loadGlossaryConcepts, type StoredGlossaryConcept } from "../glossaries/concepts/queries.ts";

const { GET: exportGlossary } = await import("../../app/api/v1/glossaries/[idOrSlug]/export/route.ts");
const { GET: listGlossaries } = await import("../../app/api/v1/glossaries/route.ts");

/** libxml2's verdict (xmllint-wasm, no schema): "well-formed", or its parser errors. */
async function wellFormed(xml: string): Promise<string> {
  const result = await validateXML({ xml: { fileName: "export.tbx", contents: xml }, normalization: "c14n" });
  return result.valid ? "well-formed" : result.rawOutput;
}

const exportPath = (idOrSlug: string, query = "") => `/glossaries/${idOrSlug}/export${query}`;
const callExport = (idOrSlug: string, query = "") =>
  exportGlossary(new NextRequest(`http://localhost/api/v1${exportPath(idOrSlug, query)}`), {
    params: Promise.resolve({ idOrSlug }),
  });

let editor: TestUser;
let authorization: string;
beforeAll(async () => {
  editor = await createTestUser("editor");
  authorization = await bearerFor(editor.id);
});

/** Created as an editor does, then published (unless `isDraft`): a draft is no one's business but the editors'. */
async function newGlossary(name: string, { isDraft = false } = {}) {
  const created = await createGlossaryAction.run(editor.viewer, {
    name: `${name} ${uniqueSuffix()}`,
    languages: ["en", "fr", "zh"],
  });
  if (!created.ok) throw new Error(created.code);
  if (!isDraft) {
    const published = await setGlossaryPublishedAction.run(editor.viewer, {
      glossaryId: created.data.id,
      isPublished: true,
    });
    if (!published.ok) throw new Error(published.code);
  }
  return created.data;
}

/** The import page's two steps: the preview, then the confirmation at the previewed version. */
async function importFile(glossaryId: string, file: File, format: "tbx" | "csv", mapping?: unknown) {
  const query = { format, filename: file.name, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) };
  const preview = await postImportPreview({ idOrSlug: glossaryId, body: file, query, authorization });
  expect(preview.status).toBe(200);
  const planned = await preview.json();
  expect(planned.errors).toEqual([]);
  const applied = await postImport({
    idOrSlug: glossaryId,
    body: file,
    query: { ...query, expectedVersion: planned.version },
    authorization,
  });
  expect(applied.status).toBe(200);
  return applied.json();
}

/** Entries as an export carries them: no stored ids, versions, or the transactions an import adds. */
const comparable = (concepts: StoredGlossaryConcept[]) =>
  concepts.map(({ storedId: _s, version: _v, termIds: _t, id: _id, transactions: _tx, terms, ...concept }) => ({
    ...concept,
    terms: terms.map(({ transactions: _termTx, ...term }) => term),
  }));

/** The starter glossary the app ships with (66 entries, 414 terms in five languages). */
const starter = () => readFileSync(path.resolve("seed/glossary/china-central-asia.tbx"));

// What one column per language keeps: terms' text (the first of a cell preferred, the others admitted), concept
// fields and per-language definitions.
const cooperation: Concept[] = [
  {
    id: "bri",
    subjectField: "Initiatives",
    definition: "China's programme of infrastructure and trade links.",
    note: "Launched in 2013.",
    perLanguage: { fr: { definition: "Programme chinois d'infrastructures." } },
    terms: [
      { language: "en", text: "Belt and Road Initiative", status: "preferred" },
      { language: "en", text: "BRI", status: "admitted" },
      { language: "fr", text: "initiative « la Ceinture et la Route »", status: "preferred" },
      { language: "zh", text: "一带一路", status: "preferred" },
    ],
  },
  {
    id: "sco",
    subjectField: "Institutions",
    terms: [
      { language: "en", text: "Shanghai Cooperation Organisation", status: "preferred" },
      { language: "fr", text: "Organisation de coopération de Shanghai", status: "preferred" },
      { language: "zh", text: "上海合作组织", status: "preferred" },
    ],
  },
];

async function cooperationGlossary() {
  const glossary = await newGlossary("Cooperation");
  const tsv = ["concept id\tsubject field\tconcept definition\tconcept note\tlanguage\tterm\tstatus\tdefinition"];
  for (const concept of cooperation) {
    for (const term of concept.terms) {
      tsv.push(
        [
          concept.id,
          concept.subjectField,
          concept.definition ?? "",
          concept.note ?? "",
          term.language,
          term.text,
          term.status,
          concept.perLanguage?.[term.language]?.definition ?? "",
        ].join("\t"),
      );
    }
  }
  const header = tsv[0].split("\t");
  await importFile(glossary.id, new File([tsv.join("\n")], "cooperation.tsv"), "csv", {
    ...suggestCsvMapping(header),
    delimiter: "\t",
  });
  return glossary;
}

describe("GET /api/v1/glossaries/{idOrSlug}/export", () => {
  it("exports an imported glossary as well-formed TBX that imports back to the same entries", async () => {
    const source = await newGlossary("Starter");
    expect(await importFile(source.id, new File([starter()], "china-central-asia.tbx"), "tbx")).toEqual({
      added: 66,
      changed: 0,
      unchanged: 0,
      skipped: 0,
    });
    const response = await callExport(source.slug, "?format=tbx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tbx+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${source.slug}.tbx"`);
    const tbx = await response.text();
    expect(await wellFormed(tbx)).toBe("well-formed");
    // The same file by id, and TBX is the default format.
    expect(await (await callExport(source.id)).text()).toBe(tbx);

    const copy = await newGlossary("Starter copy");
    expect(await importFile(copy.id, new File([tbx], `${source.slug}.tbx`), "tbx")).toEqual({
      added: 66,
      changed: 0,
      unchanged: 0,
      skipped: 0,
    });
    const [original, reimported] = [await loadGlossaryConcepts(source.id), await loadGlossaryConcepts(copy.id)];
    expect(reimported.flatMap((concept) => concept.terms)).toHaveLength(414);
    expect(comparable(reimported)).toEqual(comparable(original));
    // Imported again into the glossary it came from, it changes nothing.
    expect(await importFile(source.id, new File([tbx], "again.tbx"), "tbx")).toEqual({
      added: 0,
      changed: 0,
      unchanged: 66,
      skipped: 0,
    });
  });

  it.each(["termPerRow", "columnPerLanguage"] as const)(
    "exports CSV with one %s layout that imports back to the same entries",
    async (layout) => {
      const source = await cooperationGlossary();
      const response = await callExport(source.id, `?format=csv&layout=${layout}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${source.slug}.csv"`);
      const csv = await response.text();
      const mapping = suggestCsvMapping(csv.slice(0, csv.indexOf("\n")).split(","));
      expect(mapping.layout).toBe(layout);

      const copy = await newGlossary("Cooperation copy");
      expect(await importFile(copy.id, new File([csv], "copy.csv"), "csv", mapping)).toEqual({
        added: 2,
        changed: 0,
        unchanged: 0,
        skipped: 0,
      });
      const [original, reimported] = [await loadGlossaryConcepts(source.id), await loadGlossaryConcepts(copy.id)];
      expect(comparable(original)).toEqual(cooperation.map(({ id: _id, ...concept }) => concept));
      expect(comparable(reimported)).toEqual(comparable(original));
    },
  );

  it("exports the termPerRow layout when CSV is asked without one", async () => {
    const source = await cooperationGlossary();
    const csv = await (await callExport(source.slug, "?format=csv")).text();
    expect(csv.split("\n")[0]).toBe(
      "concept id,subject field,concept definition,concept note,language,term,status,status note,part of speech,usage example,term note,definition,language note",
    );
  });

  it("answers 404 for an unknown glossary", async () => {
    const response = await callExport(`missing-${uniqueSuffix()}`, "?format=csv");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such glossary" } });
  });

  it.each([
    ["?format=pdf", ["query", "format"]],
    ["?format=csv&layout=byColumn", ["query", "layout"]],
    ["?format=tbx&layout=termPerRow", ["query", "layout"]],
  ])("answers 400 for %s", async (query, where) => {
    const source = await newGlossary("Params");
    const response = await callExport(source.slug, query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.details[0].path).toEqual(where);
  });
});

describe("GET /api/v1/glossaries", () => {
  it("lists glossaries with their languages and entry counts", async () => {
    const glossary = await cooperationGlossary();
    const response = await listGlossaries(new NextRequest("http://localhost/api/v1/glossaries"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items.find((item: { id: string }) => item.id === glossary.id)).toEqual({
      id: glossary.id,
      slug: glossary.slug,
      name: expect.stringMatching(/^Cooperation /),
      description: null,
      languages: ["en", "fr", "zh"],
      subjectFields: [],
      isDemo: false,
      isDraft: false,
      conceptCount: 2,
      termCount: 7,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
  });
});

describe("draft glossaries in the API", () => {
  const list = async (headers?: Record<string, string>) => {
    const response = await listGlossaries(new NextRequest("http://localhost/api/v1/glossaries", { headers }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    return (await response.json()).items as { id: string; isDraft: boolean }[];
  };

  it("are neither listed nor exported for anonymous callers and readers, and are for editors", async () => {
    const draft = await newGlossary("Draft", { isDraft: true });
    const reader = await createTestUser("reader");
    const readerAuthorization = await bearerFor(reader.id);

    expect((await list()).map((item) => item.id)).not.toContain(draft.id);
    expect((await list({ authorization: readerAuthorization })).map((item) => item.id)).not.toContain(draft.id);
    expect((await list({ authorization })).find((item) => item.id === draft.id)).toMatchObject({ isDraft: true });

    const exportAs = (headers?: Record<string, string>) =>
      exportGlossary(new NextRequest(`http://localhost/api/v1${exportPath(draft.slug)}`, { headers }), {
        params: Promise.resolve({ idOrSlug: draft.slug }),
      });
    const anonymous = await exportAs();
    expect(anonymous.status).toBe(404);
    // The same answer as for a glossary that does not exist: a draft's slug cannot be probed.
    expect((await anonymous.json()).error).toEqual((await (await callExport("no-such-glossary")).json()).error);
    expect((await exportAs({ authorization: readerAuthorization })).status).toBe(404);
    expect((await exportAs({ authorization })).status).toBe(200);
  });
});

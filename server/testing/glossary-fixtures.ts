// Shared rows for the glossary tests: a glossary of the test's own (unique name) and the Astana entry, whose
// superseded name carries a dated status note.
import type { Concept } from "../../lib/glossary/types.ts";
import { knownError } from "../errors.ts";
import { createGlossary } from "../glossaries/mutations.ts";
import { uniqueSuffix } from "./test-db.ts";

/** Published unless `isPublished: false`: most tests are about a glossary in use, which readers see. */
export function createTestGlossary(actorId: string, name = "Test glossary", { isPublished = true } = {}) {
  return createGlossary({
    name: `${name} ${uniqueSuffix()}`,
    languages: ["en", "fr", "zh"],
    subjectFields: ["geography"],
    actorId,
    isPublished,
  });
}

export const astanaConcept: Concept = {
  subjectField: "geography",
  definition: "Capital of Kazakhstan",
  terms: [
    { language: "en", text: "Astana", status: "preferred" },
    {
      language: "en",
      text: "Nur-Sultan",
      status: "superseded",
      statusNote: { text: "Name from 2019 to 2022", date: "2019-03-23" },
    },
    { language: "zh", text: "阿斯塔纳", status: "preferred" },
  ],
};

/** The AppError a promise rejects with, or null when it resolves. */
export const errorOf = async (promise: Promise<unknown>) =>
  knownError(
    await promise.then(
      () => null,
      (error: unknown) => error,
    ),
  );

// The header a TBX or CSV export starts with, from a stored glossary. Pure: a row in, the core type out.
import type { Glossary } from "./types";

/**
 * @example glossaryHeader({ name: "Geography", description: null, languages: ["en"], subjectFields: [] })
 * // { name: "Geography", description: undefined, languages: ["en"], subjectFields: [] }
 */
export function glossaryHeader(glossary: {
  name: string;
  description: string | null;
  languages: string[];
  subjectFields: string[];
}): Glossary {
  return {
    name: glossary.name,
    description: glossary.description ?? undefined,
    languages: glossary.languages,
    subjectFields: glossary.subjectFields,
  };
}

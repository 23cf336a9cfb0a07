// How the columns of a glossary CSV map to the concept model, in either layout (one row per term, or one
// column per language), and a first guess at that mapping from the header row for the UI's mapping step.
import { languageTag } from "../../glossary/language-tag";

export type CsvLayout = "termPerRow" | "columnPerLanguage";

/**
 * In termPerRow, `definition` and `languageNote` belong to the row's language and `termNote` to its term;
 * in columnPerLanguage, a column with a `language` holds that language's terms (`term`, several separated by ";")
 * or its `definition`, and the concept-level fields hold the rest.
 */
/** Every field a CSV column can map to, in the order the mapping step offers them for one term per row. */
export const csvFields = [
  "conceptId",
  "subjectField",
  "conceptDefinition",
  "conceptNote",
  "language",
  "term",
  "status",
  "statusNote",
  "partOfSpeech",
  "usageExample",
  "termNote",
  "definition",
  "languageNote",
  "ignore",
] as const;

export type CsvField = (typeof csvFields)[number];

export type CsvColumn = { field: CsvField; language?: string };

export type CsvMapping = { layout: CsvLayout; columns: CsvColumn[]; delimiter?: string };

// Header words in the UI languages (and the words other tools export), compared after folding case and accents.
const aliases: [CsvField, string[]][] = [
  [
    "conceptId",
    [
      "concept id",
      "conceptid",
      "concept",
      "id",
      "entry id",
      "entry",
      "identifiant",
      "id concept",
      "概念id",
      "概念编号",
      "идентификатор",
    ],
  ],
  [
    "subjectField",
    [
      "subject field",
      "subject",
      "domain",
      "field",
      "domaine",
      "sujet",
      "领域",
      "主题",
      "область",
      "предметная область",
      "тақырып",
    ],
  ],
  ["conceptDefinition", ["concept definition", "definition du concept"]],
  ["conceptNote", ["concept note", "note du concept"]],
  ["language", ["language", "lang", "langue", "locale", "language code", "语言", "язык", "тіл"]],
  ["term", ["term", "terme", "term text", "术语", "термин", "word"]],
  ["status", ["status", "statut", "administrative status", "term status", "状态", "статус", "мәртебе"]],
  ["statusNote", ["status note", "note de statut"]],
  ["partOfSpeech", ["part of speech", "pos", "partie du discours", "categorie grammaticale", "词性", "часть речи"]],
  ["usageExample", ["usage example", "example", "context", "exemple", "contexte", "例句", "пример", "мысал"]],
  ["termNote", ["term note", "note", "notes", "comment", "remarque", "commentaire", "注释", "备注", "примечание"]],
  ["definition", ["definition", "definicion", "defn", "定义", "определение", "анықтама"]],
  ["languageNote", ["language note", "note de langue"]],
];
const byAlias = new Map(aliases.flatMap(([field, words]) => words.map((word) => [word, field] as const)));

// Language codes a header may be, and their names in the UI languages ("French", "Français", "法语", "Французский"). "id"
// and "no" are left out: as headers they mean an identifier and a number far more often than Indonesian or Norwegian.
const knownLanguages = [
  "en",
  "fr",
  "zh",
  "ru",
  "kk",
  "de",
  "es",
  "it",
  "pt",
  "ar",
  "ja",
  "ko",
  "tr",
  "uz",
  "ky",
  "tg",
  "tk",
  "mn",
  "fa",
  "uk",
  "pl",
  "nl",
  "sv",
  "cs",
  "el",
  "he",
  "hi",
  "vi",
  "th",
];
let languageNames: Map<string, string> | null = null;

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_\-:./]+/gu, " ")
    .trim();

function languageOf(word: string): string | null {
  if (!languageNames) {
    languageNames = new Map();
    for (const locale of ["en", "fr", "zh", "ru", "kk"]) {
      const names = new Intl.DisplayNames([locale], { type: "language" });
      for (const code of knownLanguages) languageNames.set(fold(names.of(code) ?? code), code);
    }
  }
  const named = languageNames.get(fold(word));
  if (named) return named;
  const tag = languageTag(word.replace(/\s+/gu, "-"));
  return tag && knownLanguages.includes(tag.split("-")[0].toLowerCase()) ? tag : null;
}

// "term (en)", "en term", "definition_fr", "fr definition", "French": a field and a language in one header.
function columnOf(header: string): CsvColumn | null {
  const words = fold(header.replace(/[()[\]]/gu, " "));
  const field = byAlias.get(words);
  if (field) return { field };
  const language = languageOf(header.trim());
  if (language) return { field: "term", language };
  const parts = words.split(" ");
  for (const [head, tail] of [
    [parts.slice(0, -1).join(" "), parts.at(-1)!],
    [parts.slice(1).join(" "), parts[0]],
  ]) {
    const fieldPart = byAlias.get(head);
    const languagePart = tail ? languageOf(tail) : null;
    if (fieldPart && languagePart && (fieldPart === "term" || fieldPart === "definition"))
      return { field: fieldPart, language: languagePart };
  }
  return null;
}

/**
 * Proposes a mapping for a header row: termPerRow when there are language and term columns, columnPerLanguage
 * when columns are named after languages; unrecognized columns are mapped to "ignore" for the editor to fix.
 * @example suggestCsvMapping(["Concept ID", "Language", "Term", "Status"]).layout // "termPerRow"
 * @example suggestCsvMapping(["en", "Français", "中文", "definition"]).columns
 * // [{ field: "term", language: "en" }, { field: "term", language: "fr" }, { field: "term", language: "zh" }, { field: "conceptDefinition" }]
 */
export function suggestCsvMapping(headerRow: readonly string[]): CsvMapping {
  const columns = headerRow.map((header) => columnOf(header) ?? { field: "ignore" as const });
  const hasLanguageColumn = columns.some((column) => column.field === "language");
  const layout: CsvLayout =
    !hasLanguageColumn && columns.some((column) => column.field === "term" && column.language)
      ? "columnPerLanguage"
      : "termPerRow";
  if (layout === "termPerRow") {
    return {
      layout,
      columns: columns.map((column) => (column.field === "term" && column.language ? { field: "ignore" } : column)),
    };
  }
  // Without a language column, the language-free definition and note are the concept's.
  const conceptLevel: Partial<Record<CsvField, CsvField>> = {
    definition: "conceptDefinition",
    termNote: "conceptNote",
  };
  return {
    layout,
    columns: columns.map((column) =>
      column.language ? column : conceptLevel[column.field] ? { field: conceptLevel[column.field]! } : column,
    ),
  };
}

// The import page's column mapping step as plain data: the fields each layout offers, which columns need a
// language, and a mapping for both layouts from the header row, so the editor can switch layout without losing edits.
import {
  csvFields,
  suggestCsvMapping,
  type CsvColumn,
  type CsvField,
  type CsvLayout,
  type CsvMapping,
} from "./csv-mapping";

const conceptFields: CsvField[] = ["conceptId", "subjectField", "conceptDefinition", "conceptNote"];
const fieldsByLayout: Record<CsvLayout, readonly CsvField[]> = {
  termPerRow: csvFields,
  columnPerLanguage: [...conceptFields, "term", "definition", "ignore"],
};

/** The fields a column can be mapped to in a layout ("ignore" last). */
export function csvFieldsFor(layout: CsvLayout): readonly CsvField[] {
  return fieldsByLayout[layout];
}

/** One column per language: a column of terms or definitions holds one language's. */
export function needsLanguage(layout: CsvLayout, field: CsvField): boolean {
  return layout === "columnPerLanguage" && (field === "term" || field === "definition");
}

/**
 * A column made valid for a layout: a field the layout lacks becomes its nearest equivalent or "ignore"; a
 * language is kept only where the layout reads one, and given (`fallbackLanguage`) where it needs one.
 * @example fitColumn("columnPerLanguage", { field: "definition" }, "en") // { field: "conceptDefinition" }
 * @example fitColumn("termPerRow", { field: "term", language: "fr" }, "en") // { field: "ignore" }
 */
export function fitColumn(layout: CsvLayout, column: CsvColumn, fallbackLanguage: string): CsvColumn {
  if (layout === "termPerRow") return column.language ? { field: "ignore" } : { field: column.field };
  if (!column.language) {
    if (column.field === "definition") return { field: "conceptDefinition" };
    if (column.field === "termNote") return { field: "conceptNote" };
  }
  if (needsLanguage(layout, column.field))
    return { field: column.field, language: column.language ?? fallbackLanguage };
  return fieldsByLayout.columnPerLanguage.includes(column.field) ? { field: column.field } : { field: "ignore" };
}

export type CsvMappingChoices = { layout: CsvLayout; columns: Record<CsvLayout, CsvColumn[]> };

/**
 * The suggested layout and a mapping of the header for each layout: suggestCsvMapping's for the layout it picks,
 * a column-by-column guess for the other.
 * @example suggestCsvMappings(["en", "fr"], "en").columns.termPerRow // [{ field: "ignore" }, { field: "ignore" }]
 */
export function suggestCsvMappings(header: readonly string[], fallbackLanguage: string): CsvMappingChoices {
  const suggested = suggestCsvMapping(header);
  const other: CsvLayout = suggested.layout === "termPerRow" ? "columnPerLanguage" : "termPerRow";
  const guessed = header.map((cell) => fitColumn(other, suggestCsvMapping([cell]).columns[0], fallbackLanguage));
  const fitted = suggested.columns.map((column) => fitColumn(suggested.layout, column, fallbackLanguage));
  return {
    layout: suggested.layout,
    columns: { [suggested.layout]: fitted, [other]: guessed } as Record<CsvLayout, CsvColumn[]>,
  };
}

/** What the import form sends as `mapping`: the chosen layout's columns and the delimiter the header was read with. */
export function csvMappingOf(choices: CsvMappingChoices, delimiter: string): CsvMapping {
  return { layout: choices.layout, columns: choices.columns[choices.layout], delimiter };
}

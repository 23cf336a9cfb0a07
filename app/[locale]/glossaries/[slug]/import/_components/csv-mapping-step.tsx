"use client";

import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { CsvColumn, CsvLayout } from "@/lib/formats/csv/csv-mapping";
import { csvFieldsFor, fitColumn, needsLanguage, type CsvMappingChoices } from "@/lib/formats/csv/edit-csv-mapping";
import { languageName } from "@/lib/text/language-name";

type Props = {
  header: string[];
  choices: CsvMappingChoices;
  /** Offered in the language selects: the glossary's languages first. */
  languages: string[];
  onChange: (choices: CsvMappingChoices) => void;
};

const layouts: CsvLayout[] = ["termPerRow", "columnPerLanguage"];
const selectClass = "w-full min-w-40 rounded border border-line-strong bg-surface px-2 py-1";

/** Step 2 for CSV: the layout, and what each column of the header row holds (first guessed from its name). */
export function CsvMappingStep({ header, choices, languages, onChange }: Props) {
  const t = useTranslations("GlossaryImport.mapping");
  const { layout } = choices;
  const columns = choices.columns[layout];
  // One row per term reads each row's language from a column: no column has a language of its own.
  const hasLanguages = layout === "columnPerLanguage";

  function setColumn(index: number, column: CsvColumn) {
    const fitted = fitColumn(layout, column, languages[0] ?? "en");
    onChange({
      ...choices,
      columns: { ...choices.columns, [layout]: columns.map((known, at) => (at === index ? fitted : known)) },
    });
  }

  return (
    <fieldset className="flex min-w-0 flex-col gap-4 rounded border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{t("heading")}</legend>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("layoutLabel")}</legend>
        {layouts.map((option) => (
          <label key={option} className="flex items-start gap-2">
            <input
              type="radio"
              name="layout"
              value={option}
              checked={layout === option}
              onChange={() => onChange({ ...choices, layout: option })}
              className="mt-1 h-4 w-4"
            />
            <span>
              <span className="font-medium">{t("layoutName", { layout: option })}</span>
              <span className="block text-sm text-ink-muted">{t("layoutHint", { layout: option })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Table label={t("caption")}>
        <thead>
          <tr>
            <Th>{t("columnHeader")}</Th>
            <Th>{t("columnField")}</Th>
            {hasLanguages && <Th>{t("columnLanguage")}</Th>}
          </tr>
        </thead>
        <tbody>
          {header.map((name, index) => {
            const column = columns[index] ?? { field: "ignore" };
            const label = name || t("unnamed", { number: index + 1 });
            return (
              <tr key={index}>
                <th scope="row" className="border-b border-line px-3 py-2 align-top font-normal">
                  <span className="font-mono">{label}</span>
                </th>
                <Td>
                  <select
                    aria-label={t("fieldFor", { column: label })}
                    value={column.field}
                    onChange={(event) =>
                      setColumn(index, { ...column, field: event.currentTarget.value as CsvColumn["field"] })
                    }
                    className={selectClass}
                  >
                    {csvFieldsFor(layout).map((field) => (
                      <option key={field} value={field}>
                        {t("field", { field })}
                      </option>
                    ))}
                  </select>
                </Td>
                {hasLanguages && (
                  <Td>
                    {needsLanguage(layout, column.field) ? (
                      <LanguageSelect
                        label={t("languageFor", { column: label })}
                        value={column.language ?? languages[0]}
                        languages={languages}
                        onChange={(language) => setColumn(index, { ...column, language })}
                      />
                    ) : (
                      <span className="text-ink-muted">{t("noLanguage")}</span>
                    )}
                  </Td>
                )}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </fieldset>
  );
}

function LanguageSelect({
  label,
  value,
  languages,
  onChange,
}: {
  label: string;
  value: string;
  languages: string[];
  onChange: (language: string) => void;
}) {
  const locale = useLocale();
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      className={selectClass}
    >
      {[...new Set([...languages, value])].map((code) => {
        // Where the runtime has no name for the language in this locale, the code alone, not "en (en)".
        const name = languageName(code, locale);
        return (
          <option key={code} value={code}>
            {name === code ? code : `${name} (${code})`}
          </option>
        );
      })}
    </select>
  );
}

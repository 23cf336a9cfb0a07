import { useFormatter, useTranslations } from "next-intl";
import type { ImportIssue } from "@/lib/formats/import-report";
import type { GlossaryIssueCode } from "@/lib/formats/read-glossary-file";

type Issue = ImportIssue<GlossaryIssueCode>;

/** The TBX and CSV readers' issue codes (lib/formats) in words, with where in the file each one is. */
export function useIssueText() {
  const t = useTranslations("GlossaryImport");
  const format = useFormatter();
  return {
    /** One message per code; the value concerned (`detail`) goes in where the message names it. */
    message: ({ code, detail }: Issue) => t(`issue.${code}`, { detail }),
    /** "Line 12", or nothing when the reader could not tell. */
    line: (issue: Issue) => (issue.line ? t("issueContext.atLine", { line: issue.line }) : null),
    /** "3 places" for an issue reported once for many. */
    count: (issue: Issue) =>
      issue.count && issue.count > 1 ? t("issueContext.occurrences", { count: issue.count }) : null,
    terms: (issue: Issue) =>
      issue.terms?.length
        ? t("issueContext.termsNotImported", { terms: format.list(issue.terms, { type: "conjunction" }) })
        : null,
  };
}

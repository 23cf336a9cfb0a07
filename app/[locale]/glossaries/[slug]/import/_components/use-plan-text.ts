import { useLocale, useTranslations } from "next-intl";
import type { FieldChange, RejectReason } from "@/lib/glossary/import-plan";
import { languageName } from "@/lib/text/language-name";

/** Long definitions and notes are cut in the preview: the change is what matters, not the whole text. */
const clip = (text: string | undefined) => (text && text.length > 160 ? `${text.slice(0, 159)}…` : (text ?? ""));

/** The import plan (lib/glossary/import-plan.ts) in words: each change an import makes, each reason it refuses an entry. */
export function usePlanText() {
  const t = useTranslations("GlossaryImport.plan");
  const locale = useLocale();
  const language = (code: string) => languageName(code, locale);
  const value = (field: string, text: string | undefined) =>
    field === "status" && text ? t("status", { status: text }) : clip(text);

  function change(item: FieldChange): string {
    switch (item.kind) {
      case "concept":
        return t("conceptField", {
          field: item.field,
          hasBefore: item.before === undefined ? "no" : "yes",
          before: clip(item.before),
          after: clip(item.after),
        });
      case "language":
        return t("languageField", {
          field: item.field,
          language: language(item.language),
          hasBefore: item.before === undefined ? "no" : "yes",
          before: clip(item.before),
          after: clip(item.after),
        });
      case "link":
        return t("linkAdded", { target: item.target });
      case "termAdded":
        return t("termAdded", { language: language(item.language), text: item.text });
      case "termRemoved":
        return t("termRemoved", { language: language(item.language), text: item.text });
      case "term":
        return t("termField", {
          field: item.field,
          language: language(item.language),
          text: item.text,
          hasBefore: item.before === undefined ? "no" : "yes",
          before: value(item.field, item.before),
          after: value(item.field, item.after),
        });
    }
  }

  function reason(item: RejectReason): string {
    const ids = (item.conceptIds ?? []).join(", ");
    switch (item.code) {
      case "noTerms":
        return t("noTerms");
      case "emptyTerm":
        return t("rejectEmptyTerm", { language: item.language ? language(item.language) : "?" });
      case "invalidLanguage":
        return t("invalidLanguage", { language: item.language ?? "", term: item.term ?? "" });
      case "invalidStatus":
        return t("invalidStatus", { term: item.term ?? "" });
      case "duplicateId":
        return t("duplicateId", { ids });
      case "ambiguousMatch":
        return t("ambiguousMatch", { count: item.conceptIds?.length ?? 0 });
      case "matchedTwice":
        return t("matchedTwice");
    }
  }

  return { change, reason, language };
}

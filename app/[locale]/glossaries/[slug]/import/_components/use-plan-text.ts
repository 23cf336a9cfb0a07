import { useLocale, useTranslations } from "next-intl";
import type { FieldChange, RejectReason } from "@/lib/glossary/import-plan";
import { languageName } from "@/lib/text/language-name";

/** Long definitions and notes are cut in the preview: the change is what matters, not the whole text. */
const clip = (text: string | undefined) => (text && text.length > 160 ? `${text.slice(0, 159)}…` : (text ?? ""));

/**
 * The import plan (lib/glossary/import-plan.ts) in words: each change an import makes, each reason it refuses an entry.
 */
export function usePlanText() {
  const t = useTranslations("GlossaryImport.plan");
  const locale = useLocale();
  const language = (code: string) => languageName(code, locale);
  const value = (field: string, text: string | undefined) =>
    field === "status" && text ? t("status", { status: text }) : clip(text);

  /** One message per kind; each names the arguments its kind has (the others are left empty). */
  function change(item: FieldChange): string {
    const { field, before, after, ...rest } = { field: "", before: undefined, after: "", ...item };
    return t(`change.${item.kind}`, {
      field,
      language: "language" in rest ? language(rest.language) : "",
      text: "text" in rest ? rest.text : "",
      target: "target" in rest ? rest.target : "",
      hasBefore: before === undefined ? "no" : "yes",
      before: value(field, before),
      after: value(field, after),
    });
  }

  /** One message per code, with the language, term and entry ids a reason has. */
  const reason = ({ code, language: tag, term, conceptIds, limit }: RejectReason) =>
    t(`reject.${code}`, {
      language: tag ? language(tag) : "?",
      tag: tag ?? "",
      term: term ?? "",
      ids: (conceptIds ?? []).join(", "),
      count: conceptIds?.length ?? 0,
      limit: limit ?? 0,
    });

  return { change, reason, language };
}

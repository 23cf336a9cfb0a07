import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { languageName } from "@/lib/text/language-name";
import type { GlossarySummary } from "@/server/glossaries/queries";
import { DemoBadge } from "./demo-badge";
import { DraftBadge } from "./draft-badge";

/** A glossary in the list: what it covers and how big it is. */
export function GlossaryCard({ glossary }: { glossary: GlossarySummary }) {
  const t = useTranslations("glossaries.list");
  const locale = useLocale();
  const format = useFormatter();
  const list = (items: string[]) => (items.length ? format.list(items, { type: "conjunction" }) : t("none"));
  return (
    <article
      aria-labelledby={`glossary-${glossary.id}`}
      className="flex h-full flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`glossary-${glossary.id}`} className="text-lg leading-snug font-semibold">
          <Link href={`/glossaries/${glossary.slug}`} className="text-accent hover:underline">
            {glossary.name}
          </Link>
        </h3>
        {glossary.isDemo && <DemoBadge />}
        {glossary.isDraft && <DraftBadge />}
      </div>
      {glossary.description && <p className="text-ink">{glossary.description}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-ink-muted">
        <dt className="font-medium">{t("languages")}</dt>
        <dd>{list(glossary.languages.map((code) => languageName(code, locale)))}</dd>
        <dt className="font-medium">{t("subjectFields")}</dt>
        <dd>{list(glossary.subjectFields)}</dd>
        <dt className="font-medium">{t("size")}</dt>
        <dd>{t("counts", { entries: glossary.conceptCount, terms: glossary.termCount })}</dd>
      </dl>
    </article>
  );
}

import { useTranslations } from "next-intl";

const linkClass = "text-accent underline underline-offset-4";

/** The glossary as a file: TBX-Basic, or CSV in either layout the import reads back (GET /api/v1/…/export). */
export function ExportLinks({ slug }: { slug: string }) {
  const t = useTranslations("GlossaryImport.export");
  const href = (query: string) => `/api/v1/glossaries/${encodeURIComponent(slug)}/export?${query}`;
  return (
    <section aria-labelledby="glossary-export-heading" className="space-y-2 border-t border-line pt-6">
      <h2 id="glossary-export-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-ink-muted">{t("intro")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={href("format=tbx")} download className={linkClass}>
            {t("tbx")}
          </a>
        </li>
        <li>
          <a href={href("format=csv&layout=termPerRow")} download className={linkClass}>
            {t("csvTermPerRow")}
          </a>
        </li>
        <li>
          <a href={href("format=csv&layout=columnPerLanguage")} download className={linkClass}>
            {t("csvColumnPerLanguage")}
          </a>
        </li>
      </ul>
    </section>
  );
}

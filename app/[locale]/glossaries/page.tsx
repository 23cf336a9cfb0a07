import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { decide } from "@/lib/auth/permissions";
import { getViewer } from "@/server/auth";
import { listGlossaries } from "@/server/glossaries/queries";
import { GlossaryCard } from "./_components/glossary-card";
import { NewGlossaryForm } from "./_components/new-glossary-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossaries">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "glossaries.metadata" });
  return { title: t("listTitle") };
}

/** Every published glossary, for everyone; editors also see drafts (badged) and get the form that creates one. */
export default async function GlossariesPage({ params }: PageProps<"/[locale]/glossaries">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const [t, viewer] = await Promise.all([getTranslations("glossaries.list"), getViewer()]);
  const glossaries = await listGlossaries({ includeDrafts: decide(viewer, "glossary.readDrafts").allowed });
  const canCreate = decide(viewer, "glossary.create").allowed;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="glossary-list-heading" className="space-y-4">
        <h2 id="glossary-list-heading" className="sr-only">
          {t("listLabel")}
        </h2>
        <p className="text-sm text-ink-muted">{t("count", { count: glossaries.length })}</p>
        {glossaries.length === 0 ? (
          <p className="rounded border border-dashed border-line-strong p-6 text-center">
            {canCreate ? t("emptyEditor") : t("empty")}
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {glossaries.map((glossary) => (
              <li key={glossary.id}>
                <GlossaryCard glossary={glossary} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {canCreate && (
        <section aria-labelledby="new-glossary-heading" className="max-w-3xl space-y-4">
          <h2 id="new-glossary-heading" className="text-xl font-semibold">
            {t("newHeading")}
          </h2>
          <NewGlossaryForm />
        </section>
      )}
    </div>
  );
}

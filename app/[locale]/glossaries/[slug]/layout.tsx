import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { toLocale } from "@/i18n/locales";
import { decide } from "@/lib/auth/permissions";
import { languageName } from "@/lib/text/language-name";
import { getViewer } from "@/server/auth";
import { countPendingProposals } from "@/server/glossaries/proposals/queries";
import { DemoBadge } from "../_components/demo-badge";
import { DraftBadge } from "../_components/draft-badge";
import { readGlossary } from "../_components/read-glossary";
import { DeleteGlossaryDialog } from "./_components/delete-glossary-dialog";
import { GlossaryTabs } from "./_components/glossary-tabs";
import { GlossaryTitle, OnEntriesPage } from "./_components/glossary-title";
import { PublishButton } from "./_components/publish-button";

/** Every page of one glossary: its header and the tabs between its sections. */
export default async function GlossaryLayout({ children, params }: LayoutProps<"/[locale]/glossaries/[slug]">) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const [glossary, t, format] = await Promise.all([
    readGlossary(slug),
    getTranslations("glossaries.header"),
    getFormatter(),
  ]);
  const languages = format.list(
    glossary.languages.map((code) => languageName(code, locale)),
    { type: "conjunction" },
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <GlossaryTitle name={glossary.name} slug={glossary.slug} />
          {glossary.isDemo && <DemoBadge />}
          {glossary.isDraft && <DraftBadge />}
        </div>
        <OnEntriesPage>
          {glossary.description && <p className="max-w-3xl text-ink-muted">{glossary.description}</p>}
          {glossary.languages.length > 0 && <p className="text-sm text-ink-muted">{t("languages", { languages })}</p>}
          <Suspense fallback={null}>
            <LifecycleControls glossary={glossary} />
          </Suspense>
        </OnEntriesPage>
      </header>
      {/* The tabs an editor or contributor gets depend on the session: read it without holding up the page. */}
      <Suspense
        fallback={
          <GlossaryTabs
            slug={glossary.slug}
            tabs={{ canImport: false, canReview: false, canPropose: false, pendingCount: 0 }}
          />
        }
      >
        <ViewerTabs slug={glossary.slug} glossaryId={glossary.id} />
      </Suspense>
      {children}
    </div>
  );
}

async function ViewerTabs({ slug, glossaryId }: { slug: string; glossaryId: string }) {
  const viewer = await getViewer();
  const canReview = decide(viewer, "proposal.review").allowed;
  const pendingCount = canReview ? await countPendingProposals(glossaryId) : 0;
  return (
    <GlossaryTabs
      slug={slug}
      tabs={{
        canImport: decide(viewer, "glossary.import").allowed,
        canReview,
        canPropose: decide(viewer, "term.propose").allowed,
        pendingCount,
      }}
    />
  );
}

/** Publish or unpublish for editors; delete for the glossary's creator and admins (lib/auth/permissions.ts). */
async function LifecycleControls({
  glossary,
}: {
  glossary: { id: string; name: string; isDraft: boolean; createdById: string | null };
}) {
  const viewer = await getViewer();
  const canPublish = decide(viewer, "glossary.publish").allowed;
  const canDelete = decide(viewer, "glossary.delete", { ownerId: glossary.createdById ?? "" }).allowed;
  if (!canPublish && !canDelete) return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {canPublish && <PublishButton glossaryId={glossary.id} isDraft={glossary.isDraft} />}
      {canDelete && <DeleteGlossaryDialog glossaryId={glossary.id} name={glossary.name} />}
    </div>
  );
}

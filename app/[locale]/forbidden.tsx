import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { StatusMessage } from "./_components/status-message";

// Its own title: without it, the 403 answer carried the title of the page it refuses.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forbidden");
  return { title: t("title") };
}

/** Shown with status 403 when a page calls forbidden() (app/[locale]/_components/require-viewer.ts). */
export default function Forbidden() {
  const t = useTranslations("Forbidden");
  return <StatusMessage title={t("title")} body={t("body")} back={t("back")} />;
}

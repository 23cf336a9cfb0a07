import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { StatusMessage } from "./_components/status-message";

// Next collects the metadata of the not-found file of the deepest segment that has one; without it, the page got
// an empty <title>. The locale is the request's (next-intl's middleware), as this file gets no params.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

export default function NotFound() {
  const t = useTranslations("NotFound");
  return <StatusMessage title={t("title")} body={t("body")} back={t("back")} />;
}

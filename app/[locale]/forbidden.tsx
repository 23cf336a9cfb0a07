import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Shown with status 403 when a page calls forbidden() (app/[locale]/_components/require-viewer.ts). */
export default function Forbidden() {
  const t = useTranslations("Forbidden");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/articles" className="text-blue-800 underline dark:text-blue-300">
        {t("back")}
      </Link>
    </div>
  );
}

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
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

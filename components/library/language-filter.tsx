import { useTranslations } from "next-intl";
import { Button } from "../ui/button";

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function LanguageFilter({
  options,
  selected,
}: {
  options: { code: string; name: string }[];
  selected?: string;
}) {
  const t = useTranslations("Library");
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="language-filter" className="text-sm font-medium">
          {t("filterLabel")}
        </label>
        <select
          id="language-filter"
          name="language"
          defaultValue={selected ?? ""}
          className="min-h-11 max-w-full rounded-md border border-line-strong bg-surface px-2"
        >
          <option value="">{t("allLanguages")}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}

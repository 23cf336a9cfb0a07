import { useTranslations } from "next-intl";

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
          className="rounded border border-stone-400 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-800"
        >
          <option value="">{t("allLanguages")}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 dark:bg-blue-300 dark:text-stone-950"
      >
        {t("apply")}
      </button>
    </form>
  );
}

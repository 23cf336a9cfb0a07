import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { Link } from "@/i18n/navigation";
import { termStatuses } from "@/lib/glossary/types";

type EntryFilterValues = {
  text?: string;
  language?: string;
  status?: string;
  subjectField?: string;
  sort: "updated" | "created" | "subjectField";
  direction: "asc" | "desc";
};

type Props = {
  slug: string;
  values: EntryFilterValues;
  languages: readonly { code: string; name: string }[];
  subjectFields: readonly string[];
  hasFilters: boolean;
};

/** A plain GET form: the search lives in the URL, works without JavaScript and can be shared. */
export function EntryFilters({ slug, values, languages, subjectFields, hasFilters }: Props) {
  const t = useTranslations("glossaries.filters");
  const statusName = useTranslations("glossaries.status");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,2fr)_repeat(3,minmax(8rem,1fr))]"
    >
      <TextField name="text" type="search" label={t("text")} defaultValue={values.text ?? ""} maxLength={200} />
      <SelectField name="language" label={t("language")} defaultValue={values.language ?? ""}>
        <option value="">{t("anyLanguage")}</option>
        {languages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name}
          </option>
        ))}
      </SelectField>
      <SelectField name="status" label={t("status")} defaultValue={values.status ?? ""}>
        <option value="">{t("anyStatus")}</option>
        {termStatuses.map((status) => (
          <option key={status} value={status}>
            {statusName(status)}
          </option>
        ))}
      </SelectField>
      <SelectField name="subjectField" label={t("subjectField")} defaultValue={values.subjectField ?? ""}>
        <option value="">{t("anySubjectField")}</option>
        {subjectFields.map((field) => (
          <option key={field} value={field}>
            {field}
          </option>
        ))}
      </SelectField>
      <SelectField name="sort" label={t("sort")} defaultValue={values.sort}>
        <option value="updated">{t("sortUpdated")}</option>
        <option value="created">{t("sortCreated")}</option>
        <option value="subjectField">{t("sortSubjectField")}</option>
      </SelectField>
      <SelectField name="direction" label={t("direction")} defaultValue={values.direction}>
        <option value="desc">{t("descending")}</option>
        <option value="asc">{t("ascending")}</option>
      </SelectField>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
        <Button type="submit">{t("apply")}</Button>
        {hasFilters && (
          <Link href={`/glossaries/${slug}`} className="py-2 text-accent underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { localeInfo, locales, type Locale } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { updateProfileAction } from "@/server/users/actions";
import { NAME_MAX_LENGTH } from "@/server/users/schema";
import { FormAlert } from "../_components/form-alert";
import { useAuthText } from "../_components/use-auth-text";

type Profile = { name: string; uiLocale: Locale | null; readingLanguage: string | null };

/** Name and preferences. A new interface language applies at once: the page reopens in it. */
export function ProfileForm({
  profile,
  readingLanguages,
}: {
  profile: Profile;
  readingLanguages: { code: string; name: string }[];
}) {
  const t = useTranslations("Profile");
  const text = useAuthText();
  const errorText = useTranslations("Errors");
  const locale = useLocale();
  const router = useRouter();
  const [state, save, isPending] = useActionState(updateProfileAction, null);

  // Once per save: a later switch in the header must not be undone by an old result.
  const followed = useRef(state);
  useEffect(() => {
    if (followed.current === state) return;
    followed.current = state;
    const chosen = state?.ok ? state.data.uiLocale : null;
    if (chosen && chosen !== locale) router.replace("/account", { locale: chosen as Locale });
  }, [state, locale, router]);

  const fieldError = (path: string) => {
    const code = state && !state.ok ? state.fields?.find((field) => field.path === path)?.code : undefined;
    return code ? text.fieldError(code) : undefined;
  };
  const formError = state && !state.ok && !state.fields?.length ? errorText(state.code) : null;
  return (
    <form action={save} className="flex flex-col gap-4">
      <FormAlert ref={null} message={formError} />
      <p role="status" className={state?.ok ? noticeClasses("success") : "sr-only"}>
        {state?.ok ? t("saved") : ""}
      </p>
      <TextField
        name="name"
        label={text.t("name")}
        defaultValue={profile.name}
        required
        maxLength={NAME_MAX_LENGTH}
        autoComplete="name"
        error={fieldError("name")}
      />
      <SelectField
        name="uiLocale"
        label={t("uiLocale")}
        hint={t("uiLocaleHint")}
        defaultValue={profile.uiLocale ?? ""}
        error={fieldError("uiLocale")}
      >
        <option value="">{t("browserDefault")}</option>
        {locales.map((code) => (
          <option key={code} value={code} lang={localeInfo[code].htmlLang}>
            {localeInfo[code].name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="readingLanguage"
        label={t("readingLanguage")}
        hint={t("readingLanguageHint")}
        defaultValue={profile.readingLanguage ?? ""}
        error={fieldError("readingLanguage")}
      >
        <option value="">{t("noPreference")}</option>
        {readingLanguages.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("save")}
      </Button>
    </form>
  );
}

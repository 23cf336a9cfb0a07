"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useRouter } from "@/i18n/navigation";
import { problemOfIssue, type DraftErrorCode } from "@/lib/glossary/concept-draft";
import { parseLanguageList, parseSubjectFields } from "@/lib/glossary/glossary-fields";
import { createGlossaryAction } from "@/server/glossaries/actions";
import { createGlossarySchema } from "@/server/glossaries/schema";
import { FormAlert } from "../../_components/form-alert";
import { TextArea } from "./term-fieldset";
import { useGlossaryText } from "./use-glossary-text";

type Field = "name" | "description" | "languages" | "subjectFields";
type Problems = Partial<Record<Field, string>>;

/** Name, description, languages and subject fields; a created glossary opens at once. */
export function NewGlossaryForm() {
  const t = useTranslations("glossaries.newGlossary");
  const text = useGlossaryText();
  const errorText = useTranslations("Errors");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    if (invalid) invalid.focus();
    else if (formError) alertRef.current?.focus();
  }, [problems, formError]);

  function show(found: { path: string; code: DraftErrorCode }[], known: Problems = {}) {
    const byField: Problems = { ...known };
    for (const { path, code } of found) {
      const field = path.split(".")[0] as Field;
      byField[field] ??= text.fieldError(code);
    }
    setProblems(byField);
    setFormError(errorText("INVALID_INPUT"));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const languages = parseLanguageList(String(data.get("languages") ?? ""));
    const description = String(data.get("description") ?? "").trim();
    const input = {
      name: String(data.get("name") ?? ""),
      ...(description ? { description } : {}),
      languages: languages.tags,
      subjectFields: parseSubjectFields(String(data.get("subjectFields") ?? "")),
    };
    const parsed = createGlossarySchema.safeParse(input);
    const found = parsed.success ? [] : parsed.error.issues.map(problemOfIssue);
    // What was typed and is no language tag, named: a bare "invalid" would not say which.
    const known: Problems = languages.invalid.length
      ? { languages: t("invalidLanguages", { tags: languages.invalid.join(", ") }) }
      : {};
    if (found.length || known.languages) return show(found, known);
    setProblems({});
    setFormError(null);
    startTransition(async () => {
      const result = await createGlossaryAction(null, input).catch(() => ({
        ok: false as const,
        code: "INTERNAL" as const,
        fields: undefined,
      }));
      if (result.ok) return router.push(`/glossaries/${result.data.slug}`);
      if (result.fields?.length)
        return show(
          result.fields.map(({ path, code }) => ({
            path,
            code: code === "required" || code === "tooLong" ? code : "invalid",
          })),
        );
      setFormError(errorText(result.code));
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError} />
      <TextField name="name" label={t("name")} required maxLength={200} autoComplete="off" error={problems.name} />
      <FieldTextArea name="description" label={t("description")} error={problems.description} />
      <TextField
        name="languages"
        label={t("languages")}
        hint={t("languagesHint")}
        autoComplete="off"
        spellCheck={false}
        error={problems.languages}
      />
      <FieldTextArea
        name="subjectFields"
        label={t("subjectFields")}
        hint={t("subjectFieldsHint")}
        error={problems.subjectFields}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}

/** An uncontrolled TextArea: this form reads its values from FormData. */
function FieldTextArea(props: { name: string; label: string; hint?: string; error?: string }) {
  const [value, setValue] = useState("");
  return <TextArea {...props} value={value} onChange={(event) => setValue(event.currentTarget.value)} rows={3} />;
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { conceptInputOf, type ConceptDraft } from "@/lib/glossary/concept-draft";
import { createConceptAction } from "@/server/glossaries/actions";
import { createConceptSchema } from "@/server/glossaries/schema";
import { ConceptForm } from "../../../_components/concept-form";
import { useConceptSubmit } from "../../../_components/use-concept-submit";

type Props = {
  glossary: { id: string; slug: string };
  initial: ConceptDraft;
  subjectFields: readonly string[];
  languages: readonly { code: string; name: string }[];
};

/** The entry form for a new entry; once created, the entries list opens with it on top. */
export function NewEntryForm({ glossary, initial, subjectFields, languages }: Props) {
  const t = useTranslations("glossaries.newEntry");
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const { errors, formError, isPending, submit } = useConceptSubmit();
  return (
    <ConceptForm
      aria-label={t("heading")}
      draft={draft}
      onChange={setDraft}
      errors={errors}
      formError={formError}
      subjectFields={subjectFields}
      languages={languages}
      isPending={isPending}
      submitLabel={t("create")}
      headingLevel={3}
      onCancel={() => router.push(`/glossaries/${glossary.slug}`)}
      onSubmit={() =>
        submit({
          draft,
          input: { glossaryId: glossary.id, ...conceptInputOf(draft) },
          schema: createConceptSchema,
          action: createConceptAction,
          onSuccess: ({ id }) => router.push({ pathname: `/glossaries/${glossary.slug}`, query: { created: id } }),
        })
      }
    />
  );
}

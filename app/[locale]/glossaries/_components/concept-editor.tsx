"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { conceptInputOf, draftFromConcept, type ConceptDraft } from "@/lib/glossary/concept-draft";
import { draftDifferences, readConflictDetails, reapplyDraft } from "@/lib/glossary/draft-conflict";
import { updateConceptAction } from "@/server/glossaries/actions";
import { updateConceptSchema } from "@/server/glossaries/schema";
import { ConceptForm } from "./concept-form";
import { ConflictPanel, type ConflictMode } from "./conflict-panel";
import { useConceptSubmit } from "./use-concept-submit";

export type EditableEntry = { id: string; version: number; draft: ConceptDraft; label: string };

type Conflict = { base: ConceptDraft; mine: ConceptDraft; theirs: ConceptDraft; version: number; mode: ConflictMode };

type Props = {
  entry: EditableEntry;
  subjectFields: readonly string[];
  languages: readonly { code: string; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
};

/**
 * The inline editor of one entry. A save names the version the form was loaded at; when another editor saved
 * first, the conflict view shows both versions and the editor re-applies their edits on the saved version or
 * reloads it, and saves again at the new version.
 */
export function ConceptEditor({ entry, subjectFields, languages, onSaved, onCancel }: Props) {
  const t = useTranslations("glossaries.conflict");
  const entryText = useTranslations("glossaries.entries");
  const formText = useTranslations("glossaries.form");
  const [loaded, setLoaded] = useState({ draft: entry.draft, version: entry.version });
  const [draft, setDraft] = useState(entry.draft);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const { errors, formError, setFormError, isPending, submit, reset } = useConceptSubmit();
  const differences = useMemo(
    () => (conflict ? draftDifferences(conflict.base, conflict.mine, conflict.theirs) : []),
    [conflict],
  );

  function save() {
    if (conflict?.mode === "choose") return setFormError(t("chooseFirst"));
    submit({
      draft,
      input: { conceptId: entry.id, version: loaded.version, ...conceptInputOf(draft) },
      schema: updateConceptSchema,
      action: updateConceptAction,
      onSuccess: () => onSaved(),
      onFailure: (failure) => {
        const details = failure.code === "CONFLICT" ? readConflictDetails(failure.conflict) : null;
        if (failure.code === "NOT_FOUND") {
          setFormError(t("deleted"));
          return true;
        }
        if (!details) return false;
        const theirs = draftFromConcept(details.current, details.termIds);
        setConflict({ base: loaded.draft, mine: draft, theirs, version: details.version, mode: "choose" });
        return true;
      },
    });
  }

  function resolve(mode: "reapplied" | "reloaded") {
    if (!conflict) return;
    reset();
    setDraft(mode === "reapplied" ? reapplyDraft(conflict.base, conflict.mine, conflict.theirs) : conflict.theirs);
    setLoaded({ draft: conflict.theirs, version: conflict.version });
    setConflict({ ...conflict, mode });
  }

  return (
    <ConceptForm
      aria-label={entryText("editing", { term: entry.label })}
      draft={draft}
      onChange={setDraft}
      errors={errors}
      formError={formError}
      subjectFields={subjectFields}
      languages={languages}
      isPending={isPending}
      submitLabel={formText("save")}
      onSubmit={save}
      onCancel={onCancel}
      headingLevel={4}
    >
      {conflict && (
        <ConflictPanel
          differences={differences}
          version={conflict.version}
          mode={conflict.mode}
          onReapply={() => resolve("reapplied")}
          onReload={() => resolve("reloaded")}
          onDismiss={() => setConflict(null)}
          headingLevel={4}
        />
      )}
    </ConceptForm>
  );
}

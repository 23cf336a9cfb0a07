"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConceptEditor, type EditableEntry } from "./concept-editor";
import { DeleteConceptDialog } from "./delete-concept-dialog";
import { useAnnounce } from "./entry-announcer";

type Props = {
  entry: EditableEntry;
  /** The entry as readers see it, rendered on the server. */
  children: ReactNode;
  /** Editors get the edit and delete controls; the server checks again on every save. */
  canEdit: boolean;
  /** Opened by `?edit=<id>`. */
  isInitiallyEditing: boolean;
  subjectFields: readonly string[];
  languages: readonly { code: string; name: string }[];
};

/** One entry of the list; for editors, "Edit" puts the entry form in its place. */
export function EntryRow({ entry, children, canEdit, isInitiallyEditing, subjectFields, languages }: Props) {
  const t = useTranslations("glossaries.entries");
  const announce = useAnnounce();
  const [isEditing, setEditing] = useState(canEdit && isInitiallyEditing);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const editorHeadingRef = useRef<HTMLHeadingElement>(null);
  const wasEditing = useRef(isEditing);
  // The editor opens with focus on its heading, which names the entry (the page scrolls to it); once closed, the
  // row's edit button has focus again. After the commit: a save closes the editor inside a transition.
  useEffect(() => {
    if (isEditing) editorHeadingRef.current?.focus();
    else if (wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  function close() {
    setEditing(false);
    forgetEditParameter(entry.id);
  }

  if (isEditing) {
    return (
      <div className="rounded-lg border-2 border-accent bg-surface p-4">
        <h3 ref={editorHeadingRef} tabIndex={-1} className="mb-3 text-lg font-semibold outline-none">
          {t("editing", { term: entry.label })}
        </h3>
        <ConceptEditor
          entry={entry}
          subjectFields={subjectFields}
          languages={languages}
          onSaved={() => {
            close();
            announce(t("saved", { term: entry.label }));
          }}
          onCancel={close}
        />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm">
      {children}
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <Button
            ref={editButtonRef}
            type="button"
            onClick={() => setEditing(true)}
            aria-label={t("editLabel", { term: entry.label })}
            variant="secondary"
            size="sm"
          >
            {t("edit")}
          </Button>
          <DeleteConceptDialog
            entry={entry}
            onDeleted={() => announce(t("deleted", { term: entry.label }), { focus: true })}
          />
        </div>
      )}
    </div>
  );
}

/** `?edit=<id>` opened this editor; once closed, a reload should not open it again. */
function forgetEditParameter(conceptId: string) {
  const url = new URL(window.location.href);
  if (url.searchParams.get("edit") !== conceptId) return;
  url.searchParams.delete("edit");
  window.history.replaceState(null, "", url);
}

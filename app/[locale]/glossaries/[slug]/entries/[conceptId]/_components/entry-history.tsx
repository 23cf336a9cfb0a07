import { useLocale, useTranslations } from "next-intl";
import { useChangeValue } from "@/components/glossary/use-change-value";
import type { RecordedChange } from "@/lib/glossary/read-field-changes";
import { languageName } from "@/lib/text/language-name";

export type HistoryVersion = {
  id: string;
  version: number;
  /** create, update, import, proposal (server/glossaries/concepts, imports and proposals mutations). */
  kind: string;
  /** null: nobody signed in made it (the command line, a seed import) or the account is gone. */
  actor: string | null;
  at: string;
  when: string;
  changes: RecordedChange[];
  skipped: number;
};

/** Every version of the entry, newest first: who, when, how, and each field it changed in words. */
export function EntryHistory({ versions }: { versions: HistoryVersion[] }) {
  const t = useTranslations("glossaryEntry");
  return (
    <section aria-labelledby="entry-history" className="space-y-3">
      <h2 id="entry-history" className="text-xl font-semibold">
        {t("historyHeading")}
      </h2>
      {versions.length === 0 ? (
        <p className="text-ink-muted">{t("historyEmpty")}</p>
      ) : (
        <ol className="space-y-3">
          {versions.map((version) => (
            <li key={version.id} className="border-l-2 border-line pl-3" data-testid="history-version">
              <p className="font-medium">
                {t("historyRow", { kind: knownKind(version.kind), actor: version.actor ?? t("historySystem") })}
              </p>
              <p className="text-sm text-ink-muted">
                {t("historyVersion", { version: version.version })} · <time dateTime={version.at}>{version.when}</time>
              </p>
              {version.changes.length > 0 && (
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                  {version.changes.map((change, index) => (
                    <ChangeLine key={index} change={change} />
                  ))}
                </ul>
              )}
              {version.skipped > 0 && (
                <p className="text-sm text-ink-muted">{t("historySkipped", { count: version.skipped })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const kinds = ["create", "update", "import", "proposal"] as const;
const knownKind = (kind: string) => ((kinds as readonly string[]).includes(kind) ? kind : "other");

function ChangeLine({ change }: { change: RecordedChange }) {
  const t = useTranslations("glossaryEntry");
  const locale = useLocale();
  const changeValue = useChangeValue();
  const language = (tag: string) => languageName(tag, locale);
  /** Set, changed or cleared: the three ways a text field moves. */
  const edit = (
    field: string,
    before: string | undefined,
    after: string,
    subject: { language?: string; text?: string },
  ) => {
    const values = { field, before: before ?? "", after, language: subject.language ?? "", text: subject.text ?? "" };
    const scope = subject.text !== undefined ? "term" : subject.language !== undefined ? "language" : "concept";
    const how = after === "" ? "cleared" : before === undefined || before === "" ? "set" : "changed";
    return t("changeEdit", { ...values, scope, how });
  };
  switch (change.kind) {
    case "concept":
      return <li>{edit(t(`field.${change.field}`), change.before, change.after, {})}</li>;
    case "language":
      return (
        <li>
          {edit(t(`field.${change.field}`), change.before, change.after, { language: language(change.language) })}
        </li>
      );
    case "term":
      return (
        <li>
          {edit(
            t(`field.${change.field}`),
            change.before === undefined ? undefined : changeValue(change.field, change.before),
            change.after === "" ? "" : changeValue(change.field, change.after),
            { language: language(change.language), text: change.text },
          )}
        </li>
      );
    case "termAdded":
      return <li>{t("changeTermAdded", { text: change.text, language: language(change.language) })}</li>;
    case "termRemoved":
      return <li>{t("changeTermRemoved", { text: change.text, language: language(change.language) })}</li>;
    case "link":
      return <li>{t("changeLink", { target: change.target })}</li>;
  }
}

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { TermStatusBadge } from "@/components/glossary/term-status-badge";
import { groupByLanguage } from "@/lib/glossary/entry-terms";
import type { StoredTerm } from "@/lib/glossary/stored-concept";
import { isPartOfSpeech } from "@/lib/glossary/types";
import { languageName } from "@/lib/text/language-name";

type Term = Omit<StoredTerm, "details">;

/**
 * The entry's terms by language, each with its status (and the dated note that explains it), part of speech, note and
 * example.
 */
export function EntryTerms({ terms, languageOrder }: { terms: Term[]; languageOrder: string[] }) {
  const t = useTranslations("glossaryEntry");
  const locale = useLocale();
  const format = useFormatter();
  // A status note's date is a calendar date ("2019-03-23"): shown in UTC it never shifts a day.
  const date = (iso: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(iso)
      ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
      : iso;
  return (
    <section aria-labelledby="entry-terms" className="space-y-4">
      <h2 id="entry-terms" className="text-xl font-semibold">
        {t("termsHeading")}
      </h2>
      {groupByLanguage(terms, languageOrder).map((group) => (
        <div key={group.language} className="space-y-2">
          <h3 className="font-semibold">{languageName(group.language, locale)}</h3>
          <ul className="space-y-3">
            {group.terms.map((term) => (
              <li key={term.id} className="rounded-lg border border-line bg-surface p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <span lang={term.language} className="text-lg font-medium">
                    {term.text}
                  </span>
                  <TermStatusBadge status={term.status} label={t(`status.${term.status}`)} />
                  {isPartOfSpeech(term.partOfSpeech) && (
                    <span className="text-sm text-ink-muted">{t(`partOfSpeech.${term.partOfSpeech}`)}</span>
                  )}
                </p>
                {(term.statusNote || term.note || term.usageExample) && (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                    {term.statusNote && (
                      <>
                        <dt className="font-medium text-ink-muted">{t("field.statusNote")}</dt>
                        <dd>
                          {term.statusNoteDate
                            ? t("statusNoteDated", { date: date(term.statusNoteDate), note: term.statusNote })
                            : term.statusNote}
                        </dd>
                      </>
                    )}
                    {term.note && (
                      <>
                        <dt className="font-medium text-ink-muted">{t("field.note")}</dt>
                        <dd className="whitespace-pre-line">{term.note}</dd>
                      </>
                    )}
                    {term.usageExample && (
                      <>
                        <dt className="font-medium text-ink-muted">{t("field.usageExample")}</dt>
                        <dd lang={term.language} className="whitespace-pre-line italic">
                          {term.usageExample}
                        </dd>
                      </>
                    )}
                  </dl>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { TermStatusBadge } from "@/components/glossary/term-status-badge";
import { Link } from "@/i18n/navigation";
import { groupTermsByLanguage } from "@/lib/glossary/term-groups";
import type { Concept } from "@/lib/glossary/types";
import { languageName } from "@/lib/text/language-name";
import { truncateText } from "@/lib/text/truncate-text";

type Props = {
  slug: string;
  conceptId: string;
  concept: Concept;
  /** The glossary's languages, in the order its terms are listed. */
  languageOrder: readonly string[];
};

const DEFINITION_EXCERPT = 240;
const STATUS_NOTE_EXCERPT = 80;

/** One entry as the list shows it: its terms by language with their status, subject field and definition. */
export function EntryView({ slug, conceptId, concept, languageOrder }: Props) {
  const t = useTranslations("glossaries.entries");
  const partOfSpeechName = useTranslations("glossaries.partOfSpeech");
  const statusName = useTranslations("glossaries.status");
  const locale = useLocale();
  const format = useFormatter();
  // A status note's date is a calendar day: read and shown in UTC, it stays the same day everywhere.
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const label = concept.terms[0]?.text ?? conceptId;
  const definition = concept.definition ?? localDefinition(concept, locale);
  return (
    <article aria-labelledby={`entry-${conceptId}`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`entry-${conceptId}`} className="text-lg font-semibold" lang={concept.terms[0]?.language}>
          <Link href={`/glossaries/${slug}/entries/${conceptId}`} className="text-accent hover:underline">
            {label}
          </Link>
        </h3>
        {concept.subjectField && (
          <p className="text-sm text-ink-muted">{t("subjectFieldValue", { value: concept.subjectField })}</p>
        )}
      </div>
      <dl className="grid grid-cols-[minmax(5rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
        {groupTermsByLanguage(concept.terms, languageOrder).map((group) => (
          <div key={group.language} className="contents">
            <dt className="font-medium text-ink-muted">{languageName(group.language, locale)}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {group.terms.map((term, index) => (
                  <li key={index} className="flex flex-wrap items-center gap-2">
                    <span lang={term.language} className="text-base">
                      {term.text}
                    </span>
                    <TermStatusBadge status={term.status} label={statusName(term.status)} />
                    {term.partOfSpeech && (
                      <span className="text-xs text-ink-muted">{partOfSpeechName(term.partOfSpeech)}</span>
                    )}
                    {term.statusNote && (
                      <span className="text-xs text-ink-muted">
                        {term.statusNote.date
                          ? t("statusNoteDated", {
                              note: truncateText(term.statusNote.text, STATUS_NOTE_EXCERPT),
                              date: day(term.statusNote.date),
                            })
                          : truncateText(term.statusNote.text, STATUS_NOTE_EXCERPT)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {definition && <p className="text-ink">{truncateText(definition, DEFINITION_EXCERPT)}</p>}
    </article>
  );
}

/** An imported entry may define its concept per language only: the reader's language first, else the first one. */
function localDefinition(concept: Concept, locale: string): string | undefined {
  const sections = Object.entries(concept.perLanguage ?? {});
  const own = sections.find(([language]) => language.toLowerCase().split("-")[0] === locale);
  return (own ?? sections.find(([, details]) => details.definition))?.[1].definition;
}

import { useTranslations } from "next-intl";
import { TermStatusBadge } from "@/components/glossary/term-status-badge";
import { Link } from "@/i18n/navigation";
import { termsIn, type TermCard } from "@/lib/reader/term-cards";
import { isFlaggedStatus } from "@/lib/reader/term-status";

/**
 * One concept in a term's popover: its terms in the reader's language with their status, the definition, the glossary,
 * the entry.
 */
export function TermCardBody({ card, target }: { card: TermCard; target: { code: string; name: string } }) {
  const t = useTranslations("termMarks");
  const terms = termsIn(card, target.code);
  return (
    <section className="mt-3 space-y-2 border-t border-line pt-3">
      <div>
        <h3 className="font-medium text-ink-muted">{t("termsIn", { language: target.name })}</h3>
        {terms.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {terms.map((term, index) => (
              <li key={index} className="flex flex-wrap items-baseline gap-x-2">
                <span
                  lang={term.language}
                  className={`text-base ${isFlaggedStatus(term.status) ? "text-ink-muted" : "font-semibold"}`}
                >
                  {term.text}
                </span>
                <TermStatusBadge
                  status={term.status}
                  label={t(`status.${term.status}`)}
                  warn={isFlaggedStatus(term.status)}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-ink-muted italic">{t("noTermsIn", { language: target.name })}</p>
        )}
      </div>
      {card.definition && (
        <div>
          <h3 className="font-medium text-ink-muted">{t("definition")}</h3>
          <p lang={card.definition.language ?? undefined} className="mt-0.5">
            {card.definition.text}
          </p>
        </div>
      )}
      <p className="text-ink-muted">{t("fromGlossary", { name: card.glossary.name })}</p>
      <Link
        href={`/glossaries/${encodeURIComponent(card.glossary.slug)}/entries/${encodeURIComponent(card.conceptId)}`}
        className="inline-block font-medium text-accent underline hover:text-accent"
      >
        {t("openEntry")}
      </Link>
    </section>
  );
}

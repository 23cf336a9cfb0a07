import { useLocale, useTranslations } from "next-intl";
import { languageName } from "@/lib/text/language-name";

type Details = { definition?: string; definitionSource?: string; note?: string };
type Entry = { definition: string | null; definitionSource: string | null; note: string | null; perLanguage: unknown };

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** The JSON column as the page can trust it: per language tag, the text fields that are there. */
function languageDetails(value: unknown): [string, Details][] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([language, raw]) => {
    if (!raw || typeof raw !== "object") return [];
    const fields = raw as Record<string, unknown>;
    const details: Details = {
      ...(isText(fields.definition) ? { definition: fields.definition } : {}),
      ...(isText(fields.definitionSource) ? { definitionSource: fields.definitionSource } : {}),
      ...(isText(fields.note) ? { note: fields.note } : {}),
    };
    return Object.keys(details).length ? [[language, details]] : [];
  });
}

/** The concept's definition and note, then the definitions and notes given per language. */
export function EntryDefinitions({ entry }: { entry: Entry }) {
  const t = useTranslations("glossaryEntry");
  const locale = useLocale();
  const perLanguage = languageDetails(entry.perLanguage);
  const isEmpty = !entry.definition && !entry.note && perLanguage.length === 0;
  return (
    <section aria-labelledby="entry-definition" className="space-y-3">
      <h2 id="entry-definition" className="text-xl font-semibold">
        {t("definitionHeading")}
      </h2>
      {isEmpty && <p className="text-ink-muted">{t("noDefinition")}</p>}
      {(entry.definition || entry.note) && (
        <Block definition={entry.definition} source={entry.definitionSource} note={entry.note} />
      )}
      {perLanguage.map(([language, details]) => (
        <div key={language} className="space-y-1">
          <h3 className="font-semibold">{t("inLanguage", { language: languageName(language, locale) })}</h3>
          <Block
            definition={details.definition}
            source={details.definitionSource}
            note={details.note}
            lang={language}
          />
        </div>
      ))}
    </section>
  );
}

function Block({
  definition,
  source,
  note,
  lang,
}: {
  definition?: string | null;
  source?: string | null;
  note?: string | null;
  lang?: string;
}) {
  const t = useTranslations("glossaryEntry");
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
      {definition && (
        <>
          <dt className="font-medium text-ink-muted">{t("field.definition")}</dt>
          <dd lang={lang} className="whitespace-pre-line">
            {definition}
          </dd>
        </>
      )}
      {source && (
        <>
          <dt className="font-medium text-ink-muted">{t("field.definitionSource")}</dt>
          <dd lang={lang}>{source}</dd>
        </>
      )}
      {note && (
        <>
          <dt className="font-medium text-ink-muted">{t("field.note")}</dt>
          <dd lang={lang} className="whitespace-pre-line">
            {note}
          </dd>
        </>
      )}
    </dl>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { ReaderMode } from "@/lib/reader/reader-view";
import type { TextPiece } from "@/lib/reader/term-marks";
import { MarkedText } from "./marked-text";

export type ReaderSegment = { id: string; language: string; text: string };
export type ReaderTranslation = { text: string; status: "approved" | "proposed" };

type Props = {
  paragraphs: { id: string; segments: ReaderSegment[] }[];
  translations: Map<string, ReaderTranslation>;
  mode: ReaderMode;
  translationLanguage: string | null;
  columnLabels: { original: string; translation: string };
  /** Glossary terms per segment id, for the segments that have any, in each column. */
  marks?: { original: Map<string, TextPiece[]>; translation: Map<string, TextPiece[]> };
};

/** The article text in one of the four layouts. Only the first sentence is a tab stop (see SegmentHighlighter). */
export function ReaderText({ paragraphs, translations, mode, translationLanguage, columnLabels, marks }: Props) {
  const first = paragraphs[0]?.segments[0]?.id;
  const focusSide = mode === "translation" ? "translation" : "original";
  const original = (segment: ReaderSegment) => (
    <Original
      key={segment.id}
      segment={segment}
      pieces={marks?.original.get(segment.id)}
      isFirst={segment.id === first}
      isFocusable={focusSide === "original"}
    />
  );
  const translated = (segment: ReaderSegment) => (
    <Translated
      key={`t-${segment.id}`}
      segmentId={segment.id}
      translation={translations.get(segment.id)}
      pieces={marks?.translation.get(segment.id)}
      language={translationLanguage ?? ""}
      isFirst={segment.id === first}
      isFocusable={focusSide === "translation"}
    />
  );

  if (mode === "side") {
    return (
      <div className="space-y-5">
        <div className="hidden gap-8 border-b border-line pb-2 font-sans text-sm font-semibold text-ink-muted md:grid md:grid-cols-2">
          <p>{columnLabels.original}</p>
          <p>{columnLabels.translation}</p>
        </div>
        {paragraphs.map((paragraph) => (
          <div key={paragraph.id} className="grid gap-2 md:grid-cols-2 md:gap-8">
            <p>
              {joinSentences(
                paragraph.segments.map(original),
                paragraph.segments.map((s) => s.language),
              )}
            </p>
            <p
              lang={translationLanguage ?? undefined}
              className="border-l-2 border-line pl-3 text-ink-muted md:border-0 md:pl-0 md:text-ink"
            >
              {joinSentences(
                paragraph.segments.map(translated),
                paragraph.segments.map(() => translationLanguage ?? ""),
              )}
            </p>
          </div>
        ))}
      </div>
    );
  }
  if (mode === "interlinear") {
    return (
      <div className="space-y-6">
        {paragraphs.map((paragraph) => (
          <div key={paragraph.id} className="space-y-3">
            {paragraph.segments.map((segment) => (
              <div key={segment.id} className="space-y-0.5">
                <p>{original(segment)}</p>
                <p lang={translationLanguage ?? undefined} className="border-l-2 border-line pl-3 text-ink-muted">
                  {translated(segment)}
                </p>
              </div>
            ))}
          </div>
        ))}
      </div>
    );
  }
  const render = mode === "translation" ? translated : original;
  return (
    <div className="space-y-4" lang={mode === "translation" ? (translationLanguage ?? undefined) : undefined}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.id}>
          {joinSentences(
            paragraph.segments.map(render),
            paragraph.segments.map((s) => (mode === "translation" ? (translationLanguage ?? "") : s.language)),
          )}
        </p>
      ))}
    </div>
  );
}

const unspaced = /^(?:zh|ja)\b/;

/** Sentences of one paragraph, separated by a space except after Chinese or Japanese, which use none. */
function joinSentences(nodes: React.ReactNode[], languages: string[]) {
  return nodes.flatMap((node, index) =>
    index === 0 ? [node] : [unspaced.test(languages[index - 1]) ? "" : " ", node],
  );
}

type OriginalProps = { segment: ReaderSegment; pieces?: TextPiece[]; isFirst: boolean; isFocusable: boolean };

function Original({ segment, pieces, isFirst, isFocusable }: OriginalProps) {
  return (
    <span
      className="segment"
      lang={segment.language}
      data-segment-id={segment.id}
      data-side="original"
      {...(isFocusable ? { "data-segment-focus": "", tabIndex: isFirst ? 0 : -1 } : {})}
    >
      {pieces ? <MarkedText pieces={pieces} /> : segment.text}
    </span>
  );
}

type TranslatedProps = {
  segmentId: string;
  translation?: ReaderTranslation;
  pieces?: TextPiece[];
  language: string;
  isFirst: boolean;
  isFocusable: boolean;
};

function Translated(props: TranslatedProps) {
  const t = useTranslations("Reader");
  const uiLocale = useLocale();
  const focus = props.isFocusable ? { "data-segment-focus": "", tabIndex: props.isFirst ? 0 : -1 } : {};
  if (!props.translation) {
    return (
      <span
        className="segment font-sans text-[0.875em] text-ink-muted italic"
        data-segment-id={props.segmentId}
        data-side="translation"
        data-missing=""
        lang={uiLocale}
        {...focus}
      >
        {t("untranslated")}
      </span>
    );
  }
  return (
    <span
      className="segment"
      data-segment-id={props.segmentId}
      data-side="translation"
      data-status={props.translation.status}
      title={props.translation.status === "approved" ? t("statusApproved") : t("statusProposed")}
      {...focus}
    >
      {props.pieces ? <MarkedText pieces={props.pieces} /> : props.translation.text}
    </span>
  );
}

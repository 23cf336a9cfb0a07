// Glossary checks: a concept named in the source whose preferred target term is missing from the target, and
// deprecated, superseded or forbidden terms used in the target. Matching is the reader's own (elision, plurals),
// plus case endings for Russian and Kazakh.
import { type TermIndex, buildTermIndex, matchTerms } from "../glossary/match-terms";
import { type StemmedTerm, matchInflected, stemTerms } from "./inflected-terms";
import { primaryLanguage } from "../glossary/term-variants";
import type { GlossaryHints, GlossaryTermHint, QualityIssue, QualitySpan, QualityText } from "./types";

const acceptedStatuses = new Set(["preferred", "admitted"]);

type PreparedGlossary = { index: TermIndex; stemmed: Map<string, StemmedTerm[]> };
type Hit = { termIds: string[]; start: number; end: number; matched: string };

// Built once per hints object: the browser passes the same hints on every keystroke.
const prepared = new WeakMap<GlossaryHints, PreparedGlossary>();
// Languages whose case endings the index does not know: their terms are also matched by stem.
const inflectedLanguages = new Set(["ru", "kk"]);

// Term ids are "concept index:term index", so a hit leads back to its concept without another table.
function prepare(glossary: GlossaryHints): PreparedGlossary {
  let glossaryIndex = prepared.get(glossary);
  if (!glossaryIndex) {
    const terms = glossary.concepts.flatMap((concept, c) =>
      concept.terms.map((term, t) => ({ ...term, id: `${c}:${t}` })),
    );
    const stemmed = new Map<string, StemmedTerm[]>();
    for (const language of inflectedLanguages) {
      const ofLanguage = terms.filter((term) => primaryLanguage(term.language) === language);
      stemmed.set(language, stemTerms(ofLanguage, language));
    }
    glossaryIndex = { index: buildTermIndex(terms), stemmed };
    prepared.set(glossary, glossaryIndex);
  }
  return glossaryIndex;
}

// The index's hits, and for Russian and Kazakh the inflected ones it missed; leftmost-longest, exact first.
function findTerms(glossary: PreparedGlossary, text: string, language: string): Hit[] {
  const exact = matchTerms(glossary.index, text, language);
  const stemmed = glossary.stemmed.get(primaryLanguage(language));
  if (!stemmed) return exact;
  const inflected = matchInflected(stemmed, text, primaryLanguage(language)).map((hit) => ({
    ...hit,
    matched: text.slice(hit.start, hit.end),
  }));
  const hits: Hit[] = [];
  let taken = 0;
  for (const hit of [...exact, ...inflected].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (hit.start < taken) continue;
    hits.push(hit);
    taken = hit.end;
  }
  return hits;
}

const parseId = (id: string): [number, number] => {
  const [concept, term] = id.split(":");
  return [Number(concept), Number(term)];
};

function preferredIn(terms: readonly GlossaryTermHint[], language: string): GlossaryTermHint | undefined {
  return terms.find((term) => term.status === "preferred" && primaryLanguage(term.language) === language);
}

/**
 * Glossary issues of a translation. A concept found in the source with a preferred term in the target language
 * reports `glossary.missingTerm` unless one of its preferred or admitted target terms is in the target; a
 * deprecated or superseded target term reports `glossary.flaggedTerm` as a warning, a forbidden one as an error.
 * @example checkGlossary({ text: "l’Initiative", language: "fr" }, { text: "the plan", language: "en" }, hints)
 * // [{ code: "glossary.missingTerm", severity: "warning", params: { term: "Belt and Road Initiative", … } }]
 */
export function checkGlossary(source: QualityText, target: QualityText, glossary: GlossaryHints): QualityIssue[] {
  const glossaryIndex = prepare(glossary);
  const targetLanguage = primaryLanguage(target.language);
  const issues: QualityIssue[] = [];
  // Concepts the target names acceptably, and those it names with a flagged term (already reported once).
  const namedInTarget = new Set<number>();
  for (const hit of findTerms(glossaryIndex, target.text, target.language)) {
    const terms = hit.termIds.map(parseId);
    const accepted = terms.filter(([c, t]) => acceptedStatuses.has(glossary.concepts[c].terms[t].status));
    if (accepted.length) {
      for (const [c] of accepted) namedInTarget.add(c);
      continue;
    }
    // A form shared by a flagged term and an accepted one (a homograph in another concept) is not flagged.
    const [c, t] = terms.reduce((worst, current) =>
      glossary.concepts[current[0]].terms[current[1]].status === "forbidden" ? current : worst,
    );
    const concept = glossary.concepts[c];
    const { status } = concept.terms[t];
    for (const [flagged] of terms) namedInTarget.add(flagged);
    issues.push({
      code: "glossary.flaggedTerm",
      severity: status === "forbidden" ? "error" : "warning",
      spans: [{ side: "target", start: hit.start, end: hit.end }],
      params: {
        term: hit.matched,
        glossaryTerm: concept.terms[t].text,
        status,
        conceptId: concept.id,
        preferred: preferredIn(concept.terms, targetLanguage)?.text ?? "",
      },
    });
  }
  const missing = new Map<number, { spans: QualitySpan[]; matched: string }>();
  for (const hit of findTerms(glossaryIndex, source.text, source.language)) {
    for (const [c] of hit.termIds.map(parseId)) {
      if (namedInTarget.has(c) || !preferredIn(glossary.concepts[c].terms, targetLanguage)) continue;
      const span: QualitySpan = { side: "source", start: hit.start, end: hit.end };
      const known = missing.get(c);
      // Synonyms sharing a form give one hit several terms of the same concept: one span.
      if (known?.spans.at(-1)?.start === span.start) continue;
      if (known) known.spans.push(span);
      else missing.set(c, { spans: [span], matched: hit.matched });
    }
  }
  for (const [c, { spans, matched }] of missing) {
    const concept = glossary.concepts[c];
    issues.push({
      code: "glossary.missingTerm",
      severity: "warning",
      spans,
      params: { term: preferredIn(concept.terms, targetLanguage)!.text, sourceTerm: matched, conceptId: concept.id },
    });
  }
  return issues;
}

// One TBX term section (termSec in v3, tig or ntig in TBX 2008) as a Term: its data categories by name,
// whatever the style, and the status group that carries our forbidden status and dated status notes.
import type { Term, TermStatus } from "../../glossary/types";
import { type XmlElement, elements, textContent } from "../xml/xml-tree";
import {
  type Item,
  type ReadContext,
  appendLine,
  groupElements,
  isStructural,
  itemOf,
  readTransaction,
  sourceOf,
  unsupported,
  warn,
} from "./tbx-items";
import { forbiddenMarker, partOfSpeechFromTbx, picklistValue, statusFromTbx, statusNoteFromTbx } from "./tbx-values";

export type TermRead = { term: Term; hasStatus: boolean } | { term: null };

function setOnce<K extends keyof Term>(term: Term, key: K, value: Term[K], item: Item, context: ReadContext): void {
  if (term[key] === undefined) term[key] = value;
  else if (term[key] !== value) warn(context, "duplicateValue", item.element, String(value));
}

// The status an administrativeStatus item (or its termNoteGrp) gives; its group's notes become the status note.
function readStatus(term: Term, item: Item, context: ReadContext): TermStatus | null {
  const status = statusFromTbx(item.value);
  if (!status) {
    warn(context, "unknownValue", item.element, item.value);
    return null;
  }
  let value = status.value;
  if (!status.exact) warn(context, "valueMapped", item.element, `${item.value} → ${value}`);
  for (const companion of item.companions) {
    if (!isStructural(companion, context, "note")) {
      unsupported(context, companion, "term", !groupElements.has(companion.local));
      continue;
    }
    const note = textContent(companion);
    if (note === forbiddenMarker && value === "deprecated") value = "forbidden";
    else if (note && note !== forbiddenMarker)
      term.statusNote = term.statusNote
        ? { ...term.statusNote, text: `${term.statusNote.text}\n${note}` }
        : statusNoteFromTbx(note);
  }
  return value;
}

function applyItem(term: Term, item: Item, context: ReadContext): void {
  switch (item.category) {
    case "partOfSpeech": {
      const mapped = partOfSpeechFromTbx(item.value);
      if (!mapped) warn(context, "unknownValue", item.element, item.value);
      else {
        if (!mapped.exact) warn(context, "valueMapped", item.element, `${item.value} → ${mapped.value}`);
        setOnce(term, "partOfSpeech", mapped.value, item, context);
      }
      break;
    }
    case "grammaticalGender":
    case "termType": {
      const value = picklistValue(item.category, item.value);
      if (value) setOnce(term, item.category, value, item, context);
      else warn(context, "unknownValue", item.element, item.value);
      break;
    }
    case "geographicalUsage":
      setOnce(term, "geographicalUsage", item.value, item, context);
      break;
    case "context":
      term.usageExample = appendLine(term.usageExample, item.value);
      term.usageExampleSource = appendLine(term.usageExampleSource, sourceOf(item, context, "term") ?? "");
      return;
    case "source":
      term.source = appendLine(term.source, item.value);
      break;
    default:
      unsupported(context, item.element, "term", true);
      return;
  }
  for (const companion of item.companions) unsupported(context, companion, "term", !groupElements.has(companion.local));
}

/**
 * Reads a termSec, tig or ntig (whose term sits in a termGrp); `term: null` when it has no text.
 * @example readTerm(<termSec><term>open cluster</term><termNote type="partOfSpeech">noun</termNote></termSec>, "en", context)
 * // { term: { language: "en", text: "open cluster", status: "admitted", partOfSpeech: "noun" }, hasStatus: false }
 */
export function readTerm(section: XmlElement, language: string, context: ReadContext): TermRead {
  const term: Term = { language, text: "", status: "admitted" };
  let hasStatus = false;
  let termElement: XmlElement | null = null;
  // A termGrp's children read as if they stood in its place, in document order; a stack, not recursion.
  const pending = elements(section).reverse();
  while (pending.length) {
    const child = pending.pop()!;
    if (isStructural(child, context, "term")) {
      termElement = child;
      term.text = textContent(child);
    } else if (isStructural(child, context, "termGrp")) {
      const inner = elements(child);
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]);
    } else if (isStructural(child, context, "note")) term.note = appendLine(term.note, textContent(child));
    else if (isStructural(child, context, "transacGrp"))
      (term.transactions ??= []).push(readTransaction(child, context, "term"));
    else {
      const item = itemOf(child, context);
      if (!item) unsupported(context, child, "term", false);
      else if (item.category !== "administrativeStatus" && item.category !== "normativeAuthorization")
        applyItem(term, item, context);
      else {
        const status = readStatus(term, item, context);
        if (status && !hasStatus) [term.status, hasStatus] = [status, true];
        else if (status && status !== term.status) warn(context, "duplicateValue", item.element, status);
      }
    }
  }
  if (!term.text) {
    context.errors.push({ code: "emptyTerm", line: (termElement ?? section).line, element: section.name, detail: "" });
    return { term: null };
  }
  return { term, hasStatus };
}

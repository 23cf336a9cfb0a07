// Finds balanced quotes and brackets in a paragraph: a sentence never ends inside one
// ("«К чему ты готовишься? – спросила мама.»", "(He previously worked … engineer.)", "《摔跤吧！爸爸》").

export type Span = { open: number; close: number };

// Opener → closers. „ (German/Russian low quote) closes with “ or ”. Single quotes are left out on purpose:
// ' and ’ are also apostrophes ("one’s", "Michael's"), so pairing them would swallow whole paragraphs.
const closersOf: Record<string, string> = {
  "(": ")",
  "[": "]",
  "{": "}",
  "«": "»",
  "“": "”",
  "„": "“”",
  "‹": "›",
  "《": "》",
  "〈": "〉",
  "「": "」",
  "『": "』",
  "（": "）",
  "【": "】",
  "〔": "〕",
};

/**
 * The balanced pairs of a text, as offsets of the opening and closing characters.
 * Unbalanced marks pair with nothing, so a stray ")" of a list item ("1) first") never hides a break.
 * @example pairedSpans('Il dit « oui. » Fin.') // [{ open: 7, close: 14 }]
 */
export function pairedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      // A straight double quote closes the nearest open one, otherwise it opens.
      const index = findOpen(stack, (open) => open === '"');
      if (index >= 0) closeAt(stack, index, i, spans);
      else stack.push({ char, at: i });
      continue;
    }
    const index = findOpen(stack, (open) => closersOf[open]?.includes(char) ?? false);
    if (index >= 0) closeAt(stack, index, i, spans);
    else if (char in closersOf) stack.push({ char, at: i });
  }
  return spans.sort((a, b) => a.open - b.open);
}

function findOpen(stack: { char: string }[], matches: (open: string) => boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (matches(stack[i].char)) return i;
  return -1;
}

function closeAt(stack: { char: string; at: number }[], index: number, close: number, spans: Span[]) {
  spans.push({ open: stack[index].at, close });
  // Openers above the matched one were never closed: they pair with nothing.
  stack.length = index;
}

/**
 * True when a break before offset `at` would fall between an opening mark and its closing mark.
 * @example isInsideSpan([{ open: 7, close: 14 }], 10) // true; isInsideSpan([{ open: 7, close: 14 }], 15) // false
 */
export function isInsideSpan(spans: Span[], at: number): boolean {
  return spans.some((span) => span.open < at && at <= span.close);
}

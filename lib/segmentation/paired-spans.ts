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

// Each closing character and the openers it closes, so that a character that closes nothing costs nothing.
const openersOf = new Map<string, string[]>();
for (const [opener, closers] of Object.entries(closersOf))
  for (const closer of closers) openersOf.set(closer, [...(openersOf.get(closer) ?? []), opener]);
openersOf.set('"', ['"']);

/**
 * The balanced pairs of a text, as offsets of the opening and closing characters.
 * Unbalanced marks pair with nothing, so a stray ")" of a list item ("1) first") never hides a break.
 * Linear: besides the stack of open marks, each kind of opener keeps the stack positions of its own marks, so the
 * nearest open mark a closer matches is found without walking the stack.
 * @example pairedSpans('Il dit « oui. » Fin.') // [{ open: 7, close: 14 }]
 */
export function pairedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: { char: string; at: number }[] = [];
  const positions = new Map<string, number[]>();
  const push = (char: string, at: number) => {
    let own = positions.get(char);
    if (!own) positions.set(char, (own = []));
    own.push(stack.length);
    stack.push({ char, at });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    let index = -1;
    for (const opener of openersOf.get(char) ?? []) index = Math.max(index, positions.get(opener)?.at(-1) ?? -1);
    if (index >= 0) {
      spans.push({ open: stack[index].at, close: i });
      // Openers above the matched one were never closed: they pair with nothing.
      while (stack.length > index) positions.get(stack.pop()!.char)!.pop();
    } else if (char === '"' || char in closersOf) push(char, i); // A straight double quote opens when none is open.
  }
  return spans.sort((a, b) => a.open - b.open);
}

/**
 * Whether a break before each offset would fall between an opening mark and its closing mark, for offsets 0 to
 * `length`, computed once for all the breaks of a paragraph.
 * @example insideSpans([{ open: 7, close: 14 }], 20)[10] // true; insideSpans([{ open: 7, close: 14 }], 20)[15] // false
 */
export function insideSpans(spans: Span[], length: number): boolean[] {
  const depth = new Array<number>(length + 2).fill(0);
  for (const { open, close } of spans) {
    depth[open + 1]++;
    depth[close + 1]--;
  }
  const inside: boolean[] = [];
  let running = 0;
  for (let at = 0; at <= length; at++) inside.push((running += depth[at]) > 0);
  return inside;
}

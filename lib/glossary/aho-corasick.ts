// An Aho-Corasick automaton over UTF-16 code units in flat typed arrays. Built breadth first from the sorted
// patterns, so a node's children are consecutive states sorted by character: no hash table, few cache misses.

export type Automaton = {
  /** First child state and number of children, per state; children are consecutive and sorted by `nodeChar`. */
  childStart: Int32Array;
  childCount: Int32Array;
  nodeChar: Uint16Array;
  /** Root transitions by code unit (-1 for none): the scan is at the root most of the time. */
  rootEdges: Int32Array;
  /** Pattern length in code units, per state. */
  depth: Int32Array;
  fail: Int32Array;
  /** The nearest state on the failure chain that ends a pattern, or 0. */
  outLink: Int32Array;
  /** First output entry of a state (-1 for none); entries chain through `entryNext`; an entry is a pattern index. */
  outHead: Int32Array;
  entryNext: Int32Array;
};

/**
 * The state reached from `state` over code unit `char`, or -1.
 * @example edge(automaton, 0, "a".charCodeAt(0))
 */
function edge(a: Automaton, state: number, char: number): number {
  if (state === 0) return a.rootEdges[char];
  let low = a.childStart[state];
  let high = low + a.childCount[state] - 1;
  const chars = a.nodeChar;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = chars[middle];
    if (value === char) return middle;
    if (value < char) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The state after reading one code unit: follow failure links until an edge exists.
 * @example let state = 0; for (const c of "abc") state = step(automaton, state, c.charCodeAt(0));
 */
export function step(a: Automaton, state: number, char: number): number {
  for (;;) {
    const next = edge(a, state, char);
    if (next !== -1) return next;
    if (state === 0) return 0;
    state = a.fail[state];
  }
}

// Pattern indices in code-unit order (the order of the trie's children): a native numeric sort on the first two
// code units, then a string comparison only inside each group that shares them.
function sortedOrder(patterns: readonly string[]): Int32Array {
  const keys = new Float64Array(patterns.length);
  let count = 0;
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    const prefix = pattern.charCodeAt(0) * 0x10000 + (pattern.length > 1 ? pattern.charCodeAt(1) + 1 : 0);
    keys[count++] = prefix * 0x200000 + index;
  });
  const sortedKeys = keys.subarray(0, count).sort();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = sortedKeys[i] % 0x200000;
  const byText = (x: number, y: number) => (patterns[x] < patterns[y] ? -1 : patterns[x] > patterns[y] ? 1 : x - y);
  for (let low = 0; low < count;) {
    const prefix = Math.floor(sortedKeys[low] / 0x200000);
    let high = low + 1;
    while (high < count && Math.floor(sortedKeys[high] / 0x200000) === prefix) high++;
    if (high - low > 1) order.set(Array.from(order.subarray(low, high)).sort(byText), low);
    low = high;
  }
  return order;
}

/**
 * Builds the automaton; pattern `i` is reported as entry `i` at the state that ends it (empty patterns are skipped).
 * @example buildAutomaton(["he", "she", "his", "hers"])
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const order = sortedOrder(patterns);
  const count = order.length;
  // The sorted patterns' code units in one buffer: the build reads them level by level, in order.
  let totalChars = 0;
  for (const pattern of patterns) totalChars += pattern.length;
  const units = new Uint16Array(totalChars);
  const offsets = new Int32Array(count + 1);
  for (let i = 0, at = 0; i < count; i++) {
    const pattern = patterns[order[i]];
    offsets[i] = at;
    for (let k = 0; k < pattern.length; k++) units[at++] = pattern.charCodeAt(k);
    offsets[i + 1] = at;
  }
  // Every state but the root ends at least one code unit of some pattern: this bounds the state count.
  const capacity = totalChars + 1;
  const childStart = new Int32Array(capacity);
  const childCount = new Int32Array(capacity);
  const nodeChar = new Uint16Array(capacity);
  const depth = new Int32Array(capacity);
  const outHead = new Int32Array(capacity).fill(-1);
  const entryNext = new Int32Array(patterns.length).fill(-1);
  const rangeLow = new Int32Array(capacity);
  const rangeHigh = new Int32Array(capacity);
  rangeHigh[0] = count;
  let states = 1;
  // State ids are given breadth first, so the states are their own queue; the patterns below a state are a range
  // of the sorted patterns, so its children come out consecutive and sorted by character.
  for (let state = 0; state < states; state++) {
    const d = depth[state];
    let low = rangeLow[state];
    const high = rangeHigh[state];
    // Patterns equal to this state's prefix sort first in its range.
    for (; low < high && offsets[low + 1] - offsets[low] === d; low++) {
      entryNext[order[low]] = outHead[state];
      outHead[state] = order[low];
    }
    childStart[state] = states;
    while (low < high) {
      const char = units[offsets[low] + d];
      let end = low + 1;
      while (end < high && units[offsets[end] + d] === char) end++;
      nodeChar[states] = char;
      depth[states] = d + 1;
      rangeLow[states] = low;
      rangeHigh[states++] = end;
      low = end;
    }
    childCount[state] = states - childStart[state];
  }
  const rootEdges = new Int32Array(0x10000).fill(-1);
  for (let child = childStart[0]; child < childStart[0] + childCount[0]; child++) rootEdges[nodeChar[child]] = child;
  const automaton: Automaton = {
    childStart: childStart.subarray(0, states),
    childCount: childCount.subarray(0, states),
    nodeChar: nodeChar.subarray(0, states),
    rootEdges,
    depth: depth.subarray(0, states),
    fail: new Int32Array(states),
    outLink: new Int32Array(states),
    outHead: outHead.subarray(0, states),
    entryNext,
  };
  const { fail, outLink } = automaton;
  // Breadth-first order again: a state's failure target is shallower, so it is final before the state is reached.
  for (let state = 1; state < states; state++) {
    const first = childStart[state];
    for (let child = first; child < first + childCount[state]; child++) {
      fail[child] = step(automaton, fail[state], nodeChar[child]);
      outLink[child] = outHead[fail[child]] !== -1 ? fail[child] : outLink[fail[child]];
    }
  }
  return automaton;
}

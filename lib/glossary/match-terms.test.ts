import { describe, expect, it } from "vitest";
import { type IndexedTerm, buildTermIndex, matchTerms } from "./match-terms";
import { segmentWordsWithGlossary } from "./segment-words";

const terms: IndexedTerm[] = [
  { id: "fr-initiative", text: "Initiative", language: "fr" },
  { id: "fr-ceinture", text: "la Ceinture et la Route", language: "fr" },
  { id: "fr-asie-centrale", text: "Asie centrale", language: "fr" },
  { id: "fr-chine", text: "Chine", language: "fr" },
  { id: "fr-chine-asie", text: "Chine–Asie centrale", language: "fr" },
  { id: "fr-corridor", text: "corridor économique", language: "fr" },
  { id: "fr-zone", text: "zone de libre-échange", language: "fr" },
  { id: "fr-union", text: "l’Union économique eurasiatique", language: "fr" },
  { id: "fr-canal", text: "canal régional", language: "fr" },
  { id: "en-bri", text: "BRI", language: "en" },
  { id: "en-cass", text: "CASS", language: "en" },
  { id: "en-belt-road", text: "Belt and Road", language: "en" },
  { id: "en-bri-full", text: "Belt and Road Initiative", language: "en" },
  { id: "en-road-initiative", text: "Road Initiative", language: "en" },
  { id: "en-initiative", text: "Initiative", language: "en" },
  { id: "en-central-asia", text: "Central Asia", language: "en" },
  { id: "en-corridor", text: "economic corridor", language: "en" },
  { id: "en-policy", text: "policy bank", language: "en" },
  { id: "en-head-of-state", text: "head of state", language: "en" },
  { id: "en-china", text: "China", language: "en" },
  { id: "en-nur-sultan", text: "Nur-Sultan", language: "en" },
  { id: "en-iphone", text: "iPhone", language: "en", caseSensitive: true },
  { id: "en-sco", text: "sco", language: "en", caseSensitive: false },
  { id: "zh-bri", text: "一带一路", language: "zh" },
  { id: "zh-bri-initiative", text: "一带一路倡议", language: "zh" },
  { id: "zh-central-asia", text: "中亚", language: "zh" },
  { id: "zh-china-central-asia", text: "中国—中亚峰会", language: "zh" },
  { id: "zh-astana", text: "阿斯塔纳", language: "zh" },
  { id: "ru-sco", text: "Шанхайская организация сотрудничества", language: "ru" },
  { id: "ru-yolka", text: "ёлка", language: "ru" },
  { id: "kk-astana", text: "Астана", language: "kk" },
];
const index = buildTermIndex(terms);

// [case, text, language, expected [matched, term ids] in text order]
const cases: [string, string, string, [string, string[]][]][] = [
  ["French elision with '", "le succès de l'Initiative", "fr", [["Initiative", ["fr-initiative"]]]],
  ["French elision with ’", "le succès de l’Initiative", "fr", [["Initiative", ["fr-initiative"]]]],
  ["French elision with ʼ", "lʼInitiative", "fr", [["Initiative", ["fr-initiative"]]]],
  ["elision before a multi-word term", "les pays d'Asie centrale", "fr", [["Asie centrale", ["fr-asie-centrale"]]]],
  ["qu' and jusqu' elide too", "jusqu’Asie centrale", "fr", [["Asie centrale", ["fr-asie-centrale"]]]],
  [
    "a term entered with its article matches without it",
    "Union économique eurasiatique et l'Union économique eurasiatique",
    "fr",
    [
      ["Union économique eurasiatique", ["fr-union"]],
      ["Union économique eurasiatique", ["fr-union"]],
    ],
  ],
  [
    "multi-word term with articles inside",
    "la construction de la Ceinture et la Route",
    "fr",
    [["la Ceinture et la Route", ["fr-ceinture"]]],
  ],
  ["Chine must not match in Machine", "la Machine de la Chine", "fr", [["Chine", ["fr-chine"]]]],
  ["nor in Chinese or Chinois", "les Chinois", "fr", []],
  [
    "case and accent insensitive",
    "ASIE CENTRALE, asie centrale, Asie Céntrale",
    "fr",
    [
      ["ASIE CENTRALE", ["fr-asie-centrale"]],
      ["asie centrale", ["fr-asie-centrale"]],
      ["Asie Céntrale", ["fr-asie-centrale"]],
    ],
  ],
  [
    "French plural of noun and adjective",
    "deux corridors économiques",
    "fr",
    [["corridors économiques", ["fr-corridor"]]],
  ],
  [
    "French plural stops at the preposition",
    "des zones de libre-échange",
    "fr",
    [["zones de libre-échange", ["fr-zone"]]],
  ],
  ["French -al plural", "les canaux régionaux", "fr", [["canaux régionaux", ["fr-canal"]]]],
  [
    "longest match wins for nested terms",
    "le sommet Chine-Asie centrale",
    "fr",
    [["Chine-Asie centrale", ["fr-chine-asie"]]],
  ],
  [
    "en dash and hyphen are the same",
    "le sommet Chine–Asie centrale",
    "fr",
    [["Chine–Asie centrale", ["fr-chine-asie"]]],
  ],
  ["line break inside a multi-word term", "en Asie\ncentrale", "fr", [["Asie\ncentrale", ["fr-asie-centrale"]]]],
  [
    "leftmost then longest: the full name wins",
    "the Belt and Road Initiative",
    "en",
    [["Belt and Road Initiative", ["en-bri-full"]]],
  ],
  [
    "overlapping terms: the one that starts first wins",
    "Belt and Road Initiatives",
    "en",
    [["Belt and Road Initiatives", ["en-bri-full"]]],
  ],
  [
    "overlap without a longer term: leftmost wins, the rest resumes after it",
    "Road Initiative",
    "en",
    [["Road Initiative", ["en-road-initiative"]]],
  ],
  ["acronyms in capitals are case-sensitive", "the BRI, not bri or Bri", "en", [["BRI", ["en-bri"]]]],
  ["CASS only in capitals", "CASS scholars and Cass Sunstein", "en", [["CASS", ["en-cass"]]]],
  ["explicit caseSensitive false", "the SCO summit", "en", [["SCO", ["en-sco"]]]],
  ["explicit caseSensitive true", "iPhone, not IPHONE", "en", [["iPhone", ["en-iphone"]]]],
  ["full-width letters", "ＢＲＩ projects", "en", [["ＢＲＩ", ["en-bri"]]]],
  [
    "English plural",
    "two economic corridors and policy banks",
    "en",
    [
      ["economic corridors", ["en-corridor"]],
      ["policy banks", ["en-policy"]],
    ],
  ],
  ["English plural before of", "heads of state met", "en", [["heads of state", ["en-head-of-state"]]]],
  [
    "possessive",
    "China's neighbours and China’s",
    "en",
    [
      ["China", ["en-china"]],
      ["China", ["en-china"]],
    ],
  ],
  ["no match inside a longer word", "Chinatown and Nur-Sultanate", "en", []],
  ["hyphenated name", "in Nur-Sultan.", "en", [["Nur-Sultan", ["en-nur-sultan"]]]],
  ["terms of another language are not marked", "la Chine et China", "en", [["China", ["en-china"]]]],
  [
    "Chinese in unspaced text, longest wins",
    "推进一带一路倡议与中亚合作",
    "zh",
    [
      ["一带一路倡议", ["zh-bri-initiative"]],
      ["中亚", ["zh-central-asia"]],
    ],
  ],
  [
    "Chinese nested term inside a longer one",
    "第二届中国—中亚峰会在阿斯塔纳举行",
    "zh",
    [
      ["中国—中亚峰会", ["zh-china-central-asia"]],
      ["阿斯塔纳", ["zh-astana"]],
    ],
  ],
  ["Latin acronym next to Han characters", "BRI倡议", "en", [["BRI", ["en-bri"]]]],
  [
    "Russian: case folded, й kept, ё = е",
    "ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА и елка",
    "ru",
    [
      ["ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА", ["ru-sco"]],
      ["елка", ["ru-yolka"]],
    ],
  ],
  ["Kazakh", "Астанада емес, Астана қаласы", "kk", [["Астана", ["kk-astana"]]]],
  [
    "und matches every language",
    "Chine, China, 中亚",
    "und",
    [
      ["Chine", ["fr-chine"]],
      ["China", ["en-china"]],
      ["中亚", ["zh-central-asia"]],
    ],
  ],
];

describe("matchTerms", () => {
  it.each(cases)("%s", (_, text, language, expected) => {
    const hits = matchTerms(index, text, language);
    expect(hits.map((hit) => [hit.matched, hit.termIds])).toEqual(expected);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.matched);
  });

  it("reports UTF-16 offsets into the original text across astral characters and decomposed accents", () => {
    const text = "😀 Asie Centrale";
    const [hit] = matchTerms(index, text, "fr");
    expect(hit).toMatchObject({ start: 3, end: 16, matched: "Asie Centrale" });
    const decomposed = "l'Asie Ce\u0301ntrale";
    expect(matchTerms(index, decomposed, "fr")).toEqual([
      { termIds: ["fr-asie-centrale"], start: 2, end: 16, matched: "Asie Ce\u0301ntrale" },
    ]);
  });

  it("gives every id of terms that share a form", () => {
    const shared = buildTermIndex([
      { id: "a", text: "Astana", language: "en" },
      { id: "b", text: "astana", language: "en" },
    ]);
    expect(matchTerms(shared, "Astana", "en")[0].termIds.sort()).toEqual(["a", "b"]);
  });

  it("skips terms with nothing to match", () => {
    expect(buildTermIndex([{ id: "x", text: " - ", language: "en" }]).skipped).toEqual(["x"]);
  });
});

describe("segmentWordsWithGlossary", () => {
  it("keeps a glossary term as one word where the segmenter splits it", () => {
    const text = "推进一带一路倡议";
    const words = segmentWordsWithGlossary(text, index, "zh");
    expect(words.map((word) => word.segment).join("")).toBe(text);
    expect(words.find((word) => word.termIds)).toEqual({
      segment: "一带一路倡议",
      index: 2,
      isWordLike: true,
      termIds: ["zh-bri-initiative"],
    });
    expect(words.filter((word) => word.index >= 2 && word.index < 8)).toHaveLength(1);
  });

  it("leaves text without terms as the segmenter gives it", () => {
    const text = "我们明天见";
    const plain = [...new Intl.Segmenter("zh", { granularity: "word" }).segment(text)].map((s) => s.segment);
    expect(segmentWordsWithGlossary(text, index, "zh").map((word) => word.segment)).toEqual(plain);
  });
});

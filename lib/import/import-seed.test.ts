// The seed corpus (raw scraped pages, as the app ships them) through the importer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../language/detect-language";
import { importDocument } from "./import-document";
import type { ImportedArticle } from "./types";

const corpus = path.resolve(import.meta.dirname, "../../seed/corpus");
const load = (file: string) => importDocument(readFileSync(path.join(corpus, file), "utf8"), { fileName: file });
const segmentsOf = (article: ImportedArticle) => article.paragraphs.flatMap((p) => p.segments);

type Expected = {
  title: string;
  language: string;
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  segments: [min: number, max: number];
  segmentLanguage: string;
};

const seeds: [file: string, articles: Expected[]][] = [
  [
    "000_039291f9811dd279.txt",
    [
      {
        title:
          "Séminaire sur la gouvernance Chine-Asie centrale et le dialogue sur les échanges humanitaires tenu au Kazakhstan en 2025",
        language: "fr",
        publishedAt: "2025-05-30",
        source: "Xinhua",
        author: null,
        segments: [8, 14],
        segmentLanguage: "fr",
      },
    ],
  ],
  [
    "001_33c8dbfd173f49bb.txt",
    [
      {
        title: "Lancement du programme d’échange culturel Chine-Kazakhstan au Kazakhstan",
        language: "fr",
        publishedAt: "2024-08-30",
        source: null,
        author: null,
        segments: [34, 44],
        segmentLanguage: "fr",
      },
    ],
  ],
  [
    "002_6fb63ed73c7fcc78.txt",
    [
      {
        title: "Think tank forum calls for closer China-Central Asia community",
        language: "en",
        publishedAt: "2022-11-25",
        source: "Chinese Social Sciences Today",
        author: "WANG CHUNYAN",
        segments: [17, 23],
        segmentLanguage: "en",
      },
    ],
  ],
  [
    "003_8d1a7445dcdafbbb.txt",
    [
      {
        title: "La Chine souhaite renforcer la coopération institutionnelle avec le Kazakhstan",
        language: "fr",
        publishedAt: "2023-11-28T08:34:00",
        source: "Xinhua",
        author: null,
        segments: [7, 9],
        segmentLanguage: "fr",
      },
    ],
  ],
  [
    "004_8c94de616bd66017.txt",
    [
      {
        title: "以高质量发展推进共同现代化(和音)——始终秉持并不断发扬光大“中国—中亚精神”④",
        language: "en",
        publishedAt: "2025-06-22T22:09:00",
        source: "Ren Min Ri Bao",
        author: null,
        segments: [12, 14],
        segmentLanguage: "en",
      },
      {
        title: "新华述评丨时代的呼唤 历史的必然——深刻领悟“中国—中亚精神”的宏阔意涵",
        language: "en",
        publishedAt: "2025-06-20T02:11:00",
        source: "Xin Hua Wang",
        author: null,
        segments: [19, 24],
        segmentLanguage: "en",
      },
    ],
  ],
];

const boilerplate = [
  "• 中文",
  "• |",
  "Français",
  "CSSN",
  "CONTACT US",
  "HOME>INTERNATIONAL",
  "Page d'accueil>>Chine",
  "Dernière mise à jour",
  "More From Author",
  "You May Also Like",
  "Votre pseudo",
  "Search documents",
  "Editor",
  "Yu Hui",
  "Tel:",
  "E-mail",
  "cssnenglish@cass.org.cn",
  "Add:",
  "Copyright",
  "All Rights Reserved",
  "Rédacteurs",
  "Ying Xie",
  "Xinhua/Yan Yan",
  "Author:",
  "Source:",
  "Ren Min Ri Bao·",
  "Xin Hua Wang·",
  "Xinhua | 28.11.2023",
  "[1]",
  "[3]",
];
// Page chrome that is also a substring of real text ("共同现代化" is in a headline): never a whole title or segment.
const chromeLines = ["共同现代化", "•", "Chine"];

describe.each(seeds)("seed %s", (file, expected) => {
  const articles = load(file);

  it(`imports ${expected.length} article(s) with title, language, date, source and author`, () => {
    expect(
      articles.map(({ title, language, publishedAt, source, author }) => ({
        title,
        language,
        publishedAt,
        source,
        author,
      })),
    ).toEqual(
      expected.map(({ title, language, publishedAt, source, author }) => ({
        title,
        language,
        publishedAt,
        source,
        author,
      })),
    );
  });

  it("segments within the expected range, each in the expected language", () => {
    articles.forEach((article, index) => {
      const segments = segmentsOf(article);
      const [min, max] = expected[index].segments;
      expect(segments.length).toBeGreaterThanOrEqual(min);
      expect(segments.length).toBeLessThanOrEqual(max);
      expect(segments.filter((segment) => segment.language !== expected[index].segmentLanguage)).toEqual([]);
    });
  });

  it("keeps no boilerplate in any title or segment", () => {
    for (const article of articles) {
      for (const text of [article.title, ...segmentsOf(article).map((segment) => segment.text)]) {
        for (const chrome of boilerplate) expect(text, `${file}: ${text}`).not.toContain(chrome);
        expect(chromeLines).not.toContain(text);
      }
    }
  });

  it("never ends a segment on “M.”", () => {
    for (const segment of articles.flatMap(segmentsOf)) expect(segment.text).not.toMatch(/(?:^|\s)M\.$/u);
  });

  it("imports again to the same content hash, segment hashes and slug", () => {
    const again = load(file);
    expect(again.map((a) => a.contentHash)).toEqual(articles.map((a) => a.contentHash));
    expect(again.map((a) => segmentsOf(a).map((s) => s.hash))).toEqual(
      articles.map((a) => segmentsOf(a).map((s) => s.hash)),
    );
    expect(again.map((a) => a.slug)).toEqual(articles.map((a) => a.slug));
  });
});

describe("seed 004, the aggregator page", () => {
  const articles = load("004_8c94de616bd66017.txt");

  it("has Chinese titles and English summaries", () => {
    for (const article of articles) expect(detectLanguage(article.title, { fallback: article.language })).toBe("zh");
  });

  it("makes each summary bullet its own paragraph, headings included", () => {
    const first = articles[0].paragraphs.map((p) => p.segments.map((s) => s.text).join(" "));
    expect(first.slice(0, 2)).toEqual([
      "Core Points",
      "China aims to provide more development opportunities to countries worldwide, including Central Asian nations, through high-quality development and high-level openness",
    ]);
    expect(first).toContain("Group 1");
    expect(first).toContain(
      "China will provide 1.5 billion RMB in grants and 3,000 training opportunities to Central Asian countries over the next two years",
    );
  });
});

describe("seed 003", () => {
  it("keeps “M. Ding” inside its sentence", () => {
    const segments = segmentsOf(load("003_8d1a7445dcdafbbb.txt")[0]).map((s) => s.text);
    expect(
      segments
        .filter((text) => text.includes("M. Ding"))
        .every((text) => text.startsWith("M. Ding") && text.endsWith(".")),
    ).toBe(true);
    expect(segments).toContain(
      "M. Ding a fait l'éloge des nouvelles réalisations des deux parties dans les domaines de l'économie et du commerce, de la capacité de production, de la coopération financière, de l'interconnectivité, des échanges entre peuples et de la coopération en matière de sécurité depuis la 10e réunion du comité.",
    );
  });
});

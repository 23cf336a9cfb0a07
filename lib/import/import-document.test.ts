import { describe, expect, it } from "vitest";
import { importDocument, looksLikeHtml } from "./import-document";
import type { ImportedArticle } from "./types";

const texts = (article: ImportedArticle) => article.paragraphs.map((p) => p.segments.map((s) => s.text));

describe("importDocument on text", () => {
  it("reads a title, a byline and sentence segments", () => {
    const [article] = importDocument(
      "Titre de l'article\n\nXinhua | 28.11.2023 08h34\n\nM. Ding est arrivé. Il a parlé.\n",
    );
    expect(article).toMatchObject({
      title: "Titre de l'article",
      language: "fr",
      source: "Xinhua",
      publishedAt: "2023-11-28T08:34:00",
      author: null,
    });
    expect(texts(article)).toEqual([["M. Ding est arrivé.", "Il a parlé."]]);
    expect(article.paragraphs[0].segments.every((s) => /^[0-9a-f]{64}$/u.test(s.hash))).toBe(true);
  });

  it("reads front matter, and keeps one copy of a repeated title", () => {
    const raw =
      "# title: A Title\n# language: en — English\n# source: Example Press\n---\n\nA Title\n\nA Title\n\nThe first sentence is here. A second one follows.\n";
    const [article] = importDocument(raw, { fileName: "a.txt" });
    expect(article).toMatchObject({ title: "A Title", language: "en", source: "Example Press" });
    expect(texts(article)).toEqual([["The first sentence is here.", "A second one follows."]]);
  });

  it("cuts the related-content block and everything after it", () => {
    const [article] = importDocument("Title\n\nBody text here.\n\nMore From Author\n\nAnother article title\n");
    expect(texts(article)).toEqual([["Body text here."]]);
  });

  it("names an article without a title line after its opening sentence, and keeps that sentence", () => {
    const [article] = importDocument("This text has no headline. It starts right away.");
    expect(article.title).toBe("This text has no headline.");
    expect(texts(article)).toEqual([["This text has no headline.", "It starts right away."]]);
  });

  it("lets the caller override the article language, not the segments'", () => {
    const [article] = importDocument(
      "Titre\n\nLe Kazakhstan attache une grande importance à ce partenariat stratégique.",
      { language: "en" },
    );
    expect(article.language).toBe("en");
    expect(article.paragraphs[0].segments[0].language).toBe("fr");
  });

  it("splits an aggregator page into one article per item, without the page chrome", () => {
    const raw = [
      "Page name",
      "",
      "Search documents",
      "第一条新闻标题",
      "Ren Min Ri Bao· 2025-06-22 22:09",
      "Core Points - China aims higher [1] - Trade rose by 35% [2]",
      "第二条新闻标题",
      "Xin Hua Wang· 2025-06-20 02:11",
      "Core Viewpoint - The spirit matters [1]. - Borders were settled [2].",
    ].join("\n");
    const articles = importDocument(raw);
    expect(articles.map((a) => [a.title, a.source, a.publishedAt])).toEqual([
      ["第一条新闻标题", "Ren Min Ri Bao", "2025-06-22T22:09:00"],
      ["第二条新闻标题", "Xin Hua Wang", "2025-06-20T02:11:00"],
    ]);
    expect(texts(articles[0])).toEqual([["Core Points"], ["China aims higher"], ["Trade rose by 35%"]]);
    expect(JSON.stringify(articles)).not.toMatch(/Search documents|Page name/u);
  });

  it("is deterministic: the same input gives the same articles and hashes", () => {
    const raw = "Titre\n\nPremier paragraphe. Deuxième phrase.\n\nAutre paragraphe.";
    expect(importDocument(raw)).toEqual(importDocument(raw));
    expect(importDocument(raw)[0].contentHash).not.toBe(importDocument(`${raw} Ajout.`)[0].contentHash);
  });

  it("ignores Windows line endings, a byte-order mark and no-break spaces", () => {
    const plain = importDocument("Titre\n\nM. Ding est arrivé. Il a parlé.");
    expect(importDocument("\uFEFFTitre\r\n\r\nM.\u00a0Ding est arrivé. Il a parlé.\r\n")).toEqual(plain);
  });
});

describe("importDocument on HTML", () => {
  const html = `<!doctype html><html lang="fr"><head><title>Site</title><style>p{}</style></head><body>
    <nav><a>Accueil</a></nav><h1>Titre &amp; sous-titre</h1><header><h2>Préambule</h2><p>Considérant la dignité.</p></header>
    <article><h2>Article 1</h2><ol><li>Tous les êtres humains naissent libres. Ils sont doués de raison.</li></ol></article>
    <script>var x = 1;</script></body></html>`;

  it("titles the article by its h1 and makes a paragraph of each block", () => {
    const [article] = importDocument(html, { fileName: "page.html" });
    expect(article).toMatchObject({ title: "Titre & sous-titre", language: "fr" });
    expect(texts(article)).toEqual([
      ["Préambule"],
      ["Considérant la dignité."],
      ["Article 1"],
      ["Tous les êtres humains naissent libres.", "Ils sont doués de raison."],
    ]);
    expect(JSON.stringify(article)).not.toMatch(/Accueil|var x/u);
  });

  it.each([
    ["<!DOCTYPE html><html></html>", undefined, true],
    ["  <html lang=en><body>x</body></html>", undefined, true],
    ["Titre\n\n<p> in text", undefined, false],
    ["anything", "page.htm", true],
    ["<html>", "notes.txt", false],
  ])("looksLikeHtml(%j, %s) is %s", (raw, fileName, expected) => {
    expect(looksLikeHtml(raw, fileName)).toBe(expected);
  });
});

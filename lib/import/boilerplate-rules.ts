// Every rule that recognizes site boilerplate or metadata in scraped text, in one table: what the line is,
// what happens to it, and which article fields it yields. The importer's code only applies this table.
import { findDate } from "./parse-date";

export type ArticleMetadata = { source: string | null; author: string | null; publishedAt: string | null };

export type BoilerplateRule = {
  id: string;
  /** What the matched line is, for people reading this table. */
  what: string;
  /** Tested against one line, trimmed and with whitespace runs collapsed. */
  pattern: RegExp;
  /** drop: remove the line; drop-rest: remove it and everything after it in the article; keep: body text. */
  action: "drop" | "drop-rest" | "keep";
  /**
   * Where the rule applies. "edge": only before the first or after the last prose line, where page chrome
   * lives (a short bullet list inside the article is content). "lead": only in the first body lines.
   */
  zone?: "edge" | "lead";
  /** An aggregator's per-item byline: it starts a new article whose title is the line above it. */
  startsItem?: boolean;
  /** How far the metadata is trusted: a labelled byline (3) beats a dateline (2) beats a mention in the text (1). */
  rank?: number;
  metadata?: (match: RegExpMatchArray, line: string) => Partial<ArticleMetadata>;
};

const labels = {
  author: "Author|Authors|Auteur|Auteurs|作者|Автор|Авторы",
  source: "Source|Sources|来源|Источник|Дереккөз",
};
const labelled = (names: string, line: string) =>
  line
    .match(
      new RegExp(
        `(?:^|\\s)(?:${names})\\s*[:：]\\s*(.+?)(?=\\s+(?:${labels.author}|${labels.source}|\\d{4}-\\d{2}-\\d{2})\\b|$)`,
        "iu",
      ),
    )?.[1]
    ?.trim() ?? null;

const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`;
const agency = String.raw`\p{L}[\p{L} .&'’-]{0,40}?`;
const numericDate = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}\s*[:h]\s*\d{2})?`;

export const boilerplateRules: BoilerplateRule[] = [
  {
    id: "navigation",
    what: "menu and language-switcher entries: a bullet with at most three words ('• 中文', '• |', '• CONTACT US')",
    pattern: /^[•·▪●◦‣]\s*(?:[^\s.!?。]+(?:\s+[^\s.!?。]+){0,2})?$/u,
    action: "drop",
    zone: "edge",
  },
  {
    id: "breadcrumb",
    what: "breadcrumb trail ('HOME>INTERNATIONAL>EVENTS>…', \"Page d'accueil>>Chine\")",
    pattern: /^[^<>›\n]{1,40}(?:(?:>{1,2}|›)[^<>›\n]{1,120})+$/u,
    action: "drop",
    zone: "edge",
  },
  {
    id: "updated",
    what: "site's last-update notice ('Dernière mise à jour à 09h13 le 28/11')",
    pattern: /^(?:Dernière mise à jour|Mis à jour|Last updated|Updated|Обновлено|Жаңартылды|更新时间|最后更新)\b/iu,
    action: "drop",
  },
  {
    id: "search",
    what: "search box label",
    pattern: /^(?:Search(?: documents)?|Rechercher|Recherche|Поиск|Іздеу|搜索)$/iu,
    action: "drop",
  },
  {
    id: "related",
    what: "related-content block ('More From Author', 'You May Also Like'): the rest of the page is other articles",
    pattern:
      /^(?:More From Author|You May Also Like|Related (?:Articles|Posts|News|Stories)|Read (?:More|Also)|À lire aussi|Lire aussi|Sur le même sujet|Читайте также|相关(?:新闻|阅读|文章))\s*:?$/iu,
    action: "drop-rest",
  },
  {
    id: "comment-form",
    what: "comment form remnant ('Votre pseudo', 'Leave a reply')",
    pattern:
      /^[•·]?\s*(?:Votre (?:pseudo|commentaire|e-?mail)|Your (?:name|comment|email)|Leave a (?:comment|reply)|Laisser un commentaire|Ваш комментарий)\s*:?$/iu,
    action: "drop-rest",
  },
  {
    id: "editor",
    what: "editor credit ('Editor : Yu Hui', '(Rédacteurs :Ying Xie, Yishuang Liu)')",
    pattern:
      /^\(?\s*(?:Editors?|Rédacteurs?|Rédaction|Éditeur|Edited by|责任编辑|编辑|Редактор|Редакторы)\s*[:：][^()]*\)?$/iu,
    action: "drop",
  },
  {
    id: "contact",
    what: "contact footer ('Tel: …', 'E-mail: …', 'Add: #5 Jianguomennei Street…')",
    pattern:
      /^(?:Tel|Tél|Phone|Téléphone|Fax|E-?mail|Courriel|Add|Address|Adresse|电话|地址|邮箱|Тел|Адрес)\.?\s*[:：]/iu,
    action: "drop",
  },
  {
    id: "copyright",
    what: "copyright footer ('Copyright by CASS. All Rights Reserved')",
    pattern: /^(?:Copyright|©)|All Rights Reserved|Tous droits réservés|版权所有|Все права защищены/iu,
    action: "drop",
  },
  {
    id: "photo-credit",
    what: "photo credit ('(Xinhua/Yan Yan)', 'Photo : AFP')",
    pattern:
      /^(?:\(\s*\p{L}[\p{L} .'’-]{1,40}\/[\p{L} .'’-]{2,60}\)|\(?(?:Photo|Photos|Crédit photo|Image|图片|Фото)\s*[:：][^.]*)$/iu,
    action: "drop",
  },
  {
    id: "labelled-byline",
    what: "labelled byline ('Author:WANG CHUNYAN Source: Chinese Social Sciences Today 2022-11-25')",
    pattern: new RegExp(`^(?:${labels.author}|${labels.source})\\s*[:：]`, "iu"),
    action: "drop",
    rank: 3,
    metadata: (_, line) => ({
      author: labelled(labels.author, line),
      source: labelled(labels.source, line),
      publishedAt: findDate(line),
    }),
  },
  {
    id: "by-line",
    what: "author line ('By Wang Chunyan', 'Par Jean Dupont')",
    pattern: new RegExp(`^(?:By|Par|Автор|Авторы)\\s+(${name})$`, "u"),
    action: "drop",
    rank: 3,
    metadata: ([, author]) => ({ author }),
  },
  {
    id: "agency-dateline",
    what: "publisher and date line ('Xinhua | 28.11.2023 08h34', 'Ren Min Ri Bao· 2025-06-22 22:09')",
    pattern: new RegExp(`^(${agency})\\s*[|·•–—]\\s*(${numericDate})$`, "u"),
    action: "drop",
    startsItem: true,
    rank: 3,
    metadata: ([, source, date]) => ({ source: source.trim(), publishedAt: findDate(date) }),
  },
  {
    id: "place-dateline",
    what: "place and date opening the lead ('Pékin, le 30 août 2024 – Dans une démarche…'): body text",
    pattern: /^\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)*,\s+(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}\s*[–—-]\s/u,
    action: "keep",
    zone: "lead",
    rank: 2,
    metadata: (_, line) => ({ publishedAt: findDate(line) }),
  },
  {
    id: "agency-mention",
    what: 'news agency named in the lead ("Selon l\'agence de presse Xinhua Astana, le 30 mai 2025, …"): body text',
    pattern:
      /(?:Selon|D['’]après)\s+l['’]agence(?:\s+de\s+presse)?\s+(\p{Lu}[\p{L}-]+)|(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+news agency\b|据(新华社|中新社)/u,
    action: "keep",
    zone: "lead",
    rank: 1,
    metadata: ([, french, english, chinese], line) => ({
      source: french ?? english ?? chinese ?? null,
      publishedAt: findDate(line),
    }),
  },
];

/** HTML elements that are never article text: scripts, and the page chrome that semantic HTML marks as such. */
export const boilerplateElements = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "form",
  "button",
  "iframe",
  "svg",
  "select",
]);

/**
 * The first rule whose pattern matches the line, with its match.
 * @example matchRule("Xinhua | 28.11.2023 08h34")?.rule.id // "agency-dateline"
 */
export function matchRule(line: string): { rule: BoilerplateRule; match: RegExpMatchArray } | null {
  for (const rule of boilerplateRules) {
    const match = line.match(rule.pattern);
    if (match) return { rule, match };
  }
  return null;
}

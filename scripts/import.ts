// `npm run import -- <file…> [--lang xx] [--dry-run]`: imports text or HTML files through the app's
// importer and stores them; with --dry-run it only prints what it would import and needs no database.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importDocument } from "../lib/import/import-document.ts";
import type { ImportedArticle } from "../lib/import/types.ts";

const usage = "usage: npm run import -- <file…> [--lang xx] [--dry-run]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

function describe(article: ImportedArticle): string {
  const segments = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.segments.length, 0);
  const fields = [
    `language ${article.language}`,
    `date ${article.publishedAt ?? "—"}`,
    `source ${article.source ?? "—"}`,
    article.author ? `author ${article.author}` : null,
    `${article.paragraphs.length} paragraphs`,
    `${segments} segments`,
  ];
  return `  "${article.title}"\n    ${fields.filter(Boolean).join(" · ")}\n    slug ${article.slug}`;
}

const imports: { file: string; articles: ImportedArticle[] }[] = [];
for (const file of positionals) {
  const raw = await readFile(file, "utf8");
  const articles = importDocument(raw, { fileName: path.basename(file), language: values.lang });
  imports.push({ file, articles });
  console.log(`${file}: ${articles.length} article${articles.length === 1 ? "" : "s"}`);
  for (const article of articles) console.log(describe(article));
}

if (values["dry-run"]) {
  console.log("dry run: nothing stored");
  process.exit(0);
}

// Loaded only when storing, so that a dry run works without a database (or a generated Prisma client).
const { disconnectDb } = await import("../server/db.ts");
const { saveImportedArticles } = await import("../server/articles/mutations.ts");
try {
  for (const { file, articles } of imports) {
    const saved = await saveImportedArticles(articles, { origin: `import/${path.basename(file)}` });
    console.log(`${file}: ${saved.created} created, ${saved.existing} already stored`);
  }
} finally {
  await disconnectDb();
}

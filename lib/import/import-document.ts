// The importer's single entry point: raw file content in, clean articles out, HTML or text recognized by
// the file's extension or, for pasted content, by sniffing its opening.
import { importHtml } from "./import-html";
import { type ImportOptions, importText } from "./import-text";
import type { ImportedArticle } from "./types";

export type { ImportOptions } from "./import-text";

/**
 * True for HTML: an .html/.htm/.xhtml name, or content that opens like an HTML document.
 * @example looksLikeHtml("<!doctype html><html>…") // true; looksLikeHtml("Titre\n\nTexte") // false
 */
export function looksLikeHtml(raw: string, fileName?: string): boolean {
  if (fileName) {
    if (/\.x?html?$/iu.test(fileName)) return true;
    if (/\.(?:txt|md|text)$/iu.test(fileName)) return false;
  }
  return /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html[\s>]|<(?:head|body|article|main)[\s>])/iu.test(
    raw.replace(/^\uFEFF/u, ""),
  );
}

/**
 * Imports one file's content; the caller reads the file (no I/O here).
 * @example importDocument(raw, { fileName: "004_8c94de616bd66017.txt" }).length // 2 (an aggregator page)
 */
export function importDocument(raw: string, options: ImportOptions = {}): ImportedArticle[] {
  return looksLikeHtml(raw, options.fileName) ? importHtml(raw, options) : importText(raw, options);
}

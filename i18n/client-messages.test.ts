// The root layout sends the browser only the shared namespaces (client-messages.ts). This test follows the imports of
// every client component outside the editing sections and fails when one of them (or a module it pulls into the
// browser) looks up a namespace that is not sent: that text would show as its key.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fullCatalogueSections, pickNamespaces, sharedClientNamespaces } from "./client-messages";

const root = process.cwd();
const sectionDirs = fullCatalogueSections.map((section) => path.join(root, "app", "[locale]", section) + path.sep);
const isInSection = (file: string) => sectionDirs.some((dir) => file.startsWith(dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every module the browser loads for the client components outside the sections. */
function clientModules(): string[] {
  const entries = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))].filter(
    (file) => !isInSection(file) && /^\s*["']use client["']/u.test(readFileSync(file, "utf8")),
  );
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(/^import\s[^;]*?from\s+"((?:\.|@\/)[^"]+)"/gmu)) {
      const target = resolveImport(file, match[1]!);
      if (target && /\.tsx?$/u.test(target)) queue.push(target);
    }
  }
  return [...seen];
}

describe("the messages sent to the browser", () => {
  const modules = clientModules();

  it("follows the client components' imports", () => {
    // Sanity: the reader's own client parts and a module they import without being client components themselves.
    const names = modules.map((file) => path.relative(root, file));
    expect(names).toContain(path.join("components", "reader", "term-popover.tsx"));
    expect(names).toContain(path.join("components", "reader", "term-card-body.tsx"));
    expect(names.some((name) => name.startsWith(path.join("app", "[locale]", "glossaries")))).toBe(false);
  });

  it("cover every namespace those modules look up", () => {
    const lookups = modules.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/useTranslations\((?:"([^"]*)")?\)/gu)].map((match) => ({
        file: path.relative(root, file),
        namespace: match[1]?.split(".")[0] ?? "(the whole catalogue)",
      })),
    );
    expect(lookups.length).toBeGreaterThan(10);
    const missing = lookups.filter(
      ({ namespace }) => !(sharedClientNamespaces as readonly string[]).includes(namespace),
    );
    expect(missing).toEqual([]);
  });

  it("picks the named namespaces and nothing else", () => {
    const catalogue = { Reader: { title: "Reader" }, GlossaryImport: { title: "Import" }, Common: { close: "Close" } };
    expect(pickNamespaces(catalogue, ["Reader", "Common", "Absent"])).toEqual({
      Reader: { title: "Reader" },
      Common: { close: "Close" },
    });
  });
});

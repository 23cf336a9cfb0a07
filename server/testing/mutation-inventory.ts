// Finds, in the source tree, what can change data from outside: server action modules ("use
// server" first) and route handlers. The authorization matrix test checks its table against it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const skipped = new Set(["node_modules", ".next", "generated"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(root, file)).isDirectory()) return skipped.has(name) ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.(?:test|spec)\.tsx?$/.test(name) ? [file.split(path.sep).join("/")] : [];
  });
}

/** A "use server" directive as the module's first statement (comments may come before it). */
const isServerActionModule = (source: string) =>
  /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
/** The directive opening a function body: a server function defined inline. */
const hasInlineServerFunction = (source: string) => /\{\s*["']use server["']/.test(source);

export function findMutationSources() {
  const sources = ["app", "server", "components", "lib"]
    .flatMap(sourceFiles)
    .map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));
  return {
    actionModules: sources.filter(({ text }) => isServerActionModule(text)).map(({ file }) => file),
    inlineServerFunctions: sources
      .filter(({ text }) => !isServerActionModule(text) && hasInlineServerFunction(text))
      .map(({ file }) => file),
    routeFiles: sourceFiles("app").filter((file) => /\/route\.ts$/.test(file)),
  };
}

export const loadModule = (file: string) => import(path.join(root, file)) as Promise<Record<string, unknown>>;

/** "file#export" → the exported function, for the exports that pass `filter`. */
export async function exportedFunctions(files: string[], filter: (name: string) => boolean) {
  const found: Record<string, unknown> = {};
  for (const file of files) {
    for (const [name, value] of Object.entries(await loadModule(file))) {
      if (typeof value === "function" && filter(name)) found[`${file}#${name}`] = value;
    }
  }
  return found;
}

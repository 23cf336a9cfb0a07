// Every message key exists in all five locales, every message parses as ICU, plurals name every
// category the locale's grammar needs (Russian: one, few, many, other), and no key is unused: a key reached through a
// code union (coded-messages.ts) is checked against the union's codes, any other is looked for as a quoted literal.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { codedMessages } from "./coded-messages";
import { locales } from "./locales";

type Messages = { [key: string]: string | Messages };
const load = (locale: string): Messages => JSON.parse(readFileSync(path.join("messages", `${locale}.json`), "utf8"));
const flatten = (messages: Messages, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
const catalogs = Object.fromEntries(locales.map((locale) => [locale, flatten(load(locale))]));
const englishKeys = Object.keys(catalogs.en).sort();

function pluralOptionSets(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.plural) {
      return [
        Object.keys(element.options),
        ...Object.values(element.options).flatMap((o) => pluralOptionSets(o.value)),
      ];
    }
    if (element.type === TYPE.select) return Object.values(element.options).flatMap((o) => pluralOptionSets(o.value));
    if (element.type === TYPE.tag) return pluralOptionSets(element.children);
    return [];
  });
}

/** Placeholder names from the parsed message, so select and plural branches' text is never taken for one. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      return [element.value, ...Object.values(element.options).flatMap((option) => argumentNames(option.value))];
    }
    if (element.type === TYPE.tag) return [`<${element.value}>`, ...argumentNames(element.children)];
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    )
      return [element.value];
    return [];
  });
}

describe.each(locales)("messages/%s.json", (locale) => {
  const catalog = catalogs[locale];

  it("has exactly the English key set", () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it("parses as ICU with plurals written in full for the locale", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalog)) {
      const ast = parse(message);
      for (const options of pluralOptionSets(ast)) {
        const missing = categories.filter((c) => !options.includes(c) && !(c === "one" && options.includes("=1")));
        expect({ key, missing }).toEqual({ key, missing: [] });
      }
    }
  });

  it("keeps the same placeholders as English", () => {
    const argumentsOf = (message: string) => [...new Set(argumentNames(parse(message)))].sort();
    for (const key of englishKeys) {
      expect({ key, args: argumentsOf(catalog[key]) }).toEqual({ key, args: argumentsOf(catalogs.en[key]) });
    }
  });
});

describe("message usage", () => {
  const codedNamespaceOf = (key: string) => codedMessages.find(({ namespace }) => key.startsWith(`${namespace}.`));

  it.each(codedMessages)("has one $namespace message per code, and no other", ({ namespace, codes }) => {
    const keys = englishKeys.filter((key) => codedNamespaceOf(key)?.namespace === namespace);
    expect(keys.map((key) => key.slice(namespace.length + 1)).sort()).toEqual([...new Set(codes)].sort());
  });

  it("uses every other English key somewhere in the UI code", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? walk(file) : /\.tsx?$/.test(name) ? [readFileSync(file, "utf8")] : [];
      });
    // server/mail and server/http: the account e-mails and the front door's refusal page use the same catalogues.
    const sources = ["app", "components", "server/mail", "server/http"].flatMap(walk);
    const code = sources.join("\n");
    // "leaf", or with the namespaces the call site did not bind: "issueContext.atLine" for GlossaryImport's t.
    const quoted = (key: string) => key.split(".").map((_, at, parts) => `"${parts.slice(at).join(".")}"`);
    const unused = englishKeys.filter((key) => !codedNamespaceOf(key) && !quoted(key).some((q) => code.includes(q)));
    expect(unused).toEqual([]);
  });
});

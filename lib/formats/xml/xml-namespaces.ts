// Namespace resolution for a streaming XML reader, in constant time per name: one stack of bindings per prefix,
// pushed when an element declares the prefix and popped when it closes. saxes' own `xmlns: true` walks every open
// element for every name instead, which made deep files cost the cube of their depth (issue 10).

const xmlNamespace = "http://www.w3.org/XML/1998/namespace";
const xmlnsNamespace = "http://www.w3.org/2000/xmlns/";

type QualifiedName = { prefix: string; local: string };

/**
 * Splits "min:subjectField" into prefix and local name; null for a name that is not a valid qualified name.
 * @example splitName("min:subjectField") // { prefix: "min", local: "subjectField" }; splitName("a:b:c") // null
 */
export function splitName(name: string): QualifiedName | null {
  const colon = name.indexOf(":");
  if (colon === -1) return { prefix: "", local: name };
  const prefix = name.slice(0, colon);
  const local = name.slice(colon + 1);
  return prefix === "" || local === "" || local.includes(":") ? null : { prefix, local };
}

export class NamespaceScopes {
  // "" is the default namespace; "" as its value means no namespace (xmlns="" undeclares it).
  private readonly bindings = new Map<string, string[]>([
    ["xml", [xmlNamespace]],
    ["", [""]],
  ]);
  // The prefixes each open element declared, null for the many that declare none (no array to allocate).
  private readonly declared: (string[] | null)[] = [];

  /**
   * Opens an element's scope with the xmlns and xmlns:* attributes it carries; returns a problem or null.
   * @example scopes.open({ xmlns: "urn:x", "xmlns:min": "urn:min" }) // null
   */
  open(attributes: Record<string, string>): string | null {
    let prefixes: string[] | null = null;
    this.declared.push(null);
    for (const name in attributes) {
      const prefix = name === "xmlns" ? "" : name.startsWith("xmlns:") ? name.slice(6) : null;
      if (prefix === null) continue;
      const uri = attributes[name].trim();
      if (prefix !== "" && uri === "") return `cannot undeclare the prefix ${prefix}`;
      if (prefix === "xmlns" || uri === xmlnsNamespace) return `reserved namespace ${uri}`;
      if ((prefix === "xml") !== (uri === xmlNamespace)) return `the prefix xml is bound to ${xmlNamespace} only`;
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(uri);
      if (!prefixes) this.declared[this.declared.length - 1] = prefixes = [];
      prefixes.push(prefix);
    }
    return null;
  }

  /** The namespace a prefix stands for in the current scope; undefined when it is not declared. */
  resolve(prefix: string): string | undefined {
    return this.bindings.get(prefix)?.at(-1);
  }

  /** Closes the innermost element's scope. */
  close(): void {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)?.pop();
  }
}

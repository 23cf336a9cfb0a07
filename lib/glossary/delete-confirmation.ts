// The typed confirmation before a glossary is deleted: the editor types the glossary's name. Shared by the dialog
// (which enables its button) and the server (which refuses a delete without it, whatever the client did).

/**
 * True when `typed` is the glossary's name, ignoring surrounding spaces and Unicode composition (a name typed
 * with a decomposed "é" still matches), but not case: the point is to read the name, not to guess it.
 * @example confirmsDeletion("Conférence", " Conférence ") // true
 */
export function confirmsDeletion(name: string, typed: string): boolean {
  const canonical = (text: string) => text.trim().normalize("NFC");
  return canonical(typed) !== "" && canonical(typed) === canonical(name);
}

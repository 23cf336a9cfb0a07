// Which messages reach the browser. Every page carries the namespaces of the shared chrome, the reader and the account
// forms; the editing sections (glossaries, term candidates, admin, account), whose client components need far more
// (the glossary import alone is a quarter of the catalogue), add the whole catalogue in their own layouts. On the
// reader this keeps about 30 kB of editor wording out of every page, twice over (HTML and the React payload).
// i18n/client-messages.test.ts checks that every client-side lookup outside those sections is covered.

type Messages = { [key: string]: string | Messages };

/** Top-level namespaces that client components outside the editing sections use. */
export const sharedClientNamespaces = [
  "AccountNav",
  "AuthForm",
  "Common",
  "ErrorPage",
  "Errors",
  "ForgotPassword",
  "LocaleSwitcher",
  "Reader",
  "ResetPassword",
  "SignIn",
  "SignUp",
  "termMarks",
] as const;

/** The editing sections, whose layouts send the whole catalogue (their paths under app/[locale]). */
export const fullCatalogueSections = ["account", "admin", "glossaries", "term-candidates"] as const;

/** The given top-level namespaces of a catalogue (absent ones are left out). */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]!]));
}

// What a form hands to a server action: its text fields, without the ones left blank. The zod schemas read an
// optional field as "not given" only when it is absent; an empty string would be an invalid value instead.

/**
 * @example filledFields(formData) // { language: "fr", text: "Astana" } for language=fr, text=" Astana ", note=""
 */
export function filledFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || value.trim() === "") continue;
    fields[name] = value;
  }
  return fields;
}

"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import type { AuthClientError } from "@/components/auth/auth-client";
import { fieldErrorCodes, fieldErrorsOf, type FieldErrorCode } from "@/lib/validation/field-errors";

type FieldErrors = Partial<Record<string, FieldErrorCode>>;
type Focus = { target: string; attempt: number } | null;

/**
 * One submit cycle of an account form: validate with the shared zod schema, send, and show what
 * went wrong inline. Focus moves to the first invalid field, or to the form's alert, after the
 * error has rendered, so a screen reader reads the field together with its message.
 */
export function useAuthForm<T, D = unknown>(
  schema: z.ZodType<T>,
  send: (input: T) => Promise<{ data?: D | null; error: AuthClientError | null }>,
  onSuccess: (form: HTMLFormElement, data: D | null) => void,
) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<AuthClientError | null>(null);
  const [isPending, setPending] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === "") alertRef.current?.focus();
    else (formRef.current?.elements.namedItem(focus.target) as HTMLElement | null)?.focus();
  }, [focus]);

  function showFieldErrors(errors: { path: string; code: FieldErrorCode }[]) {
    setFieldErrors(Object.fromEntries(errors.map((e) => [e.path, e.code])));
    setFocus((f) => ({ target: errors[0]?.path ?? "", attempt: (f?.attempt ?? 0) + 1 }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = schema.safeParse(formValues(form));
    if (!parsed.success) return showFieldErrors(fieldErrorsOf(parsed.error));
    setFieldErrors({});
    setPending(true);
    const { data, error } = await send(parsed.data).catch(() => ({
      data: null,
      error: { status: 0 } as AuthClientError,
    }));
    setPending(false);
    if (!error) return onSuccess(form, data ?? null);
    if (error.code === "INVALID_INPUT" && error.details?.length) {
      const known = (code: string): code is FieldErrorCode => (fieldErrorCodes as readonly string[]).includes(code);
      return showFieldErrors(error.details.map((d) => ({ path: d.path, code: known(d.code) ? d.code : "invalid" })));
    }
    setFormError(error);
    setFocus((f) => ({ target: "", attempt: (f?.attempt ?? 0) + 1 }));
  }

  return { formRef, alertRef, onSubmit, fieldErrors, formError, isPending };
}

/** Text fields as strings, checkboxes as booleans (FormData would give "on" or nothing). */
function formValues(form: HTMLFormElement): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(new FormData(form));
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox][name]"))
    values[box.name] = box.checked;
  return values;
}

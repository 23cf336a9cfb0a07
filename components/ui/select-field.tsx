import { useId, type ReactNode, type SelectHTMLAttributes } from "react";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "aria-invalid" | "aria-describedby"> & {
  name: string;
  label: string;
  /** Shown under the label, linked to the select. */
  hint?: string;
  /** The field's current problem, already translated. */
  error?: string;
  children: ReactNode;
};

/** A labelled select whose hint and error reach screen readers, like TextField. */
export function SelectField({ label, hint, error, children, className, ...select }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`rounded border bg-white px-3 py-2 dark:bg-stone-800 ${
          error ? "border-red-700 dark:border-red-400" : "border-stone-400 dark:border-stone-600"
        } ${className ?? ""}`}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

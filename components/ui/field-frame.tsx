import { useId, type ReactNode } from "react";

export type FieldFrameProps = {
  label: string;
  /** Shown under the label, linked to the control; stays visible while the user types. */
  hint?: string;
  /** The field's current problem, already translated; marks the control invalid and describes it. */
  error?: string;
};

export type ControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

/**
 * Label, hint and error around one form control, wired for screen readers through
 * aria-describedby; TextField and SelectField differ only in the control they render.
 */
export function FieldFrame({
  label,
  hint,
  error,
  className,
  control,
}: FieldFrameProps & {
  className?: string;
  control: (props: ControlProps) => ReactNode;
}) {
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
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {control({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: `rounded border bg-white px-3 py-2 dark:bg-stone-800 ${
          error ? "border-danger" : "border-line-strong"
        } ${className ?? ""}`,
      })}
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "aria-invalid" | "aria-describedby"> &
  FieldFrameProps & { name: string; children: ReactNode };

/** A labelled select whose hint and error reach screen readers, like TextField. */
export function SelectField({ label, hint, error, children, className, ...select }: Props) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      className={className}
      control={(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    />
  );
}

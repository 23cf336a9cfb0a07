import type { ComponentProps } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";

type Props = Omit<ComponentProps<"input">, "id" | "aria-invalid" | "aria-describedby"> &
  FieldFrameProps & { name: string };

/** A labelled input whose hint and error reach screen readers through aria-describedby. */
export function TextField({ label, hint, error, className, ...input }: Props) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      className={className}
      control={(control) => <input {...control} {...input} />}
    />
  );
}

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { buttonClasses, type ButtonVariant } from "./button";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "aria-label" | "children"> & {
  /** What the button does, in words: its accessible name and its tooltip. */
  label: string;
  icon: ReactNode;
  variant?: ButtonVariant;
};

/** A square button showing only an icon; the label is still its name for screen readers and a tooltip for others. */
export function IconButton({ label, icon, variant = "ghost", className, type = "button", ...button }: Props) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={buttonClasses({ variant, className: `size-11 !px-0 ${className ?? ""}` })}
      {...button}
    >
      {icon}
    </button>
  );
}

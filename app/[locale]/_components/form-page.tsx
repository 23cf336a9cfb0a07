import type { ReactNode } from "react";

/** A page built around one narrow form (sign-in, sign-up, passwords): its heading, an optional intro, the form. */
export function FormPage({ heading, intro, children }: { heading: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{heading}</h1>
        {intro && <p className="text-ink-muted">{intro}</p>}
      </div>
      {children}
    </div>
  );
}

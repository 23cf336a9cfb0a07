"use client";

import { Dialog, type DialogProps } from "./dialog";

/**
 * Settings or a tool beside the content: a bottom sheet on phones (thumb reach, the text stays visible above it)
 * and a panel from the right on wider screens. A modal <dialog> like Dialog, so focus, Escape and inertness hold.
 */
export function Sheet(props: Omit<DialogProps, "variant">) {
  return <Dialog {...props} variant="sheet" />;
}

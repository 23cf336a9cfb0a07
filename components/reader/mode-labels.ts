import type { ReaderMode } from "@/lib/reader/reader-view";

/** The Reader message that names each layout, shared by the layout choice and the phone toolbar's summary. */
export const modeLabel = {
  side: "modeSide",
  interlinear: "modeInterlinear",
  original: "modeOriginal",
  translation: "modeTranslation",
} as const satisfies Record<ReaderMode, string>;

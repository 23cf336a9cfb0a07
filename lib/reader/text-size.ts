// The reader's text size: a step on a short scale, remembered in a cookie so the page is rendered at that size
// (no jump after load). The stylesheet turns a step into a size (app/globals.css, `.reading`).
import { z } from "zod";

export const TEXT_SIZE_COOKIE = "parallel_text_size";
/** The form field the size buttons send, read by the proxy when JavaScript did not handle them. */
export const TEXT_SIZE_FIELD = "textSize";

export const MIN_TEXT_STEP = 0;
export const MAX_TEXT_STEP = 4;
/** 18 px with a 16 px root: larger than UI text, as long-form reading wants. */
export const DEFAULT_TEXT_STEP = 1;

const step = z.coerce.number().int().min(MIN_TEXT_STEP).max(MAX_TEXT_STEP);

/**
 * A step from a cookie or a form value; anything else is the default (a cookie is user input, never an error).
 * @example parseTextStep("3") // 3
 * @example parseTextStep("12") // 1
 */
export function parseTextStep(value: string | null | undefined): number {
  if (value === null || value === undefined || value === "") return DEFAULT_TEXT_STEP;
  const parsed = step.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_TEXT_STEP;
}

/** The step a form asked for, or undefined when the request carries no size field. */
export function textStepFromForm(params: URLSearchParams): number | undefined {
  return params.has(TEXT_SIZE_FIELD) ? parseTextStep(params.get(TEXT_SIZE_FIELD)) : undefined;
}

import { notFound } from "next/navigation";
import { knownError } from "@/server/errors";

/**
 * NOT_FOUND from the data layer becomes the 404 page; anything else stays an error.
 * @example const glossary = await orNotFound(getGlossary(slug));
 */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (knownError(error)?.code === "NOT_FOUND") notFound();
    throw error;
  });
}

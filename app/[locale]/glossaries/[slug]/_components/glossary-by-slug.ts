import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/server/db";
import { knownError } from "@/server/errors";
import { getGlossary } from "@/server/glossaries/queries";

/** NOT_FOUND from the data layer becomes the 404 page; anything else stays an error. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (knownError(error)?.code === "NOT_FOUND") notFound();
    throw error;
  });
}

/** The glossary a route's `[slug]` names, once per request (metadata and page share it). */
export const glossaryBySlug = cache(async (slug: string) =>
  orNotFound(getGlossary(await getDb(), decodeURIComponent(slug))),
);

import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/server/db";
import { knownError } from "@/server/errors";
import { getGlossary } from "@/server/glossaries/queries";

/** The glossary of a `[slug]` route, read once per request (layout, page and metadata share it); 404 when none. */
export const loadGlossary = cache(async (slug: string) => {
  try {
    return await getGlossary(await getDb(), slug);
  } catch (error) {
    if (knownError(error)?.code === "NOT_FOUND") notFound();
    throw error;
  }
});

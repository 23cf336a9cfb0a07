import { notFound } from "next/navigation";
import { cache } from "react";
import { decide } from "@/lib/auth/permissions";
import { getViewer } from "@/server/auth";
import { getGlossary } from "@/server/glossaries/queries";
import { orNotFound } from "./or-not-found";

/**
 * The glossary of a glossary page, or the 404 page: for a missing one, and for a draft unless the viewer may see
 * drafts (a reader cannot tell a draft from no glossary). The session is read only for a draft, so a published
 * glossary's pages do not wait for it. Once per request, shared by the layout, the page and its metadata.
 * @example const glossary = await readGlossary(slug);
 */
export const readGlossary = cache(async (slug: string) => {
  const glossary = await orNotFound(getGlossary(slug));
  if (glossary.isDraft && !decide(await getViewer(), "glossary.readDrafts").allowed) notFound();
  return glossary;
});

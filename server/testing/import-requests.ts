// Calls the glossary upload routes (app/api/v1/glossaries/[idOrSlug]/imports) through their real handlers, as the
// import page does: the raw file as the body, the rest in the query, credentials as a Bearer token.
import { NextRequest } from "next/server";

const { POST: previewRoute } = await import("../../app/api/v1/glossaries/[idOrSlug]/imports/preview/route.ts");
const { POST: applyRoute } = await import("../../app/api/v1/glossaries/[idOrSlug]/imports/route.ts");

export type ImportCall = {
  idOrSlug: string;
  body: BodyInit | null;
  query: Record<string, string | number | boolean | undefined>;
  /** An Authorization header value (bearerFor), or none for an anonymous caller. */
  authorization?: string;
  headers?: Record<string, string>;
};

function request(path: string, { idOrSlug, body, query, authorization, headers }: ImportCall) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  return new NextRequest(`http://localhost/api/v1/glossaries/${encodeURIComponent(idOrSlug)}/${path}?${search}`, {
    method: "POST",
    body,
    headers: { ...(authorization ? { authorization } : {}), ...headers },
    // Node's fetch needs this for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  });
}

const context = (idOrSlug: string) => ({ params: Promise.resolve({ idOrSlug }) });

export const postImportPreview = (call: ImportCall) =>
  previewRoute(request("imports/preview", call), context(call.idOrSlug));

export const postImport = (call: ImportCall) => applyRoute(request("imports", call), context(call.idOrSlug));

import { forbidden } from "next/navigation";
import type { Locale } from "@/i18n/locales";
import { redirect } from "@/i18n/navigation";
import { decide, type Action } from "@/lib/auth/permissions";
import { getViewer, type SessionViewer } from "@/server/auth";

/**
 * A page's gate, asking the same policy as the actions: the viewer allowed to `action`; anonymous
 * (or disabled) visitors go to sign-in and come back to `path`; other roles get the 403 page.
 * The page's actions check again on every change: this only decides what is shown.
 */
export async function requireViewer(
  action: Action,
  { locale, path }: { locale: Locale; path: string },
): Promise<SessionViewer> {
  const viewer = await getViewer();
  const decision = decide(viewer, action);
  if (decision.allowed && viewer) return viewer;
  if (!decision.allowed && decision.reason === "FORBIDDEN") forbidden();
  return redirect({ href: { pathname: "/sign-in", query: { next: path } }, locale });
}

/**
 * The same gate for a page's generateMetadata, which Next resolves apart from the page: a role short of `action`
 * gets the 403 page's own title. With the page's forbidden() alone, the 403 answer kept the refused page's title
 * whenever its metadata was resolved first. Anonymous visitors are left to the page, which sends them to sign-in.
 */
export async function forbidInMetadata(action: Action): Promise<void> {
  const decision = decide(await getViewer(), action);
  if (!decision.allowed && decision.reason === "FORBIDDEN") forbidden();
}

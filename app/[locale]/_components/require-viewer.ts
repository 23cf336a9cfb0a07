import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

/** The 403 page's own title (app/[locale]/forbidden.tsx), in the request's locale. */
export async function forbiddenMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forbidden");
  return { title: t("title") };
}

/**
 * For a gated page's generateMetadata: the 403 page's metadata when the viewer's role falls short of `action`, else
 * null. Next resolves metadata apart from the page, so the page's forbidden() alone left the refused page's title on
 * the 403 answer whenever its metadata came first; and forbidden() thrown from metadata gets the not-found page's
 * title (Next reads any such error there as "not found"). Anonymous visitors are left to the page (sign-in).
 */
export async function refusedMetadata(action: Action): Promise<Metadata | null> {
  const decision = decide(await getViewer(), action);
  return !decision.allowed && decision.reason === "FORBIDDEN" ? forbiddenMetadata() : null;
}

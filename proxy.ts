// Runs before every request: refuses cross-site mutations, gives each page a CSP nonce, negotiates
// the locale (next-intl; a signed-in user's preferred one), opens a bare article link in the
// reader's remembered view, and remembers the reader's glossary and text-size settings sent without JavaScript.
import { getSessionCookie } from "better-auth/cookies";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "./i18n/locales";
import { routing } from "./i18n/routing";
import { buildContentSecurityPolicy } from "./lib/security/content-security-policy";
import { configuredOrigins, isCrossSiteRequest } from "./lib/security/request-origin";
import {
  parseReaderView,
  parseReaderViewCookie,
  READER_VIEW_COOKIE,
  serializeReaderView,
} from "./lib/reader/reader-view";
import {
  parseTermMarksPreference,
  preferenceFromForm,
  serializeTermMarksPreference,
  TERM_MARKS_COOKIE,
  termFormFields,
} from "./lib/reader/term-preference";
import { TEXT_SIZE_COOKIE, TEXT_SIZE_FIELD, textStepFromForm } from "./lib/reader/text-size";

const intlMiddleware = createMiddleware(routing);
const readerPath = /^\/[a-z]{2}\/articles\/[^/]+\/?$/;
const ourOrigins = configuredOrigins(process.env);

export default async function proxy(request: NextRequest) {
  if (isCrossSiteRequest({ method: request.method, headers: request.headers, url: request.nextUrl }, ourOrigins)) {
    return NextResponse.json({ error: { code: "FORBIDDEN", message: "Cross-site request refused" } }, { status: 403 });
  }
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();

  const termSettings = termSettingsRedirect(request) ?? textSizeRedirect(request);
  if (termSettings) return termSettings;
  const rememberedView = readerRedirect(request);
  if (rememberedView) return rememberedView;
  const preferred = await preferredLocaleRedirect(request);
  if (preferred) return preferred;

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = buildContentSecurityPolicy({
    nonce: btoa(crypto.randomUUID()),
    isDevelopment: process.env.NODE_ENV === "development",
  });
  request.headers.set("content-security-policy", csp);
  const response = intlMiddleware(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * "/" for a signed-in user without a locale cookie (next-intl's is a session cookie, the sign-in
 * outlives it): their preferred UI language, remembered in the cookie again. Everyone else gets
 * next-intl's negotiation (cookie, then Accept-Language). This is the proxy's only database read,
 * on this one path, so it is loaded on demand.
 */
async function preferredLocaleRedirect(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.nextUrl.pathname !== "/" || request.cookies.has(LOCALE_COOKIE) || !getSessionCookie(request))
    return undefined;
  const { getViewerOf } = await import("./server/auth");
  // A failed lookup must not take the home page down: negotiation still works without it.
  const locale = (await getViewerOf(request.headers).catch(() => null))?.uiLocale;
  if (!locale) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}`;
  const response = NextResponse.redirect(url, 307);
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax" });
  return response;
}

function readerRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (!readerPath.test(pathname)) return undefined;
  const fromUrl = parseReaderView(searchParams);
  if (fromUrl.lang || fromUrl.mode) return undefined;
  const remembered = parseReaderViewCookie(request.cookies.get(READER_VIEW_COOKIE)?.value);
  if (!remembered.lang && !remembered.mode) return undefined;
  const url = request.nextUrl.clone();
  for (const [key, value] of new URLSearchParams(serializeReaderView(remembered))) url.searchParams.set(key, value);
  return NextResponse.redirect(url, 307);
}

/**
 * The reader's glossary form sent without JavaScript (components/reader/term-marks-form.tsx): remember it in the
 * cookie the page reads, and show the page at its address without the form's fields.
 */
function termSettingsRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (!readerPath.test(pathname)) return undefined;
  const preference = preferenceFromForm(
    searchParams,
    parseTermMarksPreference(request.cookies.get(TERM_MARKS_COOKIE)?.value),
  );
  if (!preference) return undefined;
  const url = request.nextUrl.clone();
  for (const field of Object.values(termFormFields)) url.searchParams.delete(field);
  const response = NextResponse.redirect(url, 303);
  response.cookies.set(TERM_MARKS_COOKIE, serializeTermMarksPreference(preference), {
    path: "/",
    sameSite: "lax",
    maxAge: 31_536_000,
  });
  return response;
}

/** The reader's text-size buttons sent without JavaScript: remember the size, show the page without the field. */
function textSizeRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (!readerPath.test(pathname)) return undefined;
  const step = textStepFromForm(searchParams);
  if (step === undefined) return undefined;
  const url = request.nextUrl.clone();
  url.searchParams.delete(TEXT_SIZE_FIELD);
  const response = NextResponse.redirect(url, 303);
  response.cookies.set(TEXT_SIZE_COOKIE, String(step), { path: "/", sameSite: "lax", maxAge: 31_536_000 });
  return response;
}

// The glossary uploads stay out: the proxy would buffer their bodies (and cut them at its 10 MB limit) before the
// route checks who sends them; the route does the cross-site check itself (server/api/same-origin.ts).
export const config = {
  matcher: "/((?!_next/static|_next/image|favicon\\.ico|api/v1/glossaries/[^/]+/imports|.*\\.[a-z0-9]+$).*)",
};

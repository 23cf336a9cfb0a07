// Runs before every page: locale negotiation (next-intl) and the remembered reader view, so that
// a bare article link opens in the reader's last language and mode and the URL always shows them.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { parseReaderView, READER_VIEW_COOKIE, serializeReaderView } from "./lib/reader/reader-view";

const intlMiddleware = createMiddleware(routing);
const readerPath = /^\/[a-z]{2}\/articles\/[^/]+\/?$/;
const ONE_YEAR = 60 * 60 * 24 * 365;

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!readerPath.test(pathname)) return intlMiddleware(request);

  const fromUrl = parseReaderView(searchParams);
  const remembered = parseReaderView(new URLSearchParams(request.cookies.get(READER_VIEW_COOKIE)?.value ?? ""));
  if (!fromUrl.lang && !fromUrl.mode && (remembered.lang || remembered.mode)) {
    const url = request.nextUrl.clone();
    for (const [key, value] of new URLSearchParams(serializeReaderView(remembered))) url.searchParams.set(key, value);
    return NextResponse.redirect(url, 307);
  }
  const response = intlMiddleware(request);
  if (fromUrl.lang || fromUrl.mode) {
    const merged = { ...remembered, ...fromUrl };
    response.cookies.set(READER_VIEW_COOKIE, serializeReaderView(merged), {
      path: "/",
      maxAge: ONE_YEAR,
      sameSite: "lax",
    });
  }
  return response;
}

export const config = { matcher: "/((?!api|_next|_vercel|.*\\..*).*)" };

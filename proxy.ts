// Runs before every page: locale negotiation (next-intl), and a bare article link opens in the
// reader's remembered language and mode (the cookie the reading-view form writes on a choice).
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { parseReaderView, READER_VIEW_COOKIE, serializeReaderView } from "./lib/reader/reader-view";

const intlMiddleware = createMiddleware(routing);
const readerPath = /^\/[a-z]{2}\/articles\/[^/]+\/?$/;

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!readerPath.test(pathname)) return intlMiddleware(request);

  const fromUrl = parseReaderView(searchParams);
  const cookie = request.cookies.get(READER_VIEW_COOKIE)?.value ?? "";
  const remembered = parseReaderView(new URLSearchParams(cookie.includes("%") ? decodeURIComponent(cookie) : cookie));
  if (!fromUrl.lang && !fromUrl.mode && (remembered.lang || remembered.mode)) {
    const url = request.nextUrl.clone();
    for (const [key, value] of new URLSearchParams(serializeReaderView(remembered))) url.searchParams.set(key, value);
    return NextResponse.redirect(url, 307);
  }
  return intlMiddleware(request);
}

export const config = { matcher: "/((?!api|_next|_vercel|.*\\..*).*)" };

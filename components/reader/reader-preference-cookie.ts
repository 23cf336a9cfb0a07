/** Remembers one of the reader's choices in the browser for a year; the server reads it on the next page. */
export function rememberReaderChoice(cookie: string, value: string) {
  document.cookie = `${cookie}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}

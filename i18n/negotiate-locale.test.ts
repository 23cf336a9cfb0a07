import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale.ts";

describe("negotiateLocale", () => {
  it("takes the locale the path names first", () => {
    expect(negotiateLocale({ pathname: "/kk/articles/x", cookie: "NEXT_LOCALE=fr", acceptLanguage: "ru" })).toBe("kk");
  });

  it("falls back to the locale cookie, then to Accept-Language, then to English", () => {
    expect(negotiateLocale({ pathname: "/api/v1/x", cookie: "a=1; NEXT_LOCALE=zh", acceptLanguage: "ru" })).toBe("zh");
    expect(negotiateLocale({ pathname: "/%ff", cookie: "NEXT_LOCALE=xx", acceptLanguage: "de-DE, ru-RU;q=0.8" })).toBe(
      "ru",
    );
    expect(negotiateLocale({ pathname: "/", cookie: null, acceptLanguage: "de" })).toBe("en");
    expect(negotiateLocale({})).toBe("en");
  });
});

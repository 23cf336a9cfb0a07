import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { bcp47FromIso6393, normalizeLanguageTag } from "./language-tags";

// [text, fallback, expected]
const cases: [string, string | undefined, string][] = [
  // long segments decide by themselves, whatever the context
  ["Il a appelé les deux parties à faire progresser la coopération dans des domaines clés.", "en", "fr"],
  ["Diplomats and academics urged efforts to build a closer China-Central Asia community.", "fr", "en"],
  ["Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.", "kk", "ru"],
  ["Әркімнің өмір сүруге, бостандыққа және жеке басына тиіспеушілікке құқығы бар.", "ru", "kk"],
  ["人人生而自由,在尊严和权利上一律平等。", "en", "zh"],
  ["これはペンです。それはマーカーです。", undefined, "ja"],
  // Kazakh letters are strong evidence even in a short segment
  ["Қазақстан", "ru", "kk"],
  ["Бұл туралы хабарланды.", undefined, "kk"],
  // short segments take the context language
  ["Core Points", "en", "en"],
  ["Future Outlook", "en", "en"],
  ["Préambule", "fr", "fr"],
  ["Article premier", "fr", "fr"],
  ["L'Assemblée générale", "fr", "fr"],
  ["ПРЕАМБУЛА", "kk", "kk"],
  ["1 бап", "kk", "kk"],
  ["Статья 1", "ru", "ru"],
  ["2025-06-22", "fr", "fr"],
  // a context in another script does not apply
  ["The summit resulted in 110 cooperation outcomes.", "zh", "en"],
  ["世界人权宣言", "en", "zh"],
  ["Статья 1", "fr", "ru"],
  // mixed Chinese and English lines: the weightier script decides
  ["我们使用 JavaScript 开发新系统", undefined, "zh"],
  ["以高质量发展推进共同现代化(和音)", "en", "zh"],
  ["The China-Central Asia Summit (中国—中亚峰会) resulted in 110 cooperation outcomes.", undefined, "en"],
  // nothing to tell
  ["", undefined, "und"],
  ["[1][3] 2025", "en", "en"],
];

describe("detectLanguage", () => {
  it.each(cases)("%j (context %s) → %s", (text, fallback, expected) => {
    expect(detectLanguage(text, { fallback })).toBe(expected);
  });

  it("keeps to the candidates it is given", () => {
    expect(detectLanguage("Der Vertrag wurde gestern in Astana unterzeichnet.", { candidates: ["en", "fr"] })).not.toBe(
      "de",
    );
    expect(
      detectLanguage("Der Vertrag wurde gestern in Astana unterzeichnet.", { candidates: ["de", "en", "fr"] }),
    ).toBe("de");
  });
});

describe("language tags", () => {
  it.each([
    ["eng", "en"],
    ["kaz", "kk"],
    ["cmn", "zh"],
    ["ceb", "ceb"],
  ])("ISO 639-3 %s → %s", (code, expected) => {
    expect(bcp47FromIso6393(code)).toBe(expected);
  });

  it.each([
    ["zh-Hans", "zh"],
    ["zh-TW", "zh-Hant"],
    ["FR-ca", "fr"],
    ["rus", "ru"],
    ["kk_KZ", "kk"],
  ])("normalizes %s → %s", (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});

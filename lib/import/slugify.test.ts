import { describe, expect, it } from "vitest";
import { slugifyTitle } from "./slugify";

const hash = "3f9c2d1e00112233445566778899aabbccddeeff00112233445566778899aabb";

describe("slugifyTitle", () => {
  it.each([
    [
      "Think tank forum calls for closer China-Central Asia community",
      "think-tank-forum-calls-for-closer-china-central-asia-community",
    ],
    [
      "Lancement du programme d’échange culturel Chine-Kazakhstan",
      "lancement-du-programme-d-echange-culturel-chine-kazakhstan",
    ],
    ["Всеобщая декларация прав человека", "vseobschaya-deklaratsiya-prav-cheloveka"],
    ["АДАМ ҚҰҚЫҚТАРЫНЫҢ ЖАЛПЫҒА БІРДЕЙ ДЕКЛАРАЦИЯСЫ", "adam-quqyqtarynyn-zhalpyga-birdey-deklaratsiyasy"],
    ["世界人权宣言", "article-3f9c2d1e"],
    ["以高质量发展推进共同现代化(和音)——“中国—中亚精神”④", "article-3f9c2d1e"],
    ["!!!", "article-3f9c2d1e"],
  ])("%j → %s", (title, expected) => {
    expect(slugifyTitle(title, hash)).toBe(expected);
  });

  it("keeps long slugs under 81 characters, cut between words", () => {
    const slug = slugifyTitle(
      "Séminaire sur la gouvernance Chine-Asie centrale et le dialogue sur les échanges humanitaires tenu au Kazakhstan en 2025",
      hash,
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe("seminaire-sur-la-gouvernance-chine-asie-centrale-et-le-dialogue-sur-les-echanges");
  });
});

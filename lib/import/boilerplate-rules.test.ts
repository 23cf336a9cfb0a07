import { describe, expect, it } from "vitest";
import { boilerplateRules, matchRule } from "./boilerplate-rules";

describe("boilerplate rules", () => {
  it.each([
    ["• 中文", "navigation"],
    ["• |", "navigation"],
    ["• Français", "navigation"],
    ["• CSSN", "navigation"],
    ["• CONTACT US", "navigation"],
    ["•", "navigation"],
    ["HOME>INTERNATIONAL>EVENTS>Think tank forum ca...", "breadcrumb"],
    ["Page d'accueil>>Chine", "breadcrumb"],
    ["Dernière mise à jour à 09h13 le 28/11", "updated"],
    ["Search documents", "search"],
    ["More From Author", "related"],
    ["You May Also Like", "related"],
    ["Votre pseudo", "comment-form"],
    ["Editor : Yu Hui", "editor"],
    ["(Rédacteurs :Ying Xie, Yishuang Liu)", "editor"],
    ["Tel: 86-10-85195999 (CASS) 86-10-85886173(CSSN) E-mail: cssnenglish@cass.org.cn", "contact"],
    ["E-mail: cssnenglish@cass.org.cn", "contact"],
    ["Add: #5 Jianguomennei Street, Beijing, 100732,P.R.China", "contact"],
    ["Copyright by CASS. All Rights Reserved", "copyright"],
    ["(Xinhua/Yan Yan)", "photo-credit"],
    ["Author:WANG CHUNYAN Source: Chinese Social Sciences Today 2022-11-25", "labelled-byline"],
    ["Xinhua | 28.11.2023 08h34", "agency-dateline"],
    ["Ren Min Ri Bao· 2025-06-22 22:09", "agency-dateline"],
    ["Pékin, le 30 août 2024 – Dans une démarche significative, le programme a débuté.", "place-dateline"],
    ["Selon l'agence de presse Xinhua Astana, le 30 mai 2025, un séminaire s'est tenu.", "agency-mention"],
  ])("%j is %s", (line, id) => {
    expect(matchRule(line)?.rule.id).toBe(id);
  });

  it.each([
    ["La Chine souhaite renforcer la coopération institutionnelle avec le Kazakhstan"],
    ["M. Ding a fait l'éloge des nouvelles réalisations des deux parties."],
    ["Une Plateforme de Collaboration"],
    ["Қазақстан - ең үлкені."],
    ["Par exemple, l’année dernière, Lianyungang a créé un lien."],
    ["Core Points - China aims to provide more development opportunities [1][3]"],
  ])("leaves body text alone: %j", (line) => {
    const hit = matchRule(line);
    expect(hit === null || hit.rule.action === "keep").toBe(true);
  });

  it.each([
    [
      "Author:WANG CHUNYAN Source: Chinese Social Sciences Today 2022-11-25",
      { author: "WANG CHUNYAN", source: "Chinese Social Sciences Today", publishedAt: "2022-11-25" },
    ],
    ["Xinhua | 28.11.2023 08h34", { source: "Xinhua", publishedAt: "2023-11-28T08:34:00" }],
    ["Ren Min Ri Bao· 2025-06-22 22:09", { source: "Ren Min Ri Bao", publishedAt: "2025-06-22T22:09:00" }],
    ["By Wang Chunyan", { author: "Wang Chunyan" }],
    [
      "Selon l'agence de presse Xinhua Astana, le 30 mai 2025, un séminaire s'est tenu.",
      { source: "Xinhua", publishedAt: "2025-05-30" },
    ],
  ])("reads metadata from %j", (line, expected) => {
    const hit = matchRule(line)!;
    expect(hit.rule.metadata?.(hit.match, line)).toMatchObject(expected);
  });

  it("gives every rule an id, a description and a known action", () => {
    const ids = boilerplateRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of boilerplateRules) {
      expect(rule.what.length).toBeGreaterThan(10);
      expect(["drop", "drop-rest", "keep"]).toContain(rule.action);
    }
  });
});

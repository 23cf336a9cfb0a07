import { describe, expect, it } from "vitest";
import { segmentText, uaxSentenceBreaks } from "./segment-text";

// Golden cases: [language, paragraph, expected segments].
const golden: [string, string, string[]][] = [
  // French: titles, quotes « », numbers, datelines
  [
    "fr",
    "M. Ding a fait l'éloge des réalisations. Il a appelé les deux parties à coopérer.",
    ["M. Ding a fait l'éloge des réalisations.", "Il a appelé les deux parties à coopérer."],
  ],
  [
    "fr",
    "Le Kazakhstan attache une grande importance à ce partenariat, a déclaré M. Sklyar. Mme Dupont et le Dr Martin étaient présents.",
    [
      "Le Kazakhstan attache une grande importance à ce partenariat, a déclaré M. Sklyar.",
      "Mme Dupont et le Dr Martin étaient présents.",
    ],
  ],
  [
    "fr",
    "Elle assure que ce mouvement « n’aura aucun impact. Aucun. » Puis elle est partie.",
    ["Elle assure que ce mouvement « n’aura aucun impact. Aucun. »", "Puis elle est partie."],
  ],
  [
    "fr",
    "Pékin, le 30 août 2024 – Dans une démarche significative, le programme a débuté. Il a réuni 260 représentants.",
    [
      "Pékin, le 30 août 2024 – Dans une démarche significative, le programme a débuté.",
      "Il a réuni 260 représentants.",
    ],
  ],
  [
    "fr",
    "Le thème était “Construire la Route de la Soie Ensemble.” Les débats ont suivi.",
    ["Le thème était “Construire la Route de la Soie Ensemble.”", "Les débats ont suivi."],
  ],
  // English: titles, initials, U.S., numbers, ellipses, closing quotes
  [
    "en",
    "Mr. Smith met Mrs. Jones and Dr. Brown at St. Michael's Church. They talked.",
    ["Mr. Smith met Mrs. Jones and Dr. Brown at St. Michael's Church.", "They talked."],
  ],
  [
    "en",
    "The report by J. R. Smith was published. It was long.",
    ["The report by J. R. Smith was published.", "It was long."],
  ],
  [
    "en",
    "I work for the U.S. Government in Virginia. I live in the U.S. How about you?",
    ["I work for the U.S. Government in Virginia.", "I live in the U.S.", "How about you?"],
  ],
  [
    "en",
    "China will provide 1.5 billion RMB in grants. Trade rose by 35% since 2023.",
    ["China will provide 1.5 billion RMB in grants.", "Trade rose by 35% since 2023."],
  ],
  [
    "en",
    "It turned a 3,300-kilometer border into a connection. Cooperation grew.",
    ["It turned a 3,300-kilometer border into a connection.", "Cooperation grew."],
  ],
  [
    "en",
    "“We are willing to work hand in hand,” Gao said. “Our future is shared.” Norov agreed.",
    ["“We are willing to work hand in hand,” Gao said.", "“Our future is shared.”", "Norov agreed."],
  ],
  ["en", "I never meant that.... She left the store.", ["I never meant that....", "She left the store."]],
  ["en", "Please turn to p. 55. Then read on.", ["Please turn to p. 55.", "Then read on."]],
  ["en", "1. The first item 2. The second item", ["1. The first item", "2. The second item"]],
  // Chinese: 。！？ and full-width ？！, closing quotes and brackets stay with their sentence
  ["zh", "他说：“我们走吧。”然后离开了。你去吗？我去！", ["他说：“我们走吧。”", "然后离开了。", "你去吗？", "我去！"]],
  [
    "zh",
    "会议在阿斯塔纳举行（共有260人参加。）各方达成共识。",
    ["会议在阿斯塔纳举行（共有260人参加。）", "各方达成共识。"],
  ],
  ["zh", "我们明天一起去看《摔跤吧！爸爸》好吗？好！", ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]],
  ["zh", "「你好。」她说。『再见！』", ["「你好。」", "她说。", "『再见！』"]],
  // Russian: abbreviations, initials, quotes « »
  [
    "ru",
    "В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно. Потом уехал.",
    ["В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно.", "Потом уехал."],
  ],
  [
    "ru",
    "Д-р наук А. И. Семенов выступил. «Вы готовы? – спросила мама. – Завтра выходной». Все ушли.",
    ["Д-р наук А. И. Семенов выступил.", "«Вы готовы? – спросила мама. – Завтра выходной».", "Все ушли."],
  ],
  [
    "ru",
    "Уважаемый проф. Семенов! Просьба до 20.10 сдать отчет.",
    ["Уважаемый проф. Семенов!", "Просьба до 20.10 сдать отчет."],
  ],
  // Kazakh: initials, т.б., dialogue dash, a lost space
  [
    "kk",
    "А. Фарахани, М. Т. Бехар, т.б. ақындар болды. Бұл туралы хабарланды.",
    ["А. Фарахани, М. Т. Бехар, т.б. ақындар болды.", "Бұл туралы хабарланды."],
  ],
  ["kk", "Бірақ оның енді не керегі бар? — деді. Ол кетті.", ["Бірақ оның енді не керегі бар? — деді.", "Ол кетті."]],
  ["kk", "Ресейдiң жағдайы.XVIII ғасырдың бiрiншi ширегi.", ["Ресейдiң жағдайы.", "XVIII ғасырдың бiрiншi ширегi."]],
];

describe("segmentText golden cases", () => {
  it.each(golden)("%s: %s", (lang, paragraph, expected) => {
    expect(segmentText(paragraph, lang)).toEqual(expected);
  });
});

describe("segmentText", () => {
  it.each([
    ["M. Ding, également membre du Comité permanent, a émis ces remarques.", "fr"],
    ["Selon M. Ding et Mme Liu, la coopération progresse.", "fr"],
    ["Le vice-Premier ministre M. Ding Xuexiang a parlé avec M. Sklyar.", "fr"],
  ])("never ends a segment on a title abbreviation: %s", (paragraph, lang) => {
    const segments = segmentText(paragraph, lang);
    expect(segments).toHaveLength(1);
    for (const segment of segments) expect(segment).not.toMatch(/\bM\.$/u);
  });

  it.each([
    ["", []],
    ["   ", []],
    ["Une Plateforme de Collaboration", ["Une Plateforme de Collaboration"]],
  ])("handles %j", (paragraph, expected) => {
    expect(segmentText(paragraph, "fr")).toEqual(expected);
  });

  it("loses no characters other than the whitespace between segments", () => {
    const paragraph = "Mr. Smith left.  She stayed!   « Oui. » Fin… Yes?";
    expect(segmentText(paragraph, "en").join("").replace(/\s/gu, "")).toBe(paragraph.replace(/\s/gu, ""));
  });

  it("accepts a language tag it has no rules for, and an invalid one", () => {
    expect(segmentText("Hola. Adiós.", "es-MX")).toEqual(["Hola.", "Adiós."]);
    expect(segmentText("Hello. Bye.", "not a tag")).toEqual(["Hello.", "Bye."]);
  });
});

describe("uaxSentenceBreaks on long paragraphs", () => {
  it("finds in chunks the breaks Intl.Segmenter finds in the whole text", () => {
    const sentences = [
      "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. capital.",
      "« N’aura aucun impact. » Puis il partit.",
      "She said (quietly. very quietly) that it was over!",
      "他说。『再见！』",
      "Is it? — asked she.",
    ];
    const text = Array.from({ length: 600 }, (_, i) => sentences[i % sentences.length]).join(" ");
    const whole: number[] = [];
    for (const { index } of new Intl.Segmenter("en", { granularity: "sentence" }).segment(text))
      if (index > 0) whole.push(index);
    expect(text.length).toBeGreaterThan(20_000);
    expect(uaxSentenceBreaks(text, "en")).toEqual(whole);
  });
});

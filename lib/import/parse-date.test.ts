import { describe, expect, it } from "vitest";
import { findDate } from "./parse-date";

describe("findDate", () => {
  it.each([
    ["2025-05-30", "2025-05-30"],
    ["Author:WANG CHUNYAN Source: Chinese Social Sciences Today 2022-11-25", "2022-11-25"],
    ["Ren Min Ri Bao· 2025-06-22 22:09", "2025-06-22T22:09:00"],
    ["Xinhua | 28.11.2023 08h34", "2023-11-28T08:34:00"],
    ["28.11.2023", "2023-11-28"],
    ["le 30 août 2024", "2024-08-30"],
    ["Pékin, le 30 août 2024 – Dans une démarche", "2024-08-30"],
    ["Selon l'agence de presse Xinhua Astana, le 30 mai 2025, un séminaire", "2025-05-30"],
    ["le 1er janvier 2025", "2025-01-01"],
    ["Held on Nov. 8, 2022 in Beijing", "2022-11-08"],
    ["30 May 2025", "2025-05-30"],
    ["Сегодня 27 октября 2014 года.", "2014-10-27"],
    ["(«Егемен Қазақстан», 7 қыркүйек 2012 жыл.", "2012-09-07"],
    ["2025年6月22日 22:09", "2025-06-22T22:09:00"],
  ])("%j → %s", (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it.each([
    ["Dernière mise à jour à 09h13 le 28/11"],
    ["31.02.2024"],
    ["Tel: 86-10-85195999"],
    ["1.5 billion RMB"],
    ["1026.253.553"],
    ["no date here"],
  ])("finds no date in %j", (text) => {
    expect(findDate(text)).toBeNull();
  });

  it("does not depend on the process time zone", () => {
    // The suite runs in Asia/Kolkata (+05:30): a date at midnight must not slip to the day before.
    expect(findDate("2024-01-01 00:00")).toBe("2024-01-01T00:00:00");
  });
});

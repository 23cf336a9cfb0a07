import { describe, expect, it } from "vitest";
import { truncateText } from "./truncate-text";

describe("truncateText", () => {
  it.each([
    ["Capital of Kazakhstan", 40, "Capital of Kazakhstan"],
    ["Capital  of\nKazakhstan   since 1997", 40, "Capital of Kazakhstan since 1997"],
    ["Capital of Kazakhstan since 1997", 24, "Capital of Kazakhstan…"],
    ["Capital of Kazakhstan since 1997", 20, "Capital of Kazakhsta…"],
    ["Capital, of Kazakhstan", 9, "Capital…"],
    ["中国—中亚合作论坛是中国与中亚五国的多边合作机制", 10, "中国—中亚合作论坛是…"],
    ["Supercalifragilistic expialidocious", 10, "Supercalif…"],
    ["😀😀😀😀", 3, "😀😀😀…"],
  ])("%j at %i → %j", (text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

const marked = ({ text, start, end }: { text: string; start: number; end: number }) =>
  `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;

describe("excerpt", () => {
  it("keeps a short text whole", () => {
    const text = "The Silk Road Fund invests.";
    expect(marked(excerpt(text, 4, 18))).toBe("The [Silk Road Fund] invests.");
  });

  it("cuts a long text at spaces around the match, with ellipses", () => {
    const text = "Alpha beta gamma delta epsilon the Silk Road Fund zeta eta theta iota kappa lambda";
    const start = text.indexOf("Silk");
    expect(marked(excerpt(text, start, start + "Silk Road Fund".length, 12))).toBe("…the [Silk Road Fund] zeta eta…");
  });

  it("cuts unspaced text at the window", () => {
    const text = "中华人民共和国与哈萨克斯坦共和国签署了关于共建丝绸之路经济带的合作文件并举行了会谈";
    const start = text.indexOf("丝绸之路");
    expect(marked(excerpt(text, start, start + 4, 3))).toBe("…于共建[丝绸之路]经济带…");
  });
});

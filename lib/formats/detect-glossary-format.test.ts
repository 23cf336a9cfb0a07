import { describe, expect, it } from "vitest";
import { detectGlossaryFormat } from "./detect-glossary-format";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectGlossaryFormat", () => {
  it.each([
    ["termbase.tbx", "", "tbx"],
    ["TERMBASE.XML", "", "tbx"],
    ["glossary.csv", "", "csv"],
    ["glossary.Tsv", "", "csv"],
    // The extension wins over the content: the editor can still override the guess on the page.
    ["glossary.csv", '<?xml version="1.0"?>', "csv"],
    ["export", '\uFEFF  <?xml version="1.0"?><tbx>', "tbx"],
    ["export.txt", '<martif type="TBX">', "tbx"],
    ["export", "concept id;language;term\nc1;en;Astana", "csv"],
    ["export", "en\tfr\n", "csv"],
    ["notes", "just some words", null],
    ["empty", "", null],
  ])("%s starting with %j is %s", (name, head, expected) => {
    expect(detectGlossaryFormat(name, bytes(head))).toBe(expected);
  });

  it("takes a UTF-16 file for XML, since a CSV must be UTF-8", () => {
    expect(detectGlossaryFormat("export", new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe("tbx");
    expect(detectGlossaryFormat("export", new Uint8Array([0xfe, 0xff, 0x00, 0x3c]))).toBe("tbx");
  });
});

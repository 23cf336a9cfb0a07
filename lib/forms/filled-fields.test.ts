import { describe, expect, it } from "vitest";
import { filledFields } from "./filled-fields";

describe("filledFields", () => {
  it("keeps filled text fields as typed and drops blank ones and files", () => {
    const form = new FormData();
    form.set("language", "fr");
    form.set("text", " Astana ");
    form.set("note", "");
    form.set("partOfSpeech", "   ");
    form.set("upload", new Blob(["x"]));
    expect(filledFields(form)).toEqual({ language: "fr", text: " Astana " });
  });
});

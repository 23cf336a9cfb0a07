import { z } from "zod";
import { describe, expect, it } from "vitest";
import { entryQuery, firstValues, parseLeniently } from "./entry-query";

const schema = z.object({
  text: z.string().max(10).optional(),
  status: z.enum(["preferred", "admitted"]).optional(),
  sort: z.enum(["updated", "created"]).default("updated"),
  page: z.coerce.number().int().min(1).default(1),
});

describe("firstValues", () => {
  it("takes the first of repeated values and leaves blank ones out", () => {
    expect(firstValues({ text: ["asie", "chine"], status: "", page: "2", sort: "   ", other: undefined })).toEqual({
      text: "asie",
      page: "2",
    });
  });
});

describe("parseLeniently", () => {
  it("parses valid values with the schema's defaults", () => {
    expect(parseLeniently(schema, { text: "asie", page: "3" })).toEqual({
      data: { text: "asie", sort: "updated", page: 3 },
      invalid: [],
    });
  });

  it("drops only the values the schema refuses", () => {
    expect(parseLeniently(schema, { text: "asie", status: "unknown", page: "-4" })).toEqual({
      data: { text: "asie", sort: "updated", page: 1 },
      invalid: ["status", "page"],
    });
  });

  it("fails when the schema needs a value that is missing, which no dropping can fix", () => {
    expect(() => parseLeniently(z.object({ glossaryId: z.string() }), {})).toThrow();
  });
});

describe("entryQuery", () => {
  const defaults = { sort: "updated", page: 1 };

  it("keeps the other parameters and leaves defaults out", () => {
    expect(entryQuery({ text: "asie", status: "preferred", sort: "updated", page: 3 }, { page: 4 }, defaults)).toEqual({
      text: "asie",
      status: "preferred",
      page: "4",
    });
    expect(entryQuery({ text: "asie", page: 3 }, { page: 1, sort: "created" }, defaults)).toEqual({
      text: "asie",
      sort: "created",
    });
  });

  it("removes a parameter changed to undefined or empty", () => {
    expect(entryQuery({ text: "asie", status: "preferred" }, { status: undefined, text: "" }, defaults)).toEqual({});
  });
});

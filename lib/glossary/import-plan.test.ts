import { describe, expect, it } from "vitest";
import { diffConcept, planImport } from "./import-plan";
import type { Concept, Term } from "./types";

const term = (language: string, text: string, extra: Partial<Term> = {}): Term => ({
  language,
  text,
  status: "preferred",
  ...extra,
});

const existing: Concept[] = [
  { id: "astana", subjectField: "Places", terms: [term("en", "Astana"), term("fr", "Astana")] },
  { id: "bri", definition: "A strategy", terms: [term("en", "Belt and Road Initiative"), term("zh", "一带一路")] },
  { id: "almaty", terms: [term("en", "Almaty")] },
  { id: "almaty-region", terms: [term("en", "Almaty Region"), term("ru", "Алматы")] },
];

describe("planImport", () => {
  it("sorts every incoming concept into add, change, unchanged or reject, keeping its position", () => {
    const incoming: Concept[] = [
      { id: "astana", terms: [term("en", "Astana"), term("fr", "Astana")] },
      { terms: [term("zh", "一带一路", { note: "Since 2013" })] },
      { id: "sco", terms: [term("en", "Shanghai Cooperation Organisation")] },
      { id: "empty", terms: [] },
      { terms: [term("en", "Almaty"), term("ru", "Алматы")] },
    ];
    const plan = planImport(existing, incoming);
    expect(plan.unchanged.map((entry) => entry.index)).toEqual([0]);
    expect(plan.change).toEqual([
      {
        index: 1,
        existing: existing[1],
        incoming: incoming[1],
        changes: [
          { kind: "term", language: "zh", text: "一带一路", field: "note", before: undefined, after: "Since 2013" },
        ],
      },
    ]);
    expect(plan.add).toEqual([{ index: 2, concept: incoming[2] }]);
    expect(plan.reject).toEqual([
      { index: 3, concept: incoming[3], reasons: [{ code: "noTerms" }] },
      {
        index: 4,
        concept: incoming[4],
        reasons: [{ code: "ambiguousMatch", conceptIds: ["almaty", "almaty-region"] }],
      },
    ]);
  });

  it.each([
    ["an empty term", { terms: [term("en", " ")] }, [{ code: "emptyTerm", language: "en" }]],
    [
      "an invalid language",
      { terms: [term("---", "Fear")] },
      [{ code: "invalidLanguage", language: "---", term: "Fear" }],
    ],
    [
      "an invalid status",
      { terms: [term("en", "X", { status: "draft" as Term["status"] })] },
      [{ code: "invalidStatus", language: "en", term: "X" }],
    ],
  ] as [string, Concept, unknown][])("rejects %s", (_, concept, reasons) => {
    expect(planImport([], [concept]).reject[0].reasons).toEqual(reasons);
  });

  it("rejects a repeated id and a second concept that lands on the same existing one", () => {
    const plan = planImport(existing, [
      { id: "new", terms: [term("en", "New")] },
      { id: "new", terms: [term("en", "Newer")] },
      { terms: [term("en", "Astana")] },
      { terms: [term("fr", "Astana")] },
    ]);
    expect(plan.reject.map((entry) => [entry.index, entry.reasons])).toEqual([
      [1, [{ code: "duplicateId", conceptIds: ["new"] }]],
      [3, [{ code: "matchedTwice", conceptIds: ["astana"] }]],
    ]);
  });

  it("adds everything to an empty glossary", () => {
    const plan = planImport([], existing);
    expect(plan.add.map((entry) => entry.concept.id)).toEqual(["astana", "bri", "almaty", "almaty-region"]);
  });
});

describe("diffConcept", () => {
  it.each([
    [
      "a new subject field value",
      { subjectField: "Cities" },
      [{ kind: "concept", field: "subjectField", before: "Places", after: "Cities" }],
    ],
    ["a field left empty keeps its value", { subjectField: undefined }, []],
    ["a new term", { terms: [term("zh", "阿斯塔纳")] }, [{ kind: "termAdded", language: "zh", text: "阿斯塔纳" }]],
    [
      "a changed status",
      { terms: [term("en", "Astana", { status: "admitted" })] },
      [{ kind: "term", language: "en", text: "Astana", field: "status", before: "preferred", after: "admitted" }],
    ],
    [
      "a dated status note",
      { terms: [term("en", "Astana", { statusNote: { date: "2022-09-17", text: "Renamed back" } })] },
      [
        {
          kind: "term",
          language: "en",
          text: "Astana",
          field: "statusNote",
          before: undefined,
          after: "2022-09-17 Renamed back",
        },
      ],
    ],
    [
      "a language definition",
      { perLanguage: { fr: { definition: "Capitale" } } },
      [{ kind: "language", language: "fr", field: "definition", before: undefined, after: "Capitale" }],
    ],
    [
      "a link",
      { links: [{ type: "xGraphic", target: "https://example.org/a.png" }] },
      [{ kind: "link", target: "https://example.org/a.png" }],
    ],
  ] as [string, Partial<Concept>, unknown][])("%s", (_, change, expected) => {
    const incoming: Concept = { id: "astana", subjectField: "Places", terms: [], ...change };
    expect(diffConcept(existing[0], incoming)).toEqual(expected);
  });
});

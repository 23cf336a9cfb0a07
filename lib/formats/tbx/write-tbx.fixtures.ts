// A glossary that uses every field writeTbx writes (statuses, notes, links, transactions, per-language details,
// characters to escape), and inputs whose ids need fixing: shared by the unit tests (write-tbx.test.ts) and the
// conformance suite, which validates their export against the TBX-Basic RelaxNG (scripts/conformance/tbx.ts).
import type { Concept, Glossary } from "../../glossary/types.ts";

export const glossary: Glossary = {
  name: "China–Central Asia cooperation",
  description: "Starter glossary\nInitiatives, institutions, places",
  languages: ["en", "fr", "zh", "ru"],
  subjectFields: ["Places", "Initiatives"],
};

export const concepts: Concept[] = [
  {
    id: "astana",
    subjectField: "Places",
    definition: "Capital of Kazakhstan since 1997.",
    definitionSource: "Britannica",
    note: "Renamed twice.\nSee also: Akmola",
    links: [{ type: "externalCrossReference", target: "https://en.wikipedia.org/wiki/Astana", text: "Wikipedia" }],
    transactions: [{ type: "origination", date: "2026-11-23", responsibility: "editor@example.org" }],
    perLanguage: {
      fr: { definition: "Capitale du Kazakhstan depuis 1997.", note: "Prononcé « astana »." },
      ru: { transactions: [{ type: "modification", date: "2026-11-24" }] },
    },
    terms: [
      {
        language: "en",
        text: "Astana",
        status: "preferred",
        partOfSpeech: "noun",
        usageExample: "The summit was held in Astana.",
        usageExampleSource: "Xinhua",
      },
      {
        language: "en",
        text: "Nur-Sultan",
        status: "superseded",
        statusNote: { date: "2022-09-17", text: "Renamed back to Astana.\nUsed from 2019-03-23." },
      },
      { language: "en", text: "Astana & Co <test>", status: "forbidden", note: 'Not a real name; "quoted".' },
      { language: "fr", text: "Astana", status: "preferred", grammaticalGender: "feminine", geographicalUsage: "FR" },
      { language: "zh", text: "阿斯塔纳", status: "preferred", termType: "fullForm" },
      { language: "ru", text: "Астана", status: "admitted", source: "Gazeta.kz" },
    ],
  },
  {
    id: "bri",
    subjectField: "Initiatives",
    terms: [
      {
        language: "en",
        text: "Belt and Road Initiative",
        status: "preferred",
        usageExample: "one\ntwo",
        usageExampleSource: "s1\ns2",
      },
      { language: "en", text: "BRI", status: "admitted", termType: "acronym" },
      { language: "en", text: "One Belt One Road", status: "deprecated" },
      { language: "fr", text: "l’initiative la Ceinture et la Route", status: "preferred" },
      { language: "zh", text: "一带一路", status: "preferred" },
    ],
  },
];

/** Inputs whose ids writeTbx must turn into valid, unique XML names (with the ids it gives). */
export const idCases: [string, Concept[], string[]][] = [
  [
    "ids that are not XML names, and missing ids",
    [
      { id: "42 x", terms: [{ language: "en", text: "a", status: "preferred" }] },
      { terms: [{ language: "en", text: "b", status: "preferred" }] },
    ],
    ["c-42_x", "c2"],
  ],
  [
    "repeated ids",
    [
      { id: "c1", terms: [{ language: "en", text: "a", status: "preferred" }] },
      { id: "c1", terms: [{ language: "en", text: "b", status: "preferred" }] },
    ],
    ["c1", "c1-2"],
  ],
];

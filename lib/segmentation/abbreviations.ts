// Per-language abbreviation data for sentence segmentation, in one table so a language is added in one place.
// Lists follow the Pragmatic Segmenter / pySBD conventions; entries are lowercase and without the final dot.

export type SegmentationRules = {
  /** Never end a sentence ("Mr. Smith", "г. Волгоград", "M. Ding"). */
  abbreviations: readonly string[];
  /** Only abbreviations before a number ("p. 55", "No. 5", "ул. 1 Мая"); elsewhere they may end a sentence. */
  numberAbbreviations: readonly string[];
  /** May end a sentence: a capital after them starts a new one ("etc. The", "т.д. Он"). */
  enders: readonly string[];
  /**
   * Words that start a sentence even right after an abbreviation ("Co. It closed" breaks, "Co. Ltd" does not).
   * Only English has such a list; elsewhere an abbreviation never ends a sentence before a capital
   * ("1898 г. В 1854 году" is one Russian sentence).
   */
  sentenceStarters?: readonly string[];
  /** Names written with "!" that do not end a sentence ("Yahoo! in the accounting department"). */
  exclamationWords?: readonly string[];
};

const common: SegmentationRules = {
  abbreviations: ["dr", "prof", "st", "mr", "mrs", "ms", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "e.g", "i.e", "cf", "approx"],
  numberAbbreviations: ["no", "nos", "n°", "nº", "p", "pp", "vol", "fig", "art", "ch", "tel"],
  enders: ["etc"],
};

const english: SegmentationRules = {
  abbreviations: [
    ...common.abbreviations,
    "adj", "adm", "adv", "apr", "assn", "asst", "aug", "ave", "bldg", "blvd", "brig", "bros", "capt", "cmdr", "col", "comdr",
    "cpl", "dec", "dept", "dist", "drs", "ens", "esq", "feb", "fri", "ft", "gen", "gov", "hon", "hosp", "hwy", "insp", "jan",
    "jul", "jun", "lt", "maj", "messrs", "mfg", "mlle", "mme", "mon", "msgr", "mt", "mtn", "nov", "oct", "ph.d", "pvt", "rd",
    "rep", "reps", "rev", "sat", "sen", "sens", "sep", "sept", "sgt", "sun", "supt", "surg", "thu", "tue", "univ", "wed",
    "a.m", "p.m", "viz", "al", "est",
  ],
  numberAbbreviations: [...common.numberAbbreviations, "sec", "ch", "op", "nr"],
  enders: [...common.enders],
  sentenceStarters: [
    "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions", "More", "She", "That", "The", "There",
    "They", "We", "What", "When", "Where", "Who", "Why",
  ],
  exclamationWords: ["Yahoo", "Jeopardy", "Joomla", "Yum", "Bing"],
};

const french: SegmentationRules = {
  abbreviations: [
    ...common.abbreviations,
    "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "pr", "ste", "sté", "cie", "av", "bd", "boul", "env", "ex",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "c.-à-d", "j.-c", "apr. j.-c", "éd", "coll", "dir",
  ],
  numberAbbreviations: [...common.numberAbbreviations, "chap", "t"],
  enders: [...common.enders],
};

const russian: SegmentationRules = {
  abbreviations: [
    "г", "гг", "ул", "просп", "пер", "наб", "пл", "пгт", "пос", "дер", "обл", "р-н", "проф", "акад", "доц", "д-р",
    "канд", "им", "св", "ст", "тов", "гр", "г-н", "г-жа", "млн", "млрд", "тыс", "руб", "коп", "дол", "долл", "ок", "англ",
    "рус", "лат", "нем", "фр", "кит", "каз", "т.е", "т.к", "т.н", "в", "вв", "куб", "н.э", "до н.э", "и.о", "зам",
  ],
  numberAbbreviations: ["с", "стр", "т", "№", "рис", "табл", "гл", "д", "кв", "корп"],
  enders: ["т.д", "т.п", "др", "пр", "и т.д", "и т.п"],
};

const kazakh: SegmentationRules = {
  abbreviations: [
    "б.з.б", "б.з", "ж", "жж", "ғ", "ғғ", "проф", "акад", "доц", "обл", "көш", "қ", "млн", "млрд", "мың",
    "ауд", "им", "см", "кг", "км", "куб", "кв", "г", "ул", "пр",
  ],
  numberAbbreviations: ["б", "бет", "т", "№", "сур"],
  enders: ["т.б", "т.с.с", "т.с", "с.с"],
};

const rulesByLanguage: Record<string, SegmentationRules> = { en: english, fr: french, ru: russian, kk: kazakh };

/**
 * The segmentation rules for a BCP 47 tag; languages without their own entry get the common rules.
 * @example rulesFor("fr-CA").abbreviations.includes("mme") // true
 */
export function rulesFor(lang: string): SegmentationRules {
  return rulesByLanguage[lang.toLowerCase().split("-")[0]] ?? common;
}

// General-language words that news text puts next to anything ("strengthen", "two", "new", "level"): a phrase
// that begins or ends with one is usually a generic phrase rather than a term, so ranking weighs it down (it is
// not excluded, as function words are: "New Silk Road" is a name). Kept short: the most frequent such words of
// general news language per language, standing in for a general-language frequency list.
import { foldTerm } from "./normalize";

const lists: Record<string, string> = {
  en: "two three four five several various many different further strengthen strengthening promote promoting deepen deepening enhance enhancing build building boost make making take taking hold held continue continued jointly together good great important major key level way field area areas side sides country countries year years today",
  fr: "deux trois quatre cinq plusieurs divers diverses différents différentes nouvel nouveau nouvelle nouveaux nouvelles renforcer renforcé renforcement promouvoir promu approfondir relever mettre mis mise mettant mener menant faire fait tenir tenu continuer conjointement ensemble bon bons bonne grand grande grands important importante importants majeur niveau voie cadre matière domaine domaines côté pays année années aujourd'hui",
  ru: "два две три четыре пять несколько различные разные новый новая новое новые укреплять укрепление продвигать развивать углублять проводить провести важный важная важные большой уровень сторона стороны страна страны год года году сегодня",
  kk: "екі үш төрт бес бірнеше түрлі жаңа нығайту дамыту жүргізу маңызды үлкен деңгей тарап тараптар ел елдер жыл жылы бүгін",
  zh: "两 三 四 五 多个 各种 新 加强 推动 促进 深化 开展 举行 重要 双方 两国 各国 国家 今年 今天 方面 领域 水平",
};

// Folded as candidate words are ("différents" is compared as "differents").
const sets = new Map(
  Object.entries(lists).map(([language, words]) => [language, new Set(words.split(" ").map(foldTerm))]),
);

const conjunctions = new Set([
  "and",
  "or",
  "et",
  "ou",
  "и",
  "или",
  "және",
  "мен",
  "бен",
  "пен",
  "和",
  "与",
  "及",
  "或",
]);

/**
 * Whether a folded word is a coordinating conjunction of one of the supported languages.
 * @example isConjunction("et") // true; isConjunction("de") // false
 */
export const isConjunction = (word: string): boolean => conjunctions.has(word);

/**
 * Whether a folded word is a general-language word of the language (unknown languages have none).
 * @example isGeneralWord("renforcer", "fr") // true; isGeneralWord("corridor", "en") // false
 */
export function isGeneralWord(word: string, language: string): boolean {
  return sets.get(language)?.has(word) ?? false;
}

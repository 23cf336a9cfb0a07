// Function words that may sit inside a term ("Belt and Road", "Banque asiatique d'investissement") but never
// begin or end one, per language; a candidate phrase with one at its edge is not a term.

const lists: Record<string, string> = {
  en: "a an the of and or to in on at for with by from as is are was were be been being this that these those it its their his her our we they he she i you your said says say will would can could may might must shall should has have had not no but also more most than which who whom whose what when where how after before over under between into about during up down out new mr ms mrs dr s all any each other such only very so if then there here",
  fr: "le la les l un une des de du d et ou à au aux en dans par pour sur avec sans sous entre vers chez ce cet cette ces se sa son ses leur leurs qui que qu dont est sont été être a ont avait il elle ils elles nous vous on ne n pas plus y aussi mais comme selon lors tout tous toute toutes très s c j m t afin ainsi non seulement",
  ru: "и в во не на с со что как по к ко из у о об от до за для это этот эта эти его ее её их он она они мы вы также был была были было быть а но или же ли бы при между после перед",
  kk: "және мен бен пен да де та те бұл ол олар біз сіз үшін деп туралы бойынша арасындағы мен осы сол бір",
  zh: "的 了 和 与 及 在 是 对 为 将 等 也 并 以 而 或 从 向 把 被 就 都 还 又 这 那 其 之 于 中 上 下 我们 他们 我 你 他 她 它 个 年 月 日 一 有 不 也是 已 已经 进行 表示 认为 说",
};

const sets = new Map(Object.entries(lists).map(([language, words]) => [language, new Set(words.split(" "))]));

/**
 * Whether a lowercase word is a function word of the language (unknown languages have none).
 * @example isStopWord("the", "en") // true; isStopWord("road", "en") // false; isStopWord("的", "zh") // true
 */
export function isStopWord(word: string, language: string): boolean {
  return sets.get(language)?.has(word) ?? false;
}

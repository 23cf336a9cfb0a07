// Term statuses as people write them in a spreadsheet: our codes, TBX values, and the words of the UI
// languages ("déconseillé", "首选", "устаревший", "ескірген"; a test keeps them in step with the messages), read as one of our five statuses.
import type { TermStatus } from "../../glossary/types";
import { statusFromTbx } from "../tbx/tbx-values";

const words: Record<string, TermStatus> = {
  privilegie: "preferred",
  prefere: "preferred",
  recommande: "preferred",
  admis: "admitted",
  tolere: "admitted",
  deconseille: "deprecated",
  obsolete: "superseded",
  remplace: "superseded",
  interdit: "forbidden",
  proscrit: "forbidden",
  首选: "preferred",
  推荐: "preferred",
  许用: "admitted",
  许可: "admitted",
  可接受: "admitted",
  不推荐: "deprecated",
  弃用: "deprecated",
  已被取代: "superseded",
  已取代: "superseded",
  禁用: "forbidden",
  предпочтительный: "preferred",
  рекомендуемый: "preferred",
  допустимый: "admitted",
  нерекомендуемый: "deprecated",
  устаревший: "superseded",
  запрещенный: "forbidden",
  запрещённый: "forbidden",
  қалаулы: "preferred",
  басым: "preferred",
  "рұқсат етілген": "admitted",
  ұсынылмайтын: "deprecated",
  ескірген: "superseded",
  "тыйым салынған": "forbidden",
};

/**
 * The status a CSV cell names; `exact` false when a translated or approximate word was read.
 * @example statusFromCsv("preferred") // { value: "preferred", exact: true }; statusFromCsv("Déconseillé") // { value: "deprecated", exact: false }
 */
export function statusFromCsv(value: string): { value: TermStatus; exact: boolean } | null {
  const key = value.trim().toLowerCase();
  if (["preferred", "admitted", "deprecated", "superseded", "forbidden"].includes(key))
    return { value: key as TermStatus, exact: true };
  const tbx = statusFromTbx(key);
  if (tbx) return { value: tbx.value, exact: tbx.exact };
  const word = words[key.normalize("NFD").replace(/\p{M}/gu, "")] ?? words[key];
  return word ? { value: word, exact: false } : null;
}

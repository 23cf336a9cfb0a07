// Message namespaces keyed by the members of a code union. The UI reaches them as t(code) or t(`status.${value}`),
// never as a quoted key, so messages.test.ts checks each namespace's keys against the union's runtime list instead.
import type { Messages, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import { authErrorCodes } from "@/lib/auth/auth-error-codes";
import { roles } from "@/lib/auth/permissions";
import { glossaryIssueCodes } from "@/lib/formats/read-glossary-file";
import { conceptDraftFields, termDraftFields } from "@/lib/glossary/concept-draft";
import { fieldChangeKinds, rejectCodes } from "@/lib/glossary/import-plan";
import { changeFields } from "@/lib/glossary/read-field-changes";
import { grammaticalGenders, partsOfSpeech, termStatuses, termTypes } from "@/lib/glossary/types";
import { errorStatus, type ErrorCode } from "@/server/errors";
import { fieldErrorCodes } from "@/lib/validation/field-errors";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type KeyOf<N extends Namespace> = Extract<keyof NestedValueOf<Messages, N>, string>;

/** A namespace and every code of its union; each code must be one of the namespace's keys. */
const coded = <N extends Namespace>(namespace: N, codes: readonly KeyOf<N>[]) => ({ namespace, codes });

/** Each namespace holds exactly these keys, no more (messages.test.ts); the compiler checks none is missing. */
export const codedMessages: readonly { namespace: Namespace; codes: readonly string[] }[] = [
  coded("Errors", Object.keys(errorStatus) as ErrorCode[]),
  coded("Roles", roles),
  coded("AuthForm.fieldError", fieldErrorCodes),
  coded("AuthForm.formError", authErrorCodes),
  coded("glossaries.status", termStatuses),
  coded("glossaries.partOfSpeech", partsOfSpeech),
  coded("glossaries.form.field", [...conceptDraftFields, ...termDraftFields]),
  coded("GlossaryImport.issue", glossaryIssueCodes),
  coded("GlossaryImport.plan.change", fieldChangeKinds),
  coded("GlossaryImport.plan.reject", rejectCodes),
  coded("glossaryEntry.status", termStatuses),
  coded("glossaryEntry.partOfSpeech", partsOfSpeech),
  coded("glossaryEntry.gender", grammaticalGenders),
  coded("glossaryEntry.termType", termTypes),
  coded("glossaryEntry.field", changeFields),
  coded("termMarks.status", termStatuses),
];

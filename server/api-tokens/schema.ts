// Inputs of the personal API token forms on the profile page. Isomorphic: no Prisma, no Next.
// Messages are field codes (lib/validation/field-errors.ts), translated by the forms.
import { z } from "zod";
import { storableString } from "../../lib/validation/storable-text.ts";

export const API_TOKEN_NAME_MAX_LENGTH = 60;

const text = (value: unknown) => (typeof value === "string" ? value : "");

export const createApiTokenSchema = z.object({
  name: z.preprocess(text, storableString().trim().min(1, "required").max(API_TOKEN_NAME_MAX_LENGTH, "tooLong")),
});

export const revokeApiTokenSchema = z.object({
  tokenId: z.preprocess(text, storableString().min(1, "required").max(64, "tooLong")),
});

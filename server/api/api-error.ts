// The public API's error body, shared by every route (server/api/with-route.ts) and the OpenAPI
// document: the code from the closed set in server/errors.ts and a message safe for display.
import { z } from "zod";
import { errorStatus, type ErrorCode } from "../errors.ts";

const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string().meta({ description: "Safe for display; never a stack trace" }),
    details: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
      .optional()
      .meta({ description: 'For INVALID_INPUT: each invalid field, e.g. path ["query", "language"]' }),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

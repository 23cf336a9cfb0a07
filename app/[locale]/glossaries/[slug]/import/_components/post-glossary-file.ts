// Sends the chosen file to the import routes (app/api/v1/glossaries/[idOrSlug]/imports) as the raw request body,
// and turns the answer into an outcome the page can show: the data, or an error code it translates.
import { errorStatus, type ErrorCode } from "@/server/errors";

/** A route's answer, or the upload itself failing (network, a proxy's own error page). */
export type UploadOutcome<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode | "UPLOAD_FAILED"; paths: readonly string[] };

export type UploadRequest = { format: "tbx" | "csv"; mapping?: string; file: File } & Record<string, unknown>;

const failed = { ok: false, code: "UPLOAD_FAILED", paths: [] } as const;
const isErrorCode = (code: unknown): code is ErrorCode => typeof code === "string" && Object.hasOwn(errorStatus, code);

/** @example await postGlossaryFile(`/api/v1/glossaries/${id}/imports/preview`, { format: "tbx", file }) */
export async function postGlossaryFile<T>(path: string, { file, ...query }: UploadRequest): Promise<UploadOutcome<T>> {
  const search = new URLSearchParams({ filename: file.name });
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  try {
    const response = await fetch(`${path}?${search}`, {
      method: "POST",
      body: file,
      headers: { "Content-Type": "application/octet-stream" },
    });
    const body: unknown = await response.json();
    if (response.ok) return { ok: true, data: body as T };
    const error = (body as { error?: { code?: unknown; details?: { path: (string | number)[] }[] } }).error;
    if (!isErrorCode(error?.code)) return failed;
    return { ok: false, code: error.code, paths: (error.details ?? []).map((detail) => detail.path.join(".")) };
  } catch {
    return failed;
  }
}

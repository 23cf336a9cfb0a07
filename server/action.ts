// The one way server actions are built. The factory does what every action must: resolve the
// viewer, check the policy, validate the input with the action's zod schema, and turn failures
// into error codes (never messages). The body then calls one mutation.
//
// Each action also carries `run(viewer, input)`: the same steps with the viewer given instead of
// read from the request, for tests and fuzzing without mocks. It is a property of the exported
// function, not an export of its own: a "use server" module exposes every export to browsers,
// and a caller-chosen viewer must never be reachable from one.
import type { z } from "zod";
import type { Action } from "../lib/auth/permissions.ts";
import { getViewer, type SessionViewer } from "./auth.ts";
import { knownError, type ErrorCode } from "./errors.ts";
import { assertAllowed } from "./policy.ts";
import { fieldErrorsOf, type FieldError } from "../lib/validation/field-errors.ts";

/** `conflict`: on a CONFLICT that carries them, the record as it now is, so the form can show the other change. */
export type ActionResult<T = null> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; fields?: FieldError[]; conflict?: unknown };

type ActionSpec<S extends z.ZodType, T> = {
  /** The rule in lib/auth/permissions.ts; ownership checks go in the handler (assertAllowed with a resource). */
  action: Action;
  schema: S;
  handler: (viewer: SessionViewer, input: z.output<S>) => Promise<T>;
  /** Request-scoped follow-ups of a success: refresh(), cookies. `run` has no request and skips them. */
  after?: (data: T) => void | Promise<void>;
};

/** Called by forms through useActionState (previous state, FormData) or with a plain object. */
export type ServerAction<T> = ((
  previous: ActionResult<T> | null,
  input: FormData | Record<string, unknown>,
) => Promise<ActionResult<T>>) & {
  run: (viewer: SessionViewer | null, input: unknown) => Promise<ActionResult<T>>;
};

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): ServerAction<T> {
  async function run(viewer: SessionViewer | null, input: unknown): Promise<ActionResult<T>> {
    try {
      // The role first: an anonymous caller learns nothing about the input rules.
      assertAllowed(viewer, spec.action);
      const parsed = spec.schema.safeParse(input);
      if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await spec.handler(viewer, parsed.data) };
    } catch (error) {
      const known = knownError(error);
      if (known?.code === "CONFLICT" && known.details !== undefined)
        return { ok: false, code: known.code, conflict: known.details };
      if (known && known.code !== "INTERNAL") return { ok: false, code: known.code };
      console.error(`Server action ${spec.action} failed:`, error);
      return { ok: false, code: "INTERNAL" };
    }
  }

  const serverAction = async (_previous: ActionResult<T> | null, input: FormData | Record<string, unknown>) => {
    const values = input instanceof FormData ? Object.fromEntries(input) : input;
    const result = await run(await getViewer(), values);
    if (result.ok && spec.after) await spec.after(result.data);
    return result;
  };
  return Object.assign(serverAction, { run });
}
